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
  it("is MiniSearch's own index of the same tokens, and searches alike", () => {
    const { knowledge } = loadKnowledge(resolve('knowledge'));
    const tokens = new TokenCache();
    const passages = buildPassages(knowledge!).filter((p) => p.lang === 'ja');
    const documents = passages.map((p) => ({
      id: p.id,
      fields: [
        tokens.all(p.title),
        tokens.all(p.text),
        tokens.all(...p.keywords),
        tokens.all(...(p.questions ?? [])),
      ],
    }));
    const added = new MiniSearch(options);
    added.addAll(
      documents.map((d) => ({
        id: d.id,
        ...Object.fromEntries(fields.map((f, i) => [f, d.fields[i]!.join(' ')])),
      })),
    );
    const { search: loaded, documentFrequency } = buildBm25(documents, options);
    expect(canonical(loaded)).toEqual(canonical(added));
    for (const term of ['奨学', '留学', 'toeic'])
      expect(documentFrequency.get(term)).toBe(
        documents.filter((d) => d.fields.some((f) => f.includes(term))).length,
      );
    const query = tokens.all('奨学金の申請はいつまで？').join(' ');
    expect(loaded.search(query, { combineWith: 'OR' })).toEqual(
      added.search(query, { combineWith: 'OR' }),
    );
  });
});
