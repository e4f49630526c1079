/**
 * The retriever's term sets per passage (its own words, its title, its text, each curated
 * question) and, per language, in how many passages each term occurs. A build makes them from
 * the tokens it already cut; a stored index keeps only the frequencies and cuts a passage's
 * sets the first time that passage is a candidate, so loading the index tokenises nothing.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../domain/types.ts';
import type { Passage } from '../knowledge/passages.ts';
import { isContentWord, TokenCache, type TextTokens } from './passage-tokens.ts';

export interface TermSets {
  /** Title, keywords and text: coverage stays a measure of the passage's own words. */
  all: Set<string>;
  title: Set<string>;
  text: Set<string>;
  /** Each curated question's terms, apart: a question restating one is about the passage. */
  questions: Set<string>[];
}

export interface TermFrequency {
  counts: Map<string, number>;
  total: number;
}

type StoredFrequencies = Partial<Record<Lang, { counts: [string, number][]; total: number }>>;

/** Content words (a lone letter is not one, a lone kanji is) and, for Japanese, bigrams. */
export function contentTerms(...parts: TextTokens[]): Set<string> {
  const terms = new Set<string>();
  for (const { words } of parts) for (const word of words) if (isContentWord(word)) terms.add(word);
  for (const { bigrams } of parts) for (const bigram of bigrams) terms.add(bigram);
  return terms;
}

/** Term sets of single texts (titles, questions) recur across passages: cut once each. */
class TermSetCache {
  private readonly sets = new Map<string, Set<string>>();
  constructor(readonly tokens: TokenCache) {}

  of(text: string): Set<string> {
    let terms = this.sets.get(text);
    if (!terms) {
      terms = contentTerms(this.tokens.of(text));
      this.sets.set(text, terms);
    }
    return terms;
  }
}

function termSetsOf(passage: Passage, cache: TermSetCache): TermSets {
  const { tokens } = cache;
  return {
    all: contentTerms(
      tokens.of(passage.title),
      ...passage.keywords.map((k) => tokens.of(k)),
      tokens.of(passage.text),
    ),
    title: cache.of(passage.title),
    text: contentTerms(tokens.of(passage.text)),
    questions: (passage.questions ?? []).map((q) => cache.of(q)),
  };
}

export class PassageTerms {
  private readonly sets = new Map<string, TermSets>();
  private frequencies: Map<Lang, TermFrequency> | null = null;

  private constructor(
    private readonly cache: TermSetCache,
    private readonly loadFrequencies: () => Map<Lang, TermFrequency>,
  ) {}

  /**
   * The document frequencies of a build, counted from the term numbers it already has. The
   * passages' term sets are cut when a passage is first a candidate, as for a stored index:
   * a question looks at a few dozen passages, and sets for all of them were a tenth of a 100x
   * build and most of its memory.
   */
  static build(passages: Passage[], tokens: TokenCache): PassageTerms {
    const parts = passages.map((passage) =>
      [passage.title, ...passage.keywords, passage.text].map((text) => tokens.idsOf(text)),
    );
    const { terms } = tokens.dictionary;
    const content = Uint8Array.from(terms, (term) => (isContentWord(term) ? 1 : 0));
    const lastPassage = new Int32Array(terms.length).fill(-1);
    const counted = new Map<Lang, { counts: Int32Array; order: number[]; total: number }>();
    passages.forEach((passage, index) => {
      let language = counted.get(passage.lang);
      if (!language) {
        language = { counts: new Int32Array(terms.length), order: [], total: 0 };
        counted.set(passage.lang, language);
      }
      language.total++;
      const { counts, order } = language;
      // The terms of `contentTerms(title, ...keywords, text)`, in its order: words, then bigrams.
      const count = (term: number) => {
        if (lastPassage[term] === index) return;
        lastPassage[term] = index;
        if (counts[term]!++ === 0) order.push(term);
      };
      for (const { words } of parts[index]!)
        for (let i = 0; i < words.length; i++) if (content[words[i]!]) count(words[i]!);
      for (const { bigrams } of parts[index]!)
        for (let i = 0; i < bigrams.length; i++) count(bigrams[i]!);
    });
    const frequencies = new Map<Lang, TermFrequency>();
    for (const [lang, { counts, order, total }] of counted)
      frequencies.set(lang, {
        counts: new Map(order.map((term) => [terms[term]!, counts[term]!])),
        total,
      });
    return new PassageTerms(new TermSetCache(new TokenCache()), () => frequencies);
  }

  /** The frequencies `toJson` wrote to `file`, read on first use. */
  static fromFile(file: string): PassageTerms {
    return new PassageTerms(new TermSetCache(new TokenCache()), () => {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredFrequencies;
      const frequencies = new Map<Lang, TermFrequency>();
      for (const lang of ['ja', 'en'] as const) {
        const entry = stored[lang];
        if (entry) frequencies.set(lang, { counts: new Map(entry.counts), total: entry.total });
      }
      return frequencies;
    });
  }

  toJson(): string {
    const stored: StoredFrequencies = {};
    for (const [lang, { counts, total }] of this.frequencyMap())
      stored[lang] = { counts: [...counts], total };
    return JSON.stringify(stored);
  }

  of(passage: Passage): TermSets {
    const key = `${passage.lang}|${passage.id}`;
    let sets = this.sets.get(key);
    if (!sets) {
      sets = termSetsOf(passage, this.cache);
      this.sets.set(key, sets);
    }
    return sets;
  }

  frequency(lang: Lang): TermFrequency | undefined {
    return this.frequencyMap().get(lang);
  }

  private frequencyMap(): Map<Lang, TermFrequency> {
    return (this.frequencies ??= this.loadFrequencies());
  }
}
