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
}

export function passageText(passage: Passage): string {
  return `${passage.title}\n${passage.keywords.join(' ')}\n${passage.text}`;
}

export class VectorIndex {
  private constructor(private readonly stores: Map<Lang, HNSWLib>, private readonly embeddings: EmbeddingsInterface) {}

  static async build(passages: Passage[], embeddings: EmbeddingsInterface): Promise<VectorIndex> {
    const stores = new Map<Lang, HNSWLib>();
    for (const lang of ['ja', 'en'] as const) {
      const documents = passages
        .filter((p) => p.lang === lang)
        .map((p) => new Document({ pageContent: passageText(p), metadata: { id: p.id } }));
      if (documents.length > 0) stores.set(lang, await HNSWLib.fromDocuments(documents, embeddings));
    }
    return new VectorIndex(stores, embeddings);
  }

  static async load(directory: string, embeddings: EmbeddingsInterface): Promise<VectorIndex> {
    const stores = new Map<Lang, HNSWLib>();
    for (const lang of ['ja', 'en'] as const) {
      const folder = join(directory, lang);
      if (existsSync(join(folder, 'hnswlib.index'))) stores.set(lang, await HNSWLib.load(folder, embeddings));
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
    const k = Math.min(limit, store.index.getCurrentCount());
    const results = await store.similaritySearchVectorWithScore(vector, k);
    return results.map(([document, distance]) => ({ id: document.metadata.id as string, similarity: 1 - distance }));
  }
}
