import MiniSearch from 'minisearch';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { buildPassages } from '../knowledge/passages.ts';
import { buildBm25 } from './bm25-data.ts';
import { TokenCache } from './passage-tokens.ts';

const fields = ['title', 'text', 'keywords', 'questions'];
const splitOnSpace = (text: string) => text.split(' ').filter(Boolean);
const options = { idField: 'id', fields, tokenize: splitOnSpace, processTerm: (t: string) => t };

/** toJSON with the terms in a fixed order (the radix tree's own order is not part of the data). */
const canonical = (search: MiniSearch) => {
  const json = search.toJSON();
  return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
};

describe('buildBm25', () => {
  it.each(['ja', 'en'] as const)(
    "is MiniSearch's own index of the same tokens, and searches alike (%s)",
    (lang) => {
      const { knowledge } = loadKnowledge(resolve('knowledge'));
      const tokens = new TokenCache();
      const passages = buildPassages(knowledge!).filter((p) => p.lang === lang);
      const fieldTexts = (p: (typeof passages)[number]) => [
        [p.title],
        [p.text],
        p.keywords,
        p.questions ?? [],
      ];
      const documents = passages.map((p) => ({
        id: p.id,
        fields: fieldTexts(p).map((texts) => tokens.idParts(texts)),
      }));
      const added = new MiniSearch(options);
      added.addAll(
        passages.map((p) => ({
          id: p.id,
          ...Object.fromEntries(
            fieldTexts(p).map((texts, i) => [fields[i], tokens.all(...texts).join(' ')]),
          ),
        })),
      );
      const { search: built, documentFrequency } = buildBm25(
        documents,
        tokens.dictionary.terms,
        options,
      );
      expect(canonical(built)).toEqual(canonical(added));
      // And read back from that JSON, as a stored index is.
      const loaded = MiniSearch.loadJS(JSON.parse(JSON.stringify(built)), options);
      for (const term of ['奨学', '留学', 'toeic', 'scholarship'])
        expect(documentFrequency.get(term) ?? 0).toBe(
          passages.filter((p) => fieldTexts(p).some((texts) => tokens.all(...texts).includes(term)))
            .length,
        );
      for (const question of [
        '奨学金の申請はいつまで？',
        'TOEIC450で行ける協定校',
        'How much is the exchange scholarship?',
        'When is the application deadline for Lund?',
      ]) {
        const query = tokens.all(question).join(' ');
        const expected = added.search(query, { combineWith: 'OR' });
        expect(built.search(query, { combineWith: 'OR' })).toEqual(expected);
        expect(loaded.search(query, { combineWith: 'OR' })).toEqual(expected);
        expect(built.search(query, { combineWith: 'OR', prefix: true, fuzzy: 0.2 })).toEqual(
          added.search(query, { combineWith: 'OR', prefix: true, fuzzy: 0.2 }),
        );
      }
    },
  );
});
