/**
 * The validated knowledge as JSON under DATA_DIR: parsing and validating the YAML was the
 * biggest cost of a `desk ask` once module loading was cut (issue 16), while hashing the files
 * and reading one JSON file takes milliseconds. The key covers every file under knowledge/ and
 * the loader's own code, so any edit to either means a parse, a validation and a new cache.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase, LoadResult } from './load.ts';

/** Bumped when what the cache holds changes shape in a way the code files would not show. */
const CACHE_FORMAT = 1;

/** Every file under `folder`, sorted, so the key does not depend on directory order. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const files: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) files.push(...filesUnder(path));
    else files.push(path);
  }
  return files;
}

/** The loader's code, next to this file (.ts from the sources, .js from dist/). */
function loaderFiles(): string[] {
  const folder = dirname(fileURLToPath(import.meta.url));
  return readdirSync(folder)
    .filter((name) => /\.(ts|js)$/.test(name) && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => join(folder, name));
}

export function knowledgeCacheKey(root: string): string {
  const hash = createHash('sha256').update(`${CACHE_FORMAT}\0${root}\0`);
  for (const [base, files] of [
    [root, filesUnder(root)],
    [dirname(fileURLToPath(import.meta.url)), loaderFiles()],
  ] as const)
    for (const file of files)
      hash.update(relative(base, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

interface CacheEntry {
  key: string;
  knowledge: KnowledgeBase;
}

function readCache(file: string, key: string): KnowledgeBase | null {
  if (!existsSync(file)) return null;
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheEntry> | null;
    // The key covers content and code, so a matching entry is the loader's own output.
    return entry?.key === key && entry.knowledge ? entry.knowledge : null;
  } catch {
    return null; // unreadable: parse the knowledge again
  }
}

/**
 * `loadKnowledge`, answered from `cacheFile` while nothing it reads has changed. The loader
 * (and its YAML parser) is imported only on a miss.
 */
export async function loadKnowledgeCached(root: string, cacheFile: string): Promise<LoadResult> {
  const key = knowledgeCacheKey(root);
  const cached = readCache(cacheFile, key);
  if (cached) return { knowledge: cached, problems: [] };
  const { loadKnowledge } = await import('./load.ts');
  const result = loadKnowledge(root);
  if (result.knowledge) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const staging = `${cacheFile}.${process.pid}`;
      writeFileSync(staging, JSON.stringify({ key, knowledge: result.knowledge }));
      renameSync(staging, cacheFile); // whole or not at all, for a concurrent reader
    } catch {
      // A read-only DATA_DIR only costs the parse next time.
    }
  }
  return result;
}
