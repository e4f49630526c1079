/**
 * Tokens cut once per distinct text during an index build. Tokenising (Intl.Segmenter plus
 * normalisation) was most of the build: every index cut the same text for itself, and the
 * same strings recur (a section's title and keywords in each of its paragraphs, a question in
 * both languages' passages). BM25, the document frequencies, the hashing vectors and the
 * retriever's term sets all come from here.
 *
 * Each distinct term also gets a number (`TermDictionary`), and each text its terms as numbers:
 * a 100x build counts a few million (term, passage) pairs, and counting numbers into typed
 * arrays makes none of the per-term maps and strings that were most of its garbage.
 */
import { cjkBigrams, wordTokens } from '../text/tokenize.ts';

/** `searchTokens` of a text, kept in its two parts (the retriever's term sets filter the words). */
export interface TextTokens {
  words: string[];
  bigrams: string[];
}

/** The same tokens as term numbers (`TermDictionary`). */
export interface TextTermIds {
  words: Int32Array;
  bigrams: Int32Array;
}

/** A content word for the retriever's term sets: not a lone letter (a lone kanji is one). */
export function isContentWord(word: string): boolean {
  return word.length > 1 || /[\u4E00-\u9FFF]/.test(word);
}

/** Term <-> number, numbered in order of first sight. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  get size(): number {
    return this.terms.length;
  }
}

export class TokenCache {
  private readonly cut = new Map<string, TextTokens>();
  private readonly numbered = new Map<string, TextTermIds>();
  private readonly joined = new Map<string[], string[]>();
  readonly dictionary = new TermDictionary();

  /** How many distinct texts have been cut. */
  get texts(): number {
    return this.cut.size;
  }

  of(text: string): TextTokens {
    let tokens = this.cut.get(text);
    if (!tokens) {
      tokens = { words: wordTokens(text), bigrams: cjkBigrams(text) };
      this.cut.set(text, tokens);
    }
    return tokens;
  }

  /** `of(text)` as term numbers. */
  idsOf(text: string): TextTermIds {
    let ids = this.numbered.get(text);
    if (!ids) {
      const { words, bigrams } = this.of(text);
      ids = { words: this.number(words), bigrams: this.number(bigrams) };
      this.numbered.set(text, ids);
    }
    return ids;
  }

  /** A plain loop: `Int32Array.from` with a mapping function was a tenth of the step. */
  private number(terms: string[]): Int32Array {
    const ids = new Int32Array(terms.length);
    for (let i = 0; i < terms.length; i++) ids[i] = this.dictionary.id(terms[i]!);
    return ids;
  }

  /**
   * `searchTokens` of the texts joined by whitespace: a space is a word boundary and breaks a
   * CJK run, so the joined text's tokens are the texts' tokens together. The result may be
   * shared with the cache: read it, never change it.
   */
  all(...texts: string[]): string[] {
    if (texts.length === 1) {
      const { words, bigrams } = this.of(texts[0]!);
      return bigrams.length === 0 ? words : [...words, ...bigrams];
    }
    const tokens: string[] = [];
    for (const text of texts) {
      const { words, bigrams } = this.of(text);
      tokens.push(...words, ...bigrams);
    }
    return tokens;
  }

  /**
   * `all` of a list that recurs as the same array (a passage's questions are shared by its
   * two languages); the result is shared too, so callers must not change it.
   */
  allOf(texts: string[]): string[] {
    let tokens = this.joined.get(texts);
    if (!tokens) {
      tokens = this.all(...texts);
      this.joined.set(texts, tokens);
    }
    return tokens;
  }

  /**
   * The term numbers of `all(...texts)`, in the same order, as the parts they come in (each
   * text's words, then its bigrams): nothing is joined.
   */
  idParts(texts: readonly string[]): Int32Array[] {
    const parts: Int32Array[] = [];
    for (const text of texts) {
      const { words, bigrams } = this.idsOf(text);
      if (words.length > 0) parts.push(words);
      if (bigrams.length > 0) parts.push(bigrams);
    }
    return parts;
  }
}
