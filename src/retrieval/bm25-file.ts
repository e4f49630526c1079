/**
 * The BM25 indexes on disk: `lexical.json` (per language the document ids, field lengths,
 * terms and their document frequencies) and `lexical.bin` (per language the postings' three
 * typed arrays, one after another). MiniSearch's own JSON was an object per term and field with
 * a property per posting: at 100 times the knowledge, 43 MB that took 3 s to write and, at the
 * first search after loading, over a second to parse and another to turn back into maps. The
 * arrays here are read as they are, and searched in place (`bm25Search`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Lang } from '../domain/types.ts';
import type { Bm25Data } from './bm25-data.ts';

const JSON_FILE = 'lexical.json';
const BINARY_FILE = 'lexical.bin';

const StoredLanguage = z.object({
  documentIds: z.array(z.string()),
  fieldLength: z.array(z.array(z.number().int().nonnegative())),
  averageFieldLength: z.array(z.number()),
  terms: z.array(z.string()),
  documentFrequency: z.array(z.number().int().nonnegative()),
  /** Where this language's arrays start in the binary file, and their lengths (in entries). */
  at: z.number().int().nonnegative(),
  offsets: z.number().int().nonnegative(),
  postings: z.number().int().nonnegative(),
});
const Stored = z.record(z.enum(['ja', 'en']), StoredLanguage);

export const BM25_FILES = [JSON_FILE, BINARY_FILE];

export function writeBm25Files(directory: string, indexes: Map<Lang, Bm25Data>): void {
  const stored: Partial<Record<Lang, z.infer<typeof StoredLanguage>>> = {};
  const arrays: Uint8Array[] = [];
  let at = 0;
  for (const [lang, data] of indexes) {
    const { offsets, documents, occurrences, ...rest } = data;
    stored[lang] = { ...rest, at, offsets: offsets.length, postings: documents.length };
    for (const array of [offsets, documents, occurrences]) {
      arrays.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
      at += array.byteLength;
    }
  }
  writeFileSync(join(directory, JSON_FILE), JSON.stringify(stored));
  writeFileSync(join(directory, BINARY_FILE), Buffer.concat(arrays));
}

export function readBm25Files(directory: string): Map<Lang, Bm25Data> {
  const parsed = Stored.safeParse(JSON.parse(readFileSync(join(directory, JSON_FILE), 'utf8')));
  if (!parsed.success) throw new Error(`${JSON_FILE} is not a BM25 index`);
  const file = readFileSync(join(directory, BINARY_FILE));
  // Typed arrays need 4-byte alignment; a read of a whole file normally has it already.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(new Uint8Array(file));
  const indexes = new Map<Lang, Bm25Data>();
  for (const lang of ['ja', 'en'] as const) {
    const stored = parsed.data[lang];
    if (!stored) continue;
    const { at, offsets: offsetCount, postings, ...rest } = stored;
    const view = (start: number, length: number) => {
      if (start + 4 * length > bytes.byteLength) throw new Error(`${BINARY_FILE} is too short`);
      return new Int32Array(bytes.buffer, bytes.byteOffset + start, length);
    };
    const offsets = view(at, offsetCount);
    const documents = view(at + 4 * offsetCount, postings);
    const occurrences = view(at + 4 * (offsetCount + postings), postings);
    const fieldCount = rest.averageFieldLength.length;
    if (offsetCount !== rest.terms.length * fieldCount + 1 || offsets[offsetCount - 1] !== postings)
      throw new Error(`${BINARY_FILE} does not match ${JSON_FILE}`);
    // MiniSearch would try to delete a posting of a document it does not know.
    for (let i = 0; i < postings; i++)
      if (documents[i]! >= rest.documentIds.length || documents[i]! < 0)
        throw new Error(`${BINARY_FILE} names a document that is not in ${JSON_FILE}`);
    indexes.set(lang, { ...rest, offsets, documents, occurrences });
  }
  return indexes;
}
