/**
 * Summarises V8 .cpuprofile files (node --cpu-prof): self time by function and by package or
 * source folder, so a report can say where the time went.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const Profile = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
  startTime: z.number(),
  endTime: z.number(),
});

/** node_modules/<pkg> (scoped too), a src/ folder, or node's own internals. */
export function ownerOf(url: string): string {
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1]!;
  const source = /\/(src|bench|dist)\/(?:([^/]+)\/)?/.exec(url);
  if (source) return `${source[1]}/${source[2] ?? ''}`;
  if (url.startsWith('node:') || url === '')
    return url === '' ? '(native/GC/idle)' : 'node internals';
  return url.replace(/^file:\/\//, '');
}

/**
 * A frame in dist/desk.cjs (the bundle) named after the module it came from: esbuild writes a
 * `// src/text/tokenize.ts` (or `// node_modules/zod/...`) comment line before each module.
 */
function bundleModules(): (url: string, line: number) => string {
  const tables = new Map<string, { line: number; module: string }[]>();
  return (url, line) => {
    const path = url.replace(/^file:\/\//, '');
    if (!/\.[cm]js$/.test(path)) return url;
    let table = tables.get(path);
    if (!table) {
      table = [];
      if (existsSync(path))
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((text, index) => {
            const module = /^\/\/ ((?:src|node_modules|evals)\/\S+)$/.exec(text)?.[1];
            if (module) table!.push({ line: index, module });
          });
      tables.set(path, table);
    }
    let found = '';
    for (const entry of table) {
      if (entry.line > line) break;
      found = entry.module;
    }
    return found ? `/${found}` : url;
  };
}

export function summariseProfiles(folder: string, top = 12): string {
  const moduleOf = bundleModules();
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.cpuprofile'))) {
    const parsed = Profile.safeParse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
    if (!parsed.success) continue;
    const nodes = new Map(parsed.data.nodes.map((n) => [n.id, n.callFrame]));
    parsed.data.samples.forEach((id, index) => {
      const frame = nodes.get(id);
      const ms = (parsed.data.timeDeltas[index] ?? 0) / 1000;
      if (!frame) return;
      total += ms;
      const url = moduleOf(frame.url, frame.lineNumber);
      const fn = `${frame.functionName || '(anonymous)'} ${url.replace(/^.*\/(node_modules|src|dist)\//, '$1/')}:${frame.lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
      const owner = ownerOf(url);
      byOwner.set(owner, (byOwner.get(owner) ?? 0) + ms);
    });
  }
  const list = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, ms]) =>
          `  ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`,
      );
  return [
    `total sampled ${total.toFixed(0)} ms`,
    'self time by package/folder:',
    ...list(byOwner),
    'self time by function:',
    ...list(byFunction),
  ].join('\n');
}
