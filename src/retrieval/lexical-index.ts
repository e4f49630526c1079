/** BM25 over Japanese-aware tokens (MiniSearch), one index for both languages. */
import MiniSearch from 'minisearch';
import type { Lang } from '../core/types.ts';
import type { Passage } from '../knowledge/passages.ts';
import { searchTokens } from '../text/tokenize.ts';

const OPTIONS = {
  idField: 'key',
  fields: ['title', 'text', 'keywords'],
  storeFields: ['id', 'lang'],
  tokenize: (text: string) => searchTokens(text),
  processTerm: (term: string) => term,
  searchOptions: { boost: { title: 2, keywords: 1.5 }, tokenize: (text: string) => searchTokens(text), processTerm: (term: string) => term },
};

export interface LexicalHit {
  id: string;
  score: number;
}

export class LexicalIndex {
  private constructor(private readonly search: MiniSearch) {}

  static build(passages: Passage[]): LexicalIndex {
    const search = new MiniSearch(OPTIONS);
    search.addAll(passages.map((p) => ({ key: `${p.lang}|${p.id}`, id: p.id, lang: p.lang, title: p.title, text: p.text, keywords: p.keywords.join(' ') })));
    return new LexicalIndex(search);
  }

  static fromJson(json: string): LexicalIndex {
    return new LexicalIndex(MiniSearch.loadJSON(json, OPTIONS));
  }

  toJson(): string {
    return JSON.stringify(this.search);
  }

  query(text: string, lang: Lang, limit: number): LexicalHit[] {
    return this.search
      .search(text, { filter: (result) => result.lang === lang, combineWith: 'OR' })
      .slice(0, limit)
      .map((result) => ({ id: result.id as string, score: result.score }));
  }
}
