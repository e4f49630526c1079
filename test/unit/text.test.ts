import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.ts';
import { MAX_QUESTION_CHARS, normaliseInput } from '../../src/text/normalise.ts';
import { searchTokens, wordTokens } from '../../src/text/tokenize.ts';

describe('normaliseInput', () => {
  it('folds full-width digits and letters (NFKC)', () => {
    expect(normaliseInput('ＴＯＥＩＣ４５０で行ける協定校は？').text).toBe(
      'TOEIC450で行ける協定校は?',
    );
  });
  it('removes control and zero-width characters', () => {
    expect(normaliseInput('TOEIC\u0007 450\u200B\u202E').text).toBe('TOEIC 450');
  });
  it('calls empty, whitespace-only and emoji-only messages empty', () => {
    for (const text of ['', '   ', '\n\t', '🙂🙂', '？？'])
      expect(normaliseInput(text).problem).toBe('empty');
  });
  it('flags messages over the limit and truncates them', () => {
    const result = normaliseInput('a'.repeat(MAX_QUESTION_CHARS + 10));
    expect(result.problem).toBe('too_long');
    expect(result.text.length).toBe(MAX_QUESTION_CHARS);
  });
  it('flags binary-looking input', () => {
    expect(normaliseInput('\u0000\u0001\u0002\u0003abc\uFFFD\uFFFD').problem).toBe('binary');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['TOEIC４５０で行ける協定校は？', 'ja'],
    ['奨学金はいくらですか', 'ja'],
    ['ルンド大学の締切は？', 'ja'],
    ['IELTS 6.0でヨーロッパに行ける？', 'ja'],
    ['Which partners accept TOEIC 450?', 'en'],
    ['Which partners in 台湾 accept TOEIC 450?', 'en'],
    ['How much is the scholarship?', 'en'],
    ['GPA 2.5', 'en'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(normaliseInput(text).text)).toBe(lang);
  });
});

describe('tokens', () => {
  it('splits letters from digits the segmenter glues together', () => {
    expect(wordTokens('TOEIC450点')).toEqual(expect.arrayContaining(['toeic', '450']));
  });
  it('adds CJK bigrams so 奨学金 matches across segmentations', () => {
    expect(searchTokens('奨学金')).toEqual(expect.arrayContaining(['奨学', '学金']));
  });
  it('stems simple English plurals and -ing', () => {
    expect(wordTokens('applying for scholarships')).toEqual(['apply', 'scholarship']);
  });
});
