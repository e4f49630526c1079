/**
 * `npm run build` compiles to JavaScript that runs: the built `desk ask --json` answers in the
 * contract shape, from tsc's output and from the bundle bin/desk.js runs with a code cache.
 */
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
// Inside the project, so the built files resolve node_modules; never the real dist/. The
// folder is laid out as a project of its own (bin/, dist/) without src/, so its bin/desk.js
// takes dist/ as current.
const project = join('node_modules', '.cache', `desk-build-test-${process.pid}`);
const outDir = join(project, 'dist');
const codeCache = join(outDir, 'code-cache');
const env = {
  ...process.env,
  DATA_DIR: join(project, 'data'),
  KNOWLEDGE_DIR: resolve('knowledge'),
  DATABASE_URL: '',
};

interface AskJson {
  route: string;
  lang: string;
  partners: { id: string }[];
}

async function askLund(command: string[]): Promise<AskJson> {
  const { stdout } = await run('node', [...command, 'ask', '--json', 'What does Lund require?'], {
    env,
  });
  return JSON.parse(stdout) as AskJson;
}

beforeAll(async () => {
  await run('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir]);
  await run('node', ['scripts/build-bundle.mjs', '--out-dir', outDir]);
  mkdirSync(join(project, 'bin'), { recursive: true });
  copyFileSync('bin/desk.js', join(project, 'bin', 'desk.js'));
}, 300_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run build', () => {
  it('compiles src/ with tsconfig.build.json, and the built main.js runs desk ask', async () => {
    const answer = await askLund([join(outDir, 'src', 'app', 'main.js')]);
    expect(answer).toMatchObject({ route: 'partners', lang: 'en' });
    expect(answer.partners.map((p) => p.id)).toContain('lund-university');
  });

  it('bundles desk into dist/desk.cjs, which bin/desk.js runs and caches, and a bad cache only costs a compile', async () => {
    rmSync(codeCache, { recursive: true, force: true });
    const first = await askLund([join(project, 'bin', 'desk.js')]);
    expect(first).toMatchObject({ route: 'partners', lang: 'en' });
    const [cacheFile] = readdirSync(codeCache);
    expect(cacheFile).toMatch(/^ask-\d+-\d+\.bin$/);
    const cachePath = join(codeCache, cacheFile!);
    expect(statSync(cachePath).size).toBeGreaterThan(10_000);
    // V8 refuses a cache that does not belong to the script; the answer is the same and the
    // cache is written again.
    writeFileSync(cachePath, 'not a code cache');
    expect(await askLund([join(project, 'bin', 'desk.js')])).toEqual({
      ...first,
      latencyMs: expect.any(Number),
      answerId: expect.any(String),
    });
    expect(readFileSync(cachePath).subarray(0, 16).toString()).not.toBe('not a code cache');
  });

  it('runs what tsc emitted when it is newer than the bundle (a build without the bundle step)', async () => {
    rmSync(codeCache, { recursive: true, force: true });
    const later = new Date(statSync(join(outDir, 'desk.cjs')).mtimeMs + 60_000);
    utimesSync(join(outDir, 'src', 'app', 'main.js'), later, later);
    expect(await askLund([join(project, 'bin', 'desk.js')])).toMatchObject({ route: 'partners' });
    expect(() => readdirSync(codeCache)).toThrow();
  });
});
