/** The retriever over the curated knowledge (in memory, local hashing embedding): the passage that answers, in either language. */
import { beforeAll, describe, expect, it } from 'vitest';
import { testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { HASHING_EMBEDDING_ID, HashingEmbeddings } from './hashing-embeddings.ts';
import { buildSearchIndex, type LoadedIndex } from './search-index.ts';

let index: LoadedIndex;
beforeAll(async () => {
  index = await buildSearchIndex(testKnowledge(), { id: HASHING_EMBEDDING_ID, embeddings: new HashingEmbeddings() }, null);
});

describe('HybridRetriever', () => {
  it.each([
    ['How much is the exchange scholarship?', 'en'],
    ['奨学金はいくらもらえますか', 'ja'],
  ] as const)('%s -> a scholarship passage in the question language, confident', async (question, lang) => {
    const [top] = await index.retriever.retrieve(question, lang, 5);
    expect(top!.passage.id).toMatch(/scholarship/);
    expect(top!.passage.lang).toBe(lang);
    expect(top!.confidence).toBeGreaterThanOrEqual(0.32);
  });

  it('an unrelated question stays below the answering threshold', async () => {
    const [top] = await index.retriever.retrieve('What is the best pizza topping?', 'en', 5);
    expect(top?.confidence ?? 0).toBeLessThan(0.32);
  });
});
