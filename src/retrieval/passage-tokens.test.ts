import { describe, expect, it } from 'vitest';
import { searchTokens } from '../text/tokenize.ts';
import { TokenCache } from './passage-tokens.ts';

describe('TokenCache', () => {
  const texts = ['交換留学の奨学金はいくら？', 'What TOEIC score does Lund require?', '', '奨学金'];

  it('numbers each distinct term once, in order of first sight', () => {
    const tokens = new TokenCache();
    tokens.idParts(texts);
    const distinct = [...new Set(texts.flatMap((text) => searchTokens(text)))];
    expect(tokens.dictionary.terms).toEqual(distinct);
    expect(tokens.dictionary.size).toBe(distinct.length);
  });

  it("gives term numbers that stand for the texts' search tokens, in order", () => {
    const tokens = new TokenCache();
    const named = (parts: Int32Array[]) =>
      parts.flatMap((part) => [...part].map((id) => tokens.dictionary.terms[id]));
    expect(named(tokens.idParts(texts))).toEqual(texts.flatMap((text) => searchTokens(text)));
    expect(named(tokens.idParts(texts.slice(1, 2)))).toEqual(tokens.all(texts[1]!));
    expect(tokens.idParts([''])).toEqual([]);
  });
});
