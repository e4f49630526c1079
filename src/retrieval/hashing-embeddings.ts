/**
 * A local embedding that needs no download: words and CJK bigrams hashed into a fixed-size,
 * L2-normalised vector. It cannot match across languages, which is why every passage is
 * curated in both; it separates relevant Japanese passages far better than the English-only
 * models npm packages ship (STACK.md). Plain code, no LangChain: `desk ask` loads none.
 */
import { searchTokens } from '../text/tokenize.ts';
import type { SparseRow } from './sparse-columns.ts';
import type { TextEmbeddings } from './text-embeddings.ts';

export const HASHING_EMBEDDING_ID = 'hashing-v1-512';
export const HASHING_DIMENSIONS = 512;
const DIMENSIONS = HASHING_DIMENSIONS;

/** The vector of already-cut tokens (`searchTokens` of the text, in any order). */
export function hashingVectorOfTokens(tokens: Iterable<string>): number[] {
  const vector = new Array<number>(DIMENSIONS).fill(0);
  for (const token of tokens) {
    const hash = fnv1a(token);
    // A second hash bit picks the sign, so collisions cancel rather than pile up.
    vector[hash % DIMENSIONS]! += (hash >>> 16) & 1 ? 1 : -1;
  }
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0)) || 1;
  return vector.map((value) => value / norm);
}

/**
 * The same vector as `hashingVectorOfTokens`, as its non-zero entries only: an index build
 * makes hundreds of thousands of rows with a few dozen entries each out of 512.
 */
export function hashingSparseRow(tokens: Iterable<string>): SparseRow {
  const counts = new Map<number, number>();
  for (const token of tokens) {
    const hash = fnv1a(token);
    const dim = hash % DIMENSIONS;
    counts.set(dim, (counts.get(dim) ?? 0) + ((hash >>> 16) & 1 ? 1 : -1));
  }
  let norm = 0;
  for (const count of counts.values()) norm += count * count;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const used = [...counts].filter(([, count]) => count !== 0).sort(([a], [b]) => a - b);
  return {
    dims: Uint32Array.from(used, ([dim]) => dim),
    values: Float32Array.from(used, ([, count]) => count * scale),
  };
}

export function hashingVector(text: string): number[] {
  return hashingVectorOfTokens(searchTokens(text));
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class HashingEmbeddings implements TextEmbeddings {
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map(hashingVector);
  }

  async embedQuery(text: string): Promise<number[]> {
    return hashingVector(text);
  }
}
