/**
 * A MiniSearch index made directly from already-cut tokens. `MiniSearch.add` walks its radix
 * tree once per token occurrence, which was most of a 100-times build (16 of 27 s); counting
 * into plain maps and inserting each distinct term into the tree once gives the same index
 * (same field lengths, same running average, same frequencies, so the same scores):
 * bm25-data.test.ts compares it with MiniSearch's own `addAll`, so a MiniSearch upgrade that
 * changes its internals fails there, not in rankings.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

export interface TokenisedDocument {
  id: string;
  /** Per field, in the order of the options' `fields`: the field's tokens. */
  fields: string[][];
}

interface TermEntry {
  /** Per field id: document short id -> occurrences. */
  byField: (Map<number, number> | undefined)[];
  /** Documents with the term in any field, and the last one counted. */
  documents: number;
  lastDocument: number;
}

export interface Bm25Build {
  search: MiniSearch;
  /** In how many documents each term occurs (any field). */
  documentFrequency: Map<string, number>;
}

/** MiniSearch's term tree, which `loadJS` fills from JSON; here it is filled from the counts. */
interface TermTree {
  set(term: string, data: Map<number, Map<number, number>>): unknown;
}

export function buildBm25(documents: TokenisedDocument[], options: Options): Bm25Build {
  const fields = options.fields;
  const terms = new Map<string, TermEntry>();
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const averageFieldLength: number[] = [];
  // One field's occurrences per term, counted before they touch the shared maps: a term
  // recurs within a field (a passage's questions repeat its words), and the shared maps were
  // most of a 100x build's BM25 step.
  const inField = new Map<string, number>();
  documents.forEach((document, shortId) => {
    documentIds[shortId] = document.id;
    const lengths: number[] = [];
    fields.forEach((_, fieldId) => {
      const tokens = document.fields[fieldId] ?? [];
      inField.clear();
      let empty = 0;
      for (const term of tokens) {
        if (term) inField.set(term, (inField.get(term) ?? 0) + 1);
        else empty = 1;
      }
      // MiniSearch's field length is the number of distinct terms (the empty one too),
      // averaged as it goes.
      const length = inField.size + empty;
      lengths[fieldId] = length;
      averageFieldLength[fieldId] =
        ((averageFieldLength[fieldId] || 0) * shortId + length) / (shortId + 1);
      // In order of first occurrence, as counting token by token inserted them.
      for (const [term, count] of inField) {
        let entry = terms.get(term);
        if (!entry) terms.set(term, (entry = { byField: [], documents: 0, lastDocument: -1 }));
        if (entry.lastDocument !== shortId) {
          entry.documents++;
          entry.lastDocument = shortId;
        }
        (entry.byField[fieldId] ??= new Map()).set(shortId, count);
      }
    });
    fieldLength[shortId] = lengths;
  });
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
  for (const [term, entry] of terms) {
    const data = new Map<number, Map<number, number>>();
    entry.byField.forEach((frequencies, fieldId) => {
      if (frequencies) data.set(fieldId, frequencies);
    });
    tree.set(term, data);
    documentFrequency.set(term, entry.documents);
  }
  return { search, documentFrequency };
}
