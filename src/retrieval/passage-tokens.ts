/**
 * Tokens cut once per distinct text during an index build. Tokenising (Intl.Segmenter plus
 * normalisation) was most of the build: every index cut the same text for itself, and the
 * same strings recur (a section's title and keywords in each of its paragraphs, a question in
 * both languages' passages). BM25, the document frequencies, the hashing vectors and the
 * retriever's term sets all come from here.
 */
import { cjkBigrams, wordTokens } from '../text/tokenize.ts';

/** `searchTokens` of a text, kept in its two parts (the retriever's term sets filter the words). */
export interface TextTokens {
  words: string[];
  bigrams: string[];
}

export class TokenCache {
  private readonly cut = new Map<string, TextTokens>();
  private readonly joined = new Map<string[], string[]>();

  of(text: string): TextTokens {
    let tokens = this.cut.get(text);
    if (!tokens) {
      tokens = { words: wordTokens(text), bigrams: cjkBigrams(text) };
      this.cut.set(text, tokens);
    }
    return tokens;
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
}
