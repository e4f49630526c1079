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

export interface Bm25Build {
  search: MiniSearch;
  /** In how many documents each term occurs (any field). */
  documentFrequency: Map<string, number>;
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
  const fields = options.fields;
  const fieldCount = fields.length;
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
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
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
        keys.push(term * fieldCount + fieldId);
        postingDocuments.push(shortId);
        postingCounts.push(inField[term]!);
        inField[term] = 0;
      }
    }
    fieldLength[shortId] = lengths;
  });
  // Grouped by (term, field), documents still ascending: a stable counting sort.
  const offsets = new Int32Array(termCount * fieldCount + 1);
  for (let i = 0; i < keys.length; i++) offsets[keys.values[i]! + 1]!++;
  for (let key = 0; key < termCount * fieldCount; key++) offsets[key + 1]! += offsets[key]!;
  const next = offsets.slice(0, termCount * fieldCount);
  const sortedDocuments = new Int32Array(keys.length);
  const sortedCounts = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const at = next[keys.values[i]!]!++;
    sortedDocuments[at] = postingDocuments.values[i]!;
    sortedCounts[at] = postingCounts.values[i]!;
  }
  const skeleton: AsPlainObject = {
    documentCount: documents.length,
    nextId: documents.length,
    documentIds,
    fieldIds: Object.fromEntries(fields.map((field, id) => [field, id])),
    fieldLength,
    averageFieldLength,
    storedFields: {},
    dirtCount: 0,
    index: [],
    serializationVersion: 2,
  };
  const search = MiniSearch.loadJS(skeleton, options);
  const tree = (search as unknown as { _index: TermTree })._index;
  const documentFrequency = new Map<string, number>();
  for (const term of order) {
    const data = new Map<number, ReadonlyMap<number, number>>();
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
      const key = term * fieldCount + fieldId;
      const start = offsets[key]!;
      const end = offsets[key + 1]!;
      if (end > start)
        data.set(fieldId, new FieldPostings(sortedDocuments, sortedCounts, start, end));
    }
    tree.set(terms[term]!, data);
    documentFrequency.set(terms[term]!, documentCount[term]!);
  }
  return { search, documentFrequency };
}
