/**
 * Tests never read the working tree's knowledge/ as it happens to be: each test file gets its
 * own copy, without the drafts/ a person may have left (`desk cases resolve --faq` writes there).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

const SOURCE = resolve(import.meta.dirname, '..', '..', 'knowledge');

/** A fresh copy of the curated knowledge (everything but drafts/) in a temporary folder. */
export function knowledgeCopy(): string {
  const target = mkdtempSync(join(tmpdir(), 'desk-knowledge-'));
  cpSync(SOURCE, target, { recursive: true, filter: (path) => relative(SOURCE, path).split(sep)[0] !== 'drafts' });
  return target;
}

let shared: string | null = null;
/** One copy per test file (vitest runs each file in its own process), for tests that only read it. */
export function testKnowledgeDir(): string {
  shared ??= knowledgeCopy();
  return shared;
}
