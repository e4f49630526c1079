/**
 * Each passage is tokenised once per field at build time, and the BM25 index, the document
 * frequencies and the hashing vectors are all made from those tokens. Tokenising
 * (Intl.Segmenter plus normalisation) was most of the build: the same text used to be cut
 * eight times, by each index for itself.
 */
import type { Passage } from '../knowledge/passages.ts';
import { searchTokens } from '../text/tokenize.ts';

export interface PassageTokens {
  title: string[];
  keywords: string[];
  text: string[];
}

export function passageTokens(passage: Passage): PassageTokens {
  return { title: searchTokens(passage.title), keywords: searchTokens(passage.keywords.join(' ')), text: searchTokens(passage.text) };
}

/** Every token of the passage, as `searchTokens` of title, keywords and text together would give (fields never share a token). */
export function allTokens(tokens: PassageTokens): string[] {
  return [...tokens.title, ...tokens.keywords, ...tokens.text];
}
