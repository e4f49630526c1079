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

/** Per dimension, the running count of one row, and whether the row has touched it yet. */
const rowCounts = new Int32Array(DIMENSIONS);
const rowTouched = new Uint8Array(DIMENSIONS);

/**
 * The same vector as `hashingVectorOfTokens`, as its non-zero entries only: an index build
 * makes hundreds of thousands of rows with a few dozen entries each out of 512, so the counts
 * go into one reused array rather than a map and arrays per row (a third of a 100x build's
 * vector step was that garbage). Counts are integers, so the norm is exact in any order.
 */
export function hashingSparseRow(tokens: Iterable<string>): SparseRow {
  const touched: number[] = [];
  for (const token of tokens) count(fnv1a(token), touched);
  return finishRow(touched);
}

/**
 * Each term's hash, by term number (`TermDictionary`), computed once: a build hashes the same
 * few thousand terms in hundreds of thousands of rows.
 */
export class TermHashes {
  private hashes = new Uint32Array(0);
  constructor(private readonly terms: readonly string[]) {}

  of(term: number): number {
    if (term >= this.hashes.length) {
      const grown = new Uint32Array(this.terms.length);
      grown.set(this.hashes);
      for (let at = this.hashes.length; at < grown.length; at++) grown[at] = fnv1a(this.terms[at]!);
      this.hashes = grown;
    }
    return this.hashes[term]!;
  }
}

/** `hashingSparseRow` of the tokens these term numbers stand for. */
export function hashingSparseRowOfTerms(parts: Int32Array[], hashes: TermHashes): SparseRow {
  const touched: number[] = [];
  for (const part of parts)
    for (let i = 0; i < part.length; i++) count(hashes.of(part[i]!), touched);
  return finishRow(touched);
}

function count(hash: number, touched: number[]): void {
  const dim = hash % DIMENSIONS;
  if (rowTouched[dim] === 0) {
    rowTouched[dim] = 1;
    touched.push(dim);
  }
  // A second hash bit picks the sign, so collisions cancel rather than pile up.
  rowCounts[dim]! += (hash >>> 16) & 1 ? 1 : -1;
}

function finishRow(touched: number[]): SparseRow {
  touched.sort((a, b) => a - b);
  let norm = 0;
  let used = 0;
  for (const dim of touched) {
    const count = rowCounts[dim]!;
    norm += count * count;
    if (count !== 0) used++;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const dims = new Uint32Array(used);
  const values = new Float32Array(used);
  let at = 0;
  for (const dim of touched) {
    const count = rowCounts[dim]!;
    if (count !== 0) {
      dims[at] = dim;
      values[at++] = count * scale;
    }
    rowCounts[dim] = 0;
    rowTouched[dim] = 0;
  }
  return { dims, values };
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
