/**
 * The index build cuts each passage once and reuses the tokens; these pin that the shortcuts
 * give what the direct computations give, and that vector search finds the right passages.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildPassages } from '../../src/knowledge/passages.ts';
import { HashingEmbeddings, hashingVector, hashingVectorOfTokens } from '../../src/retrieval/hashing-embeddings.ts';
import { allTokens, passageTokens } from '../../src/retrieval/passage-tokens.ts';
import { passageText, VectorIndex } from '../../src/retrieval/vector-index.ts';
import { searchTokens } from '../../src/text/tokenize.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { knowledge } = loadKnowledge('knowledge');
const passages = buildPassages(knowledge!);

describe('index build from tokens cut once', () => {
  it('gives every real passage the same tokens and hashing vector as cutting its whole text', () => {
    for (const passage of passages) {
      const tokens = allTokens(passageTokens(passage));
      expect([...tokens].sort()).toEqual([...searchTokens(passageText(passage))].sort());
      expect(hashingVectorOfTokens(tokens)).toEqual(hashingVector(passageText(passage)));
    }
  });

  it('finds a passage by its own text first, before and after a save and load', async () => {
    const embeddings = new HashingEmbeddings();
    const built = await VectorIndex.build(passages, embeddings);
    const folder = mkdtempSync(join(tmpdir(), 'desk-vectors-'));
    built.save(folder);
    const loaded = VectorIndex.load(folder, embeddings);
    for (const passage of passages.filter((_, index) => index % 25 === 0)) {
      for (const index of [built, loaded]) {
        const [first] = await index.query(passageText(passage), passage.lang, 5);
        expect(first?.similarity).toBeCloseTo(1, 5);
        // Duplicated texts tie; the hit is one of the passages with this exact text.
        const same = passages.filter((p) => p.lang === passage.lang && passageText(p) === passageText(passage)).map((p) => p.id);
        expect(same).toContain(first!.id);
      }
    }
    expect(await loaded.query('', 'en', 5)).toEqual([]);
  });
});

describe('knowledge cache', () => {
  it('hashes knowledge/ as loadKnowledge does, and answers from the cache until a file changes', async () => {
    const { cpSync, appendFileSync } = await import('node:fs');
    const { knowledgeFilesHash, loadKnowledgeCached } = await import('../../src/knowledge/cache.ts');
    expect(knowledgeFilesHash('knowledge')).toBe(knowledge!.hash);
    const root = join(mkdtempSync(join(tmpdir(), 'desk-knowledge-')), 'knowledge');
    cpSync('knowledge', root, { recursive: true });
    const cacheFile = join(mkdtempSync(join(tmpdir(), 'desk-cache-')), 'knowledge.json');
    const fresh = (await loadKnowledgeCached(root, cacheFile)).knowledge!;
    const cached = (await loadKnowledgeCached(root, cacheFile)).knowledge!;
    expect(cached).toEqual(fresh);
    appendFileSync(join(root, 'faq.yaml'), '\n# a comment changes the hash\n');
    const changed = (await loadKnowledgeCached(root, cacheFile)).knowledge!;
    expect(changed.hash).not.toBe(fresh.hash);
    expect(knowledgeFilesHash(root)).toBe(changed.hash);
  });
});

describe('built and loaded index', () => {
  it('retrieve the same passages with the same confidence (terms from build tokens = terms cut on first use)', async () => {
    const { buildSearchIndex, loadSearchIndex } = await import('../../src/retrieval/search-index.ts');
    const { BENCH_QUESTIONS } = await import('../../bench/questions.ts');
    const embedding = { id: 'hashing-v1-512', embeddings: new HashingEmbeddings() };
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-index-'));
    const built = await buildSearchIndex(knowledge!, embedding, dataDir);
    const loaded = await loadSearchIndex(knowledge!, embedding, dataDir);
    expect(loaded.rebuilt).toBe(false);
    for (const question of BENCH_QUESTIONS) {
      const lang = /[\u3040-\u9fff]/.test(question) ? 'ja' : 'en';
      const summary = (hits: Awaited<ReturnType<typeof built.retriever.retrieve>>) => hits.map((h) => [h.passage.id, h.confidence.toFixed(6)]);
      expect(summary(await loaded.retriever.retrieve(question, lang, 5))).toEqual(summary(await built.retriever.retrieve(question, lang, 5)));
    }
  });
});
