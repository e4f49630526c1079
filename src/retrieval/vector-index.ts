/**
 * Vectors in hnswlib (cosine space), one graph per language (the answer is in the question's
 * language, so a per-language graph needs no search-time filter). hnswlib is used directly,
 * with the parameters LangChain's HNSWLib store used before (M 16, efConstruction 200, seed
 * 100, ef 10), so results are the same while `desk ask` loads no LangChain: the graph is
 * written in hnswlib's binary format and read back as is, on the first vector query.
 *
 * Exact search over a float32 matrix was tried (it builds in one linear pass; HNSW takes 22 s
 * a language at 100 times the knowledge here): it ranks some passages differently from the
 * approximate graph and dropped the guide-fact eval below its threshold, so it waits for the
 * answer composer to be tuned against it (bench/RESULTS.md).
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import hnswlib from 'hnswlib-node';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
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

type Graph = InstanceType<typeof hnswlib.HierarchicalNSW>;

interface LanguageVectors {
  ids: string[];
  dims: number;
  /** Built in memory, or read from `file` on first use. */
  graph: Graph | null;
  file: string | null;
}

const M = 16;
const EF_CONSTRUCTION = 200;
const SEED = 100;

const Meta = z.object({ ids: z.array(z.string()), dims: z.number().int().positive() });
/** Passages embedded per call: bounds the number[][] a batch holds before it is packed. */
const BATCH = 256;

export type VectorProgress = (done: number, total: number) => void;
/** Optional fast path: a vector straight from already-cut tokens (the hashing embedding). */
export type TokenEmbedder = (passage: Passage) => number[];

export class VectorIndex {
  private constructor(private readonly languages: Map<Lang, LanguageVectors>, private readonly embeddings: EmbeddingsInterface) {}

  static async build(passages: Passage[], embeddings: EmbeddingsInterface, options: { fromTokens?: TokenEmbedder; progress?: VectorProgress } = {}): Promise<VectorIndex> {
    const languages = new Map<Lang, LanguageVectors>();
    let done = 0;
    for (const lang of ['ja', 'en'] as const) {
      const own = passages.filter((p) => p.lang === lang);
      if (own.length === 0) continue;
      let graph: Graph | null = null;
      let dims = 0;
      for (let start = 0; start < own.length; start += BATCH) {
        const batch = own.slice(start, start + BATCH);
        const vectors = options.fromTokens ? batch.map(options.fromTokens) : await embeddings.embedDocuments(batch.map(passageText));
        if (!graph) {
          dims = vectors[0]?.length ?? 0;
          if (dims === 0) throw new Error('the embedding returned an empty vector');
          graph = new hnswlib.HierarchicalNSW('cosine', dims);
          graph.initIndex(own.length, M, EF_CONSTRUCTION, SEED);
        }
        vectors.forEach((vector, offset) => {
          if (vector.length !== dims) throw new Error(`the embedding returned ${vector.length} dimensions, expected ${dims}`);
          graph!.addPoint(vector, start + offset);
        });
        done += batch.length;
        options.progress?.(done, passages.length);
      }
      languages.set(lang, { ids: own.map((p) => p.id), dims, graph, file: null });
    }
    return new VectorIndex(languages, embeddings);
  }

  static load(directory: string, embeddings: EmbeddingsInterface): VectorIndex {
    const languages = new Map<Lang, LanguageVectors>();
    for (const lang of ['ja', 'en'] as const) {
      const metaFile = join(directory, `${lang}.json`);
      if (!existsSync(metaFile)) continue;
      const meta = Meta.parse(JSON.parse(readFileSync(metaFile, 'utf8')));
      const file = join(directory, `${lang}.hnsw`);
      if (!existsSync(file)) throw new Error(`vectors for ${lang} are missing`);
      languages.set(lang, { ids: meta.ids, dims: meta.dims, graph: null, file });
    }
    return new VectorIndex(languages, embeddings);
  }

  save(directory: string): void {
    mkdirSync(directory, { recursive: true });
    for (const [lang, vectors] of this.languages) {
      writeFileSync(join(directory, `${lang}.json`), JSON.stringify({ ids: vectors.ids, dims: vectors.dims }));
      graphOf(vectors).writeIndexSync(join(directory, `${lang}.hnsw`));
    }
  }

  async query(text: string, lang: Lang, limit: number): Promise<VectorHit[]> {
    const vectors = this.languages.get(lang);
    if (!vectors || limit <= 0) return [];
    const vector = await this.embeddings.embedQuery(text);
    if (vector.length !== vectors.dims) throw new Error(`the query embedding has ${vector.length} dimensions, the index ${vectors.dims}`);
    // A question with no indexed words has no direction: no vector evidence either way.
    if (vector.every((value) => value === 0)) return [];
    const graph = graphOf(vectors);
    const k = Math.min(limit, graph.getCurrentCount());
    const { neighbors, distances } = graph.searchKnn(vector, k);
    return neighbors.map((label, rank) => ({ id: vectors.ids[label]!, similarity: 1 - distances[rank]! }));
  }
}

function graphOf(vectors: LanguageVectors): Graph {
  if (!vectors.graph) {
    const graph = new hnswlib.HierarchicalNSW('cosine', vectors.dims);
    graph.readIndexSync(vectors.file!);
    vectors.graph = graph;
  }
  return vectors.graph;
}
