/** The glossary rewrite: student words into the guide's, whole and longest first. */
import { describe, expect, it } from 'vitest';
import { Glossary } from './glossary.ts';

const glossary = new Glossary(
  {
    groups: [
      {
        concept: 'e-mail',
        canonical: { ja: 'メール', en: 'e-mail' },
        ja: ['メアド'],
        en: ['mail address'],
      },
      { concept: 'what is', canonical: { ja: 'とは', en: 'what is' }, ja: ['って何'], en: [] },
      {
        concept: 'abroad',
        canonical: { ja: '留学先', en: 'host' },
        ja: ['向こう', '向こうで'],
        en: [],
      },
      { concept: 'known', canonical: { ja: '受験料', en: 'fee' }, ja: ['受験料'], en: [] },
    ],
  },
  () => ({ ja: '受験料はいくらですか。', en: '' }),
);

describe('Glossary.rewrite', () => {
  it('replaces a student word by the guide word of the asked language', () => {
    expect(glossary.rewrite('支援室のメアド教えて', 'ja')).toBe('支援室の メール 教えて');
    expect(glossary.rewrite('the office mail address?', 'en')).toBe('the office  e-mail ?');
  });

  it('never inside a longer word: a kanji compound, a katakana word, a Latin word', () => {
    expect(glossary.rewrite('って何単位まで', 'ja')).toBe('って何単位まで');
    expect(glossary.rewrite('留学って何？', 'ja')).toBe('留学 とは ?');
    expect(glossary.rewrite('メアドレス', 'ja')).toBe('メアドレス');
    expect(glossary.rewrite('email addresses', 'en')).toBe('email addresses');
  });

  it('a word ending in 何 is a definition only where the question ends', () => {
    expect(glossary.rewrite('応募書類って何がいるの？', 'ja')).toBe('応募書類って何がいるの?');
    expect(glossary.rewrite('帰国前って何をすればいい', 'ja')).toBe('帰国前って何をすればいい');
    expect(glossary.rewrite('GPAって何だっけ', 'ja')).toBe('gpa とは だっけ');
  });

  it('longest first, and a word the guide itself uses is left alone', () => {
    expect(glossary.rewrite('向こうでの生活', 'ja')).toBe(' 留学先 の生活');
    expect(glossary.rewrite('受験料は？', 'ja')).toBe('受験料は?');
  });
});
