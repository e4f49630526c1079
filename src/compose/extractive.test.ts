/** The extractive composer: the best passage, trimmed to what the question asks, with numbered sources. */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../domain/types.ts';
import { composeExtractive } from './extractive.ts';

const passage = (id: string, text: string, overrides: Partial<Passage> = {}): Passage => ({
  id,
  docId: id.split('#')[0]!,
  kind: 'guide',
  section: id,
  lang: 'en',
  title: 'Scholarships',
  text,
  keywords: [],
  source: 'Study Abroad guide, §4',
  provenance: 'guide.txt — §4',
  asOf: '2015-11',
  ...overrides,
});

describe('composeExtractive', () => {
  it('quotes the top passage with its title and a [1] marker, and cites it', () => {
    const answer = composeExtractive(
      'How much is the scholarship?',
      [{ passage: passage('guide:s#1', 'The scholarship is 150,000 yen.'), confidence: 0.8 }],
      'en',
    );
    expect(answer.text).toBe('From "Scholarships":\nThe scholarship is 150,000 yen. [1]');
    expect(answer.citations).toEqual([
      {
        id: 'guide:s#1',
        title: 'Scholarships',
        source: 'Study Abroad guide, §4',
        asOf: '2015-11',
        provenance: 'guide.txt — §4',
      },
    ]);
  });

  it('leaves out a quote whose every sentence the other quote says (an FAQ and its guide paragraph)', () => {
    const faq = passage(
      'faq:amount',
      'The scholarship pays 150,000 yen, and up to 20 students a year receive it.',
      {
        kind: 'faq',
        section: 'scholarship',
      },
    );
    const guide = passage(
      'guide:scholarship#2',
      'The scholarship pays 150,000 yen, and up to 20 students a year receive it. It is for students going for at least one term.',
    );
    const answer = composeExtractive(
      'How much is the scholarship?',
      [
        { passage: faq, confidence: 0.8 },
        { passage: guide, confidence: 0.78 },
      ],
      'en',
    );
    // The guide paragraph says the FAQ's sentence and one more: it alone is quoted, as [1].
    expect(answer.text).toBe(
      'The scholarship pays 150,000 yen, and up to 20 students a year receive it. It is for students going for at least one term. [1]',
    );
    expect(answer.citations.map((c) => c.id)).toEqual(['guide:scholarship#2']);
    // Two quotes that say the same keep the first.
    const same = composeExtractive(
      'How much is the scholarship?',
      [
        { passage: faq, confidence: 0.8 },
        { passage: { ...guide, text: faq.text }, confidence: 0.78 },
      ],
      'en',
    );
    expect(same.citations.map((c) => c.id)).toEqual(['faq:amount']);
  });

  it('drops an FAQ answer’s 「はい。」 or "Yes.", which replies to the FAQ’s own question', () => {
    const quoted = (question: string, answer: string, lang: 'ja' | 'en') => {
      const faq = passage('faq:insurance', answer, { kind: 'faq', lang, section: 'departure' });
      return composeExtractive(question, [{ passage: faq, confidence: 0.6 }], lang).text;
    };
    expect(
      quoted(
        'おすすめの保険会社ってありますか？',
        'はい。必ず海外旅行保険に加入してください。',
        'ja',
      ),
    ).toBe('必ず海外旅行保険に加入してください。 [1]');
    expect(
      quoted('Do I need insurance?', 'Yes. You must take out overseas travel insurance.', 'en'),
    ).toBe('You must take out overseas travel insurance. [1]');
  });

  it('adds a second passage only when it is nearly as relevant', () => {
    const top = { passage: passage('guide:s#1', 'A.'), confidence: 0.8 };
    expect(
      composeExtractive('q', [top, { passage: passage('guide:s#2', 'B.'), confidence: 0.75 }], 'en')
        .citations,
    ).toHaveLength(2);
    expect(
      composeExtractive('q', [top, { passage: passage('guide:s#2', 'B.'), confidence: 0.3 }], 'en')
        .citations,
    ).toHaveLength(1);
  });

  it('FAQ answers need no lead; Japanese leads use 「」', () => {
    expect(
      composeExtractive(
        'q',
        [{ passage: passage('faq:x', 'Yes.', { kind: 'faq' }), confidence: 0.9 }],
        'en',
      ).text,
    ).toBe('Yes. [1]');
    expect(
      composeExtractive(
        'q',
        [
          {
            passage: passage('guide:s#1', 'はい。', { lang: 'ja', title: '奨学金' }),
            confidence: 0.9,
          },
        ],
        'ja',
      ).text,
    ).toBe('「奨学金」より:\nはい。 [1]');
  });

  it('nothing retrieved: an empty answer', () => {
    expect(composeExtractive('q', [], 'en')).toEqual({ text: '', citations: [], used: [] });
  });
});
