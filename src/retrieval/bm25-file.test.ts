import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { buildPassages } from '../knowledge/passages.ts';
import { LexicalIndex } from './lexical-index.ts';
import { TokenCache } from './passage-tokens.ts';

const directory = mkdtempSync(join(tmpdir(), 'desk-bm25-file-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const { knowledge } = loadKnowledge(resolve('knowledge'));
const built = LexicalIndex.build(buildPassages(knowledge!), new TokenCache());
built.save(directory);

const QUESTIONS: [string, 'ja' | 'en'][] = [
  ['奨学金の申請はいつまで？', 'ja'],
  ['TOEIC450で行ける協定校', 'ja'],
  ['How much is the exchange scholarship?', 'en'],
  ['When is the application deadline for Lund?', 'en'],
];

describe('lexical.json and lexical.bin', () => {
  it('read back into an index that scores every question as the built one', () => {
    const loaded = LexicalIndex.fromDirectory(directory);
    for (const [question, lang] of QUESTIONS) {
      const hits = built.query(question, lang, 20);
      expect(hits.length).toBeGreaterThan(0);
      expect(loaded.query(question, lang, 20)).toEqual(hits);
    }
  });

  it('are refused when the two files do not match', () => {
    const corrupt = mkdtempSync(join(directory, 'corrupt-'));
    built.save(corrupt);
    writeFileSync(join(corrupt, 'lexical.bin'), Buffer.alloc(64));
    expect(() => LexicalIndex.fromDirectory(corrupt).query('奨学金', 'ja', 5)).toThrow(
      /lexical\.bin/,
    );
    writeFileSync(join(corrupt, 'lexical.json'), JSON.stringify({ ja: { terms: 1 } }));
    expect(() => LexicalIndex.fromDirectory(corrupt).query('奨学金', 'ja', 5)).toThrow(
      /lexical\.json/,
    );
  });
});
