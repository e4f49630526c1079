/** Term matching: whole words, katakana boundaries, and casual words in either kana. */
import { describe, expect, it } from 'vitest';
import { Terms } from './terms.ts';

describe('Terms', () => {
  it('a katakana term does not match inside a longer katakana word, but a middle dot separates', () => {
    const thai = new Terms(['タイ']);
    expect(thai.test('タイトルは？')).toBe(false);
    expect(thai.test('タイ・韓国の協定校')).toBe(true);
    expect(thai.test('ベトナム・タイ')).toBe(true);
  });

  it('a hiragana term also matches written in katakana, with katakana boundaries', () => {
    const terms = new Terms(['ほんと', 'いつ']);
    expect(terms.test('それホント？')).toBe(true);
    expect(terms.test('ほんとに？')).toBe(true);
    expect(terms.test('締切イツ？')).toBe(true);
    // いつ inside ドイツ is a katakana word's letters, not the question word.
    expect(terms.test('ドイツの協定校')).toBe(false);
  });

  it('Latin terms need word boundaries; a trailing * lets the word continue', () => {
    const terms = new Terms(['visa', 'requir*']);
    expect(terms.test('do I need a visa?')).toBe(true);
    expect(terms.test('visas')).toBe(false);
    expect(terms.test('what is required')).toBe(true);
  });
});
