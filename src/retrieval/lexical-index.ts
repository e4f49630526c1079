/**
 * BM25 over Japanese-aware tokens (MiniSearch), one index per language: the answer is in the
 * question's language, and a per-language index does half the work of a filtered shared one.
 */
import type MiniSearch from 'minisearch';
import type { Lang } from '../domain/types.ts';
import type { Passage } from '../knowledge/passages.ts';
import { searchTokens } from '../text/tokenize.ts';
import { bm25Search, buildBm25, type Bm25Data } from './bm25-data.ts';
import { readBm25Files, writeBm25Files } from './bm25-file.ts';
import type { TokenCache } from './passage-tokens.ts';

const splitOnSpace = (text: string) => text.split(' ').filter(Boolean);
const OPTIONS = {
  idField: 'id',
  // `questions`: the questions a passage answers, in both languages (a separate field, so a
  // passage's own wording and the students' wording of it are weighed apart).
  fields: ['title', 'text', 'keywords', 'questions'],
  // Documents are never added through MiniSearch (see `build`); queries arrive as terms.
  tokenize: splitOnSpace,
  processTerm: (term: string) => term,
  // Queries arrive as already-chosen terms joined by spaces (see `query`).
  searchOptions: {
    boost: { title: 2, keywords: 1.5, questions: 1.5 },
    tokenize: splitOnSpace,
    processTerm: (term: string) => term,
    combineWith: 'OR' as const,
  },
};

/**
 * Terms in more than this share of passages are left out of the query: they barely move BM25
 * scores (low IDF) but make it walk most of the index ("留学" is in nearly every passage).
 */
const COMMON_TERM_SHARE = 0.2;
/** However common, the rarest few terms of a question are always searched. */
const ALWAYS_KEEP = 3;

export interface LexicalHit {
  id: string;
  score: number;
}

interface LanguageIndex {
  search: MiniSearch;
  documentFrequency: Map<string, number>;
  total: number;
  data: Bm25Data;
}

export class LexicalIndex {
  private loaded: Map<Lang, LanguageIndex> | null = null;

  private constructor(private readonly load: () => Map<Lang, LanguageIndex>) {}

  /** Read on first use: rebuilding MiniSearch's tree is wasted on a question that never searches. */
  private get indexes(): Map<Lang, LanguageIndex> {
    return (this.loaded ??= this.load());
  }

  static build(passages: Passage[], tokens: TokenCache): LexicalIndex {
    const indexes = new Map<Lang, LanguageIndex>();
    for (const lang of ['ja', 'en'] as const) {
      const own = passages.filter((p) => p.lang === lang);
      const documents = own.map((p) => ({
        id: p.id,
        // In the order of OPTIONS.fields.
        fields: [
          tokens.idParts([p.title]),
          tokens.idParts([p.text]),
          tokens.idParts(p.keywords),
          tokens.idParts(p.questions ?? []),
        ],
      }));
      const { search, documentFrequency, data } = buildBm25(
        documents,
        tokens.dictionary.terms,
        OPTIONS,
      );
      indexes.set(lang, { search, documentFrequency, total: own.length, data });
    }
    return new LexicalIndex(() => indexes);
  }

  /** The index `save` wrote to `directory`, read when first queried. */
  static fromDirectory(directory: string): LexicalIndex {
    return new LexicalIndex(() => {
      const indexes = new Map<Lang, LanguageIndex>();
      for (const [lang, data] of readBm25Files(directory)) {
        const { search, documentFrequency } = bm25Search(data, OPTIONS);
        indexes.set(lang, { search, documentFrequency, total: data.documentIds.length, data });
      }
      return indexes;
    });
  }

  save(directory: string): void {
    writeBm25Files(directory, new Map([...this.indexes].map(([lang, { data }]) => [lang, data])));
  }

  query(text: string, lang: Lang, limit: number): LexicalHit[] {
    const entry = this.indexes.get(lang);
    if (!entry || entry.total === 0) return [];
    const frequency = (term: string) => entry.documentFrequency.get(term) ?? 0;
    const terms = [...new Set(searchTokens(text))]
      .filter((term) => frequency(term) > 0)
      .sort((a, b) => frequency(a) - frequency(b));
    const chosen = terms.filter(
      (term, index) => index < ALWAYS_KEEP || frequency(term) <= entry.total * COMMON_TERM_SHARE,
    );
    if (chosen.length === 0) return [];
    return entry.search
      .search(chosen.join(' '))
      .slice(0, limit)
      .map((result) => ({ id: result.id as string, score: result.score }));
  }
}
