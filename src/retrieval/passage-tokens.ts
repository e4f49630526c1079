/**
 * Each passage is tokenised once per field at build time, and the BM25 index, the document
 * frequencies and the hashing vectors are all made from those tokens. Tokenising
 * (Intl.Segmenter plus normalisation) was most of the build: the same text used to be cut
 * eight times, by each index for itself.
 */
import type { Passage } from '../knowledge/passages.ts';
import { cjkBigrams, wordTokens } from '../text/tokenize.ts';

/** `searchTokens` of a field, kept in its two parts (the retriever's term sets filter the words only). */
export interface FieldTokens {
  words: string[];
  bigrams: string[];
}

export interface PassageTokens {
  title: FieldTokens;
  keywords: FieldTokens;
  text: FieldTokens;
}

const field = (text: string): FieldTokens => ({ words: wordTokens(text), bigrams: cjkBigrams(text) });

export function passageTokens(passage: Passage): PassageTokens {
  return { title: field(passage.title), keywords: field(passage.keywords.join(' ')), text: field(passage.text) };
}

/** `searchTokens` of one field. */
export function tokensOf(field: FieldTokens): string[] {
  return [...field.words, ...field.bigrams];
}

/** Every token of the passage, as `searchTokens` of title, keywords and text together would give (fields never share a token). */
export function allTokens(tokens: PassageTokens): string[] {
  return [...tokensOf(tokens.title), ...tokensOf(tokens.keywords), ...tokensOf(tokens.text)];
}
