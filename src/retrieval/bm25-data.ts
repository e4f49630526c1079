/**
 * A MiniSearch index made directly from already-cut tokens. `MiniSearch.add` walks its radix
 * tree once per token occurrence, which was most of a 100-times build (16 of 27 s); counting
 * and inserting each distinct term into the tree once gives the same index (same field
 * lengths, same running average, same frequencies, so the same scores): bm25-data.test.ts
 * compares it with MiniSearch's own `addAll`, so a MiniSearch upgrade that changes its
 * internals fails there, not in rankings.
 *
 * Terms arrive as numbers (`TermDictionary`) and are counted into typed arrays; each term's
 * postings are a slice of two arrays (`FieldPostings`) rather than a map per term and field,
 * which were most of what was left of a 100x build's BM25 step and of its garbage.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { FieldPostings } from './field-postings.ts';

export interface TokenisedDocument {
  id: string;
  /** Per field, in the order of the options' `fields`: the field's term numbers, in parts. */
  fields: Int32Array[][];
}

/**
 * A BM25 index as plain data: what MiniSearch's `toJSON` holds, with the postings in three
 * typed arrays. It is what the index stores on disk, and a MiniSearch is made from it without
 * a map per posting (`bm25Search`).
 */
export interface Bm25Data {
  /** Document short id -> id. */
  documentIds: string[];
  /** Per document short id: per field, the number of distinct terms. */
  fieldLength: number[][];
  averageFieldLength: number[];
  /** Terms in the order they were first seen (MiniSearch's tree is filled in it). */
  terms: string[];
  /** Per term: in how many documents it occurs (any field). */
  documentFrequency: number[];
  /**
   * Term t's postings in field f are `documents` and `occurrences` from `offsets[t * fields +
   * f]` to the next offset, documents ascending.
   */
  offsets: Int32Array;
  documents: Int32Array;
  occurrences: Int32Array;
}

export interface Bm25Build {
  search: MiniSearch;
  /** In how many documents each term occurs (any field). */
  documentFrequency: Map<string, number>;
  data: Bm25Data;
}

/** MiniSearch's term tree, which `loadJS` fills from JSON; here it is filled from the counts. */
interface TermTree {
  set(term: string, data: Map<number, ReadonlyMap<number, number>>): unknown;
}

/** An Int32Array that grows by doubling. */
class IntList {
  values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/** `terms[n]` is term number n; documents' fields hold numbers below `terms.length`. */
export function buildBm25(
  documents: TokenisedDocument[],
  terms: readonly string[],
  options: Options,
): Bm25Build {
  const data = countBm25(documents, terms, options.fields.length);
  const { search, documentFrequency } = bm25Search(data, options);
  return { search, documentFrequency, data };
}

function countBm25(
  documents: TokenisedDocument[],
  terms: readonly string[],
  fieldCount: number,
): Bm25Data {
  const termCount = terms.length;
  const empty = terms.indexOf('');
  // Per term: occurrences in the field being counted, documents seen, the last one counted.
  const inField = new Int32Array(termCount);
  const documentCount = new Int32Array(termCount);
  const lastDocument = new Int32Array(termCount).fill(-1);
  const distinct = new Int32Array(termCount);
  // Terms in order of first occurrence, as counting token by token inserted them.
  const order: number[] = [];
  const seen = new Uint8Array(termCount);
  // One posting per (term, field, document), in document order: key = term * fields + field.
  const keys = new IntList();
  const postingDocuments = new IntList();
  const postingCounts = new IntList();
  const documentIds: string[] = [];
  const fieldLength: number[][] = [];
  const averageFieldLength: number[] = [];
  documents.forEach((document, shortId) => {
    documentIds[shortId] = document.id;
    const lengths: number[] = [];
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
      let found = 0;
      let hasEmpty = 0;
      for (const part of document.fields[fieldId] ?? [])
        for (let i = 0; i < part.length; i++) {
          const term = part[i]!;
          if (term === empty) hasEmpty = 1;
          else if (inField[term]!++ === 0) distinct[found++] = term;
        }
      // MiniSearch's field length is the number of distinct terms (the empty one too),
      // averaged as it goes.
      const length = found + hasEmpty;
      lengths[fieldId] = length;
      averageFieldLength[fieldId] =
        ((averageFieldLength[fieldId] || 0) * shortId + length) / (shortId + 1);
      for (let i = 0; i < found; i++) {
        const term = distinct[i]!;
        if (seen[term] === 0) {
          seen[term] = 1;
          order.push(term);
        }
        if (lastDocument[term] !== shortId) {
          documentCount[term]!++;
          lastDocument[term] = shortId;
        }
        keys.push(term);
        keys.push(fieldId);
        postingDocuments.push(shortId);
        postingCounts.push(inField[term]!);
        inField[term] = 0;
      }
    }
    fieldLength[shortId] = lengths;
  });
  // Terms renumbered in order of first sight (only this index's terms take room), then the
  // postings grouped by (term, field), documents still ascending: a stable counting sort.
  const local = new Int32Array(termCount);
  order.forEach((term, index) => (local[term] = index));
  const postings = postingDocuments.length;
  const offsets = new Int32Array(order.length * fieldCount + 1);
  const keyOf = (i: number) => local[keys.values[2 * i]!]! * fieldCount + keys.values[2 * i + 1]!;
  for (let i = 0; i < postings; i++) offsets[keyOf(i) + 1]!++;
  for (let key = 0; key + 1 < offsets.length; key++) offsets[key + 1]! += offsets[key]!;
  const next = offsets.slice(0, offsets.length - 1);
  const sortedDocuments = new Int32Array(postings);
  const sortedOccurrences = new Int32Array(postings);
  for (let i = 0; i < postings; i++) {
    const at = next[keyOf(i)]!++;
    sortedDocuments[at] = postingDocuments.values[i]!;
    sortedOccurrences[at] = postingCounts.values[i]!;
  }
  return {
    documentIds,
    fieldLength,
    averageFieldLength,
    terms: order.map((term) => terms[term]!),
    documentFrequency: order.map((term) => documentCount[term]!),
    offsets,
    documents: sortedDocuments,
    occurrences: sortedOccurrences,
  };
}

/** The MiniSearch `data` stands for, its postings read in place. */
export function bm25Search(data: Bm25Data, options: Options): Omit<Bm25Build, 'data'> {
  const fields = options.fields;
  const fieldCount = fields.length;
  const skeleton: AsPlainObject = {
    documentCount: data.documentIds.length,
    nextId: data.documentIds.length,
    documentIds: Object.fromEntries(data.documentIds.entries()),
    fieldIds: Object.fromEntries(fields.map((field, id) => [field, id])),
    fieldLength: Object.fromEntries(data.fieldLength.entries()),
    averageFieldLength: data.averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index: [],
    serializationVersion: 2,
  };
  const search = MiniSearch.loadJS(skeleton, options);
  const tree = (search as unknown as { _index: TermTree })._index;
  const documentFrequency = new Map<string, number>();
  data.terms.forEach((term, index) => {
    const postings = new Map<number, ReadonlyMap<number, number>>();
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
      const start = data.offsets[index * fieldCount + fieldId]!;
      const end = data.offsets[index * fieldCount + fieldId + 1]!;
      if (end > start)
        postings.set(fieldId, new FieldPostings(data.documents, data.occurrences, start, end));
    }
    tree.set(term, postings);
    documentFrequency.set(term, data.documentFrequency[index]!);
  });
  return { search, documentFrequency };
}
