/**
 * Vectors for exact cosine search, one row-major Float32Array per language (the answer is in
 * the question's language, so a per-language matrix needs no search-time filter).
 *
 * Why not an approximate graph (hnswlib): building HNSW at 100 times the knowledge (17,400
 * vectors a language, efConstruction 200) took 22 s a language here and grows faster than
 * the knowledge, while exact search over the same rows takes about a millisecond for the
 * hashing embedding's sparse query (only its non-zero dimensions are visited). Build is one
 * pass, the file on disk is the matrix itself (loading is reading it), and results are exact.
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
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

interface Matrix {
  ids: string[];
  dims: number;
  /** ids.length rows of `dims` values, each row L2-normalised. */
  rows: Float32Array;
}

const Meta = z.object({ ids: z.array(z.string()), dims: z.number().int().positive() });
/** Passages embedded per call: bounds the number[][] a batch holds before it is packed. */
const BATCH = 256;

export type VectorProgress = (done: number, total: number) => void;
/** Optional fast path: a vector straight from already-cut tokens (the hashing embedding). */
export type TokenEmbedder = (passage: Passage) => number[];

export class VectorIndex {
  private constructor(private readonly matrices: Map<Lang, Matrix>, private readonly embeddings: EmbeddingsInterface) {}

  static async build(passages: Passage[], embeddings: EmbeddingsInterface, options: { fromTokens?: TokenEmbedder; progress?: VectorProgress } = {}): Promise<VectorIndex> {
    const matrices = new Map<Lang, Matrix>();
    let done = 0;
    for (const lang of ['ja', 'en'] as const) {
      const own = passages.filter((p) => p.lang === lang);
      if (own.length === 0) continue;
      let rows: Float32Array | null = null;
      let dims = 0;
      for (let start = 0; start < own.length; start += BATCH) {
        const batch = own.slice(start, start + BATCH);
        const vectors = options.fromTokens ? batch.map(options.fromTokens) : await embeddings.embedDocuments(batch.map(passageText));
        if (!rows) {
          dims = vectors[0]?.length ?? 0;
          if (dims === 0) throw new Error('the embedding returned an empty vector');
          rows = new Float32Array(own.length * dims);
        }
        vectors.forEach((vector, offset) => {
          if (vector.length !== dims) throw new Error(`the embedding returned ${vector.length} dimensions, expected ${dims}`);
          rows!.set(normalised(vector), (start + offset) * dims);
        });
        done += batch.length;
        options.progress?.(done, passages.length);
      }
      matrices.set(lang, { ids: own.map((p) => p.id), dims, rows: rows! });
    }
    return new VectorIndex(matrices, embeddings);
  }

  static load(directory: string, embeddings: EmbeddingsInterface): VectorIndex {
    const matrices = new Map<Lang, Matrix>();
    for (const lang of ['ja', 'en'] as const) {
      const metaFile = join(directory, `${lang}.json`);
      if (!existsSync(metaFile)) continue;
      const meta = Meta.parse(JSON.parse(readFileSync(metaFile, 'utf8')));
      const bytes = readFileSync(join(directory, `${lang}.f32`));
      if (bytes.byteLength !== meta.ids.length * meta.dims * 4) throw new Error(`vectors for ${lang} are truncated`);
      // A fresh Buffer from readFileSync starts at offset 0, so the view needs no copy; copy only if not.
      const rows = bytes.byteOffset % 4 === 0 ? new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Float32Array(new Uint8Array(bytes).buffer);
      matrices.set(lang, { ids: meta.ids, dims: meta.dims, rows });
    }
    return new VectorIndex(matrices, embeddings);
  }

  save(directory: string): void {
    mkdirSync(directory, { recursive: true });
    for (const [lang, matrix] of this.matrices) {
      writeFileSync(join(directory, `${lang}.json`), JSON.stringify({ ids: matrix.ids, dims: matrix.dims }));
      writeFileSync(join(directory, `${lang}.f32`), new Uint8Array(matrix.rows.buffer, matrix.rows.byteOffset, matrix.rows.byteLength));
    }
  }

  async query(text: string, lang: Lang, limit: number): Promise<VectorHit[]> {
    const matrix = this.matrices.get(lang);
    if (!matrix || limit <= 0) return [];
    const vector = await this.embeddings.embedQuery(text);
    if (vector.length !== matrix.dims) throw new Error(`the query embedding has ${vector.length} dimensions, the index ${matrix.dims}`);
    const query = normalised(vector);
    const nonZero: number[] = [];
    query.forEach((value, dim) => value !== 0 && nonZero.push(dim));
    // A question with no indexed words has no direction: no vector evidence either way.
    if (nonZero.length === 0) return [];
    return topK(scores(matrix, query, nonZero), matrix.ids, limit);
  }
}

function normalised(vector: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(vector);
  let sum = 0;
  for (const value of out) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i]! /= norm;
  return out;
}

/** Dot products of every row with the query; visits only the query's non-zero dimensions when those are few. */
function scores(matrix: Matrix, query: Float32Array, nonZero: number[]): Float32Array {
  const { rows, dims } = matrix;
  const count = matrix.ids.length;
  const result = new Float32Array(count);
  const sparse = nonZero.length * 2 < dims;
  for (let row = 0, base = 0; row < count; row++, base += dims) {
    let dot = 0;
    if (sparse) for (const dim of nonZero) dot += rows[base + dim]! * query[dim]!;
    else for (let dim = 0; dim < dims; dim++) dot += rows[base + dim]! * query[dim]!;
    result[row] = dot;
  }
  return result;
}

/** The `limit` best rows, best first; equal scores keep index order. */
function topK(scores: Float32Array, ids: string[], limit: number): VectorHit[] {
  const best: number[] = [];
  for (let row = 0; row < scores.length; row++) {
    if (best.length === limit && scores[row]! <= scores[best[best.length - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && scores[best[at - 1]!]! < scores[row]!) at--;
    best.splice(at, 0, row);
    if (best.length > limit) best.pop();
  }
  return best.map((row) => ({ id: ids[row]!, similarity: scores[row]! }));
}
