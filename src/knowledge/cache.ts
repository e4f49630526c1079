/**
 * The validated knowledge as JSON under DATA_DIR, keyed by the content hash of knowledge/:
 * parsing the YAML and validating it was 40% of a `desk ask` (issue 16), while hashing the
 * files and reading one JSON file takes milliseconds. Any change to knowledge/ changes the
 * hash, and then the files are parsed and validated again and the cache rewritten.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { KnowledgeBase, LoadResult } from './load.ts';

/** The hash `loadKnowledge` computes, from the same files in the same order, without parsing them. */
export function knowledgeFilesHash(root: string): string | null {
  const hash = createHash('sha256');
  const files = ['partners.yaml', 'faq.yaml', 'office.yaml'].map((name) => join(root, name));
  for (const folder of ['guide', 'about']) {
    const directory = join(root, folder);
    if (!existsSync(directory)) return null;
    files.push(...readdirSync(directory).filter((n) => n.endsWith('.md')).sort().map((name) => join(directory, name)));
  }
  for (const path of files) {
    if (!existsSync(path)) return null;
    hash.update(relative(root, path)).update('\0').update(readFileSync(path, 'utf8')).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function looksLikeKnowledge(value: unknown, root: string, hash: string): value is KnowledgeBase {
  const k = value as Partial<KnowledgeBase> | null;
  return (
    typeof k === 'object' && k !== null && k.hash === hash && k.root === root &&
    Array.isArray(k.partners?.partners) && Array.isArray(k.faq) && Array.isArray(k.guide) && Array.isArray(k.about) && typeof k.office === 'object'
  );
}

/**
 * `loadKnowledge`, answered from `cacheFile` when the knowledge has not changed since it was
 * written. The parser (and its YAML library) is imported only on a miss.
 */
export async function loadKnowledgeCached(root: string, cacheFile: string): Promise<LoadResult> {
  const hash = knowledgeFilesHash(root);
  if (hash && existsSync(cacheFile)) {
    try {
      const cached: unknown = JSON.parse(readFileSync(cacheFile, 'utf8'));
      if (looksLikeKnowledge(cached, root, hash)) return { knowledge: cached, problems: [] };
    } catch {
      // Unreadable cache: fall through to parsing the knowledge.
    }
  }
  const { loadKnowledge } = await import('./load.ts');
  const result = loadKnowledge(root);
  if (result.knowledge) {
    try {
      mkdirSync(dirname(cacheFile), { recursive: true });
      const staging = `${cacheFile}.${process.pid}`;
      writeFileSync(staging, JSON.stringify(result.knowledge));
      renameSync(staging, cacheFile); // whole or not at all, for a concurrent reader
    } catch {
      // A read-only DATA_DIR only costs the parse next time.
    }
  }
  return result;
}
