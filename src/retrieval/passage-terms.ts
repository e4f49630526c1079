/**
 * The retriever's term sets per passage (its own words, its title, its text, each curated
 * question) and, per language, in how many passages each term occurs. A build makes them from
 * the tokens it already cut; a stored index keeps only the frequencies and cuts a passage's
 * sets the first time that passage is a candidate, so loading the index tokenises nothing.
 */
import { readFileSync } from 'node:fs';
import type { Lang } from '../domain/types.ts';
import type { Passage } from '../knowledge/passages.ts';
import { TokenCache, type TextTokens } from './passage-tokens.ts';

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
  for (const { words } of parts)
    for (const word of words) if (word.length > 1 || /[\u4E00-\u9FFF]/.test(word)) terms.add(word);
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

  static build(passages: Passage[], tokens: TokenCache): PassageTerms {
    const terms = new PassageTerms(new TermSetCache(tokens), () => frequencies);
    const frequencies = new Map<Lang, TermFrequency>();
    for (const passage of passages) {
      const sets = termSetsOf(passage, terms.cache);
      terms.sets.set(`${passage.lang}|${passage.id}`, sets);
      const frequency = frequencies.get(passage.lang) ?? { counts: new Map(), total: 0 };
      frequency.total++;
      for (const term of sets.all)
        frequency.counts.set(term, (frequency.counts.get(term) ?? 0) + 1);
      frequencies.set(passage.lang, frequency);
    }
    return terms;
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
