import { describe, expect, it } from 'vitest';
import { searchTokens } from '../text/tokenize.ts';
import {
  hashingSparseRow,
  hashingSparseRowOfTerms,
  hashingVectorOfTokens,
  TermHashes,
} from './hashing-embeddings.ts';
import { TokenCache } from './passage-tokens.ts';
import { SparseColumns } from './sparse-columns.ts';

describe('hashingSparseRow', () => {
  it('holds the non-zero entries of the dense hashing vector', () => {
    for (const text of ['交換留学の奨学金はいくら？', 'What TOEIC score does Lund require?', '']) {
      const tokens = searchTokens(text);
      const sparse = hashingSparseRow(tokens);
      const dense = SparseColumns.sparseRow(hashingVectorOfTokens(tokens));
      expect([...sparse.dims]).toEqual([...dense.dims]);
      [...sparse.values].forEach((value, i) => expect(value).toBeCloseTo(dense.values[i]!, 6));
    }
  });
});

describe('hashingSparseRowOfTerms', () => {
  it('is the row of the tokens the term numbers stand for', () => {
    const tokens = new TokenCache();
    const hashes = new TermHashes(tokens.dictionary.terms);
    const texts = ['交換留学の奨学金はいくら？', 'What TOEIC score does Lund require?', ''];
    // The hashes are made before the last texts are numbered: they must catch up.
    expect(hashingSparseRowOfTerms(tokens.idParts(texts.slice(0, 1)), hashes)).toEqual(
      hashingSparseRow(tokens.all(texts[0]!)),
    );
    expect(hashingSparseRowOfTerms(tokens.idParts(texts), hashes)).toEqual(
      hashingSparseRow(tokens.all(...texts)),
    );
  });
});

describe('SparseColumns', () => {
  it('ranks rows by exact cosine similarity, earlier row first on a tie, and survives a round trip', () => {
    const rows = [
      [1, 0, 0],
      [1, 1, 0],
      [0, 0, 1],
      [1, 1, 0],
    ].map((v) => SparseColumns.sparseRow(v));
    const columns = SparseColumns.fromBuffer(SparseColumns.fromRows(rows, 3).toBuffer());
    const nearest = columns.nearest([1, 1, 0], 3);
    expect(nearest.map((hit) => hit.row)).toEqual([1, 3, 0]);
    expect(nearest[0]!.similarity).toBeCloseTo(1, 6);
    expect(nearest[2]!.similarity).toBeCloseTo(Math.SQRT1_2, 6);
    // A row that shares no direction with the query is no evidence.
    expect(columns.nearest([0, 0, 1], 5).map((hit) => hit.row)).toEqual([2]);
    expect(columns.nearest([0, 0, 0], 5)).toEqual([]);
  });
});
