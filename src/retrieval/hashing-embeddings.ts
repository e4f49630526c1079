/**
 * A local embedding that needs no download: words and CJK bigrams hashed into a fixed-size,
 * L2-normalised vector. It cannot match across languages, which is why every passage is
 * curated in both; it separates relevant Japanese passages far better than the English-only
 * models npm packages ship (STACK.md).
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { searchTokens } from '../text/tokenize.ts';

export const HASHING_EMBEDDING_ID = 'hashing-v1-512';
const DIMENSIONS = 512;

export function hashingVector(text: string): number[] {
  return hashingVectorOfTokens(searchTokens(text));
}

/** The same vector from tokens already cut (the index build tokenises each passage once). */
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

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A plain EmbeddingsInterface: extending LangChain's class would load @langchain/core for every `desk ask`. */
export class HashingEmbeddings implements EmbeddingsInterface {
  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map(hashingVector);
  }

  async embedQuery(text: string): Promise<number[]> {
    return hashingVector(text);
  }
}
