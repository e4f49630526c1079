/**
 * Vectors in hnswlib through LangChain's HNSWLib store, one store per language (the answer is
 * in the question's language, and a per-language store needs no search-time filter).
 */
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { Document } from '@langchain/core/documents';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../domain/types.ts';
import type { Passage } from '../knowledge/passages.ts';

export interface VectorHit {
  id: string;
  /** Cosine similarity, 1 = same direction. */
  similarity: number;
  /** The passage text's own similarity (0 when only its questions were near). */
  textSimilarity: number;
  /** The best similarity among the passage's curated questions (0 when none was near). */
  questionSimilarity: number;
}

/** Candidate vectors fetched per passage wanted (a passage has its text and ~8 questions). */
const VECTORS_PER_HIT = 8;

export function passageText(passage: Passage): string {
  return `${passage.title}\n${passage.keywords.join(' ')}\n${passage.text}`;
}

/**
 * hnswlib's default construction effort (200) is sized for millions of vectors; a few
 * thousand short ones (each passage's text and its questions) are searched as well with far
 * less, and the index builds several times faster.
 */
const EF_CONSTRUCTION = 40;
const LINKS_PER_NODE = 16;

async function buildStore(
  documents: Document[],
  embeddings: EmbeddingsInterface,
): Promise<HNSWLib> {
  const vectors = await embeddings.embedDocuments(documents.map((d) => d.pageContent));
  const { HierarchicalNSW } = await HNSWLib.imports();
  const index = new HierarchicalNSW('cosine', vectors[0]!.length);
  index.initIndex(vectors.length, LINKS_PER_NODE, EF_CONSTRUCTION);
  const store = new HNSWLib(embeddings, {
    space: 'cosine',
    numDimensions: vectors[0]!.length,
    index,
  });
  await store.addVectors(vectors, documents);
  return store;
}

export class VectorIndex {
  private constructor(
    private readonly stores: Map<Lang, HNSWLib>,
    private readonly embeddings: EmbeddingsInterface,
  ) {}

  static async build(passages: Passage[], embeddings: EmbeddingsInterface): Promise<VectorIndex> {
    const stores = new Map<Lang, HNSWLib>();
    for (const lang of ['ja', 'en'] as const) {
      // Each question is embedded on its own (a short question is nearest to a short question);
      // a passage then scores by the best of its text and its questions.
      const documents = passages
        .filter((p) => p.lang === lang)
        .flatMap((p) => [
          new Document({ pageContent: passageText(p), metadata: { id: p.id } }),
          ...(p.questions ?? []).map(
            (question) =>
              new Document({ pageContent: question, metadata: { id: p.id, question: true } }),
          ),
        ]);
      if (documents.length > 0) stores.set(lang, await buildStore(documents, embeddings));
    }
    return new VectorIndex(stores, embeddings);
  }

  static async load(directory: string, embeddings: EmbeddingsInterface): Promise<VectorIndex> {
    const stores = new Map<Lang, HNSWLib>();
    for (const lang of ['ja', 'en'] as const) {
      const folder = join(directory, lang);
      if (existsSync(join(folder, 'hnswlib.index')))
        stores.set(lang, await HNSWLib.load(folder, embeddings));
    }
    return new VectorIndex(stores, embeddings);
  }

  async save(directory: string): Promise<void> {
    for (const [lang, store] of this.stores) await store.save(join(directory, lang));
  }

  async query(text: string, lang: Lang, limit: number): Promise<VectorHit[]> {
    const store = this.stores.get(lang);
    if (!store) return [];
    const vector = await this.embeddings.embedQuery(text);
    // Several vectors share a passage id, so ask for more and keep each passage's best.
    const k = Math.min(limit * VECTORS_PER_HIT, store.index.getCurrentCount());
    const results = await store.similaritySearchVectorWithScore(vector, k);
    const best = new Map<string, number>();
    const ownText = new Map<string, number>();
    const ownQuestions = new Map<string, number>();
    for (const [document, distance] of results) {
      const id = document.metadata.id as string;
      const similarity = 1 - distance;
      best.set(id, Math.max(best.get(id) ?? -Infinity, similarity));
      const side = document.metadata.question ? ownQuestions : ownText;
      side.set(id, Math.max(side.get(id) ?? -Infinity, similarity));
    }
    return [...best]
      .map(([id, similarity]) => ({
        id,
        similarity,
        textSimilarity: ownText.get(id) ?? 0,
        questionSimilarity: ownQuestions.get(id) ?? 0,
      }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, limit);
  }
}
