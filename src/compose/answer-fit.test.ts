/** Answer types in the composer: the passage and the sentences that give the asked value come first. */
import { describe, expect, it } from 'vitest';
import type { Passage } from '../domain/types.ts';
import { preferFitting, type Carries } from './answer-fit.ts';
import { trimToQuestion } from './extractive.ts';

const passage = (id: string, text: string): Passage => ({
  id,
  docId: 'about:centre',
  kind: 'about',
  section: 'centre',
  lang: 'en',
  title: 'The centre',
  text,
  keywords: [],
  source: 'Centre page',
  provenance: 'centre.txt',
  asOf: '2025-10',
});
const givesYear = (text: string) => /\b(19|20)\d{2}\b/.test(text);
const concept = { passage: passage('c#4', 'The centre teaches Japanese.'), confidence: 0.64 };
const founding = { passage: passage('c#2', 'The centre was set up in 2005.'), confidence: 0.57 };
const far = { passage: passage('c#9', 'A seminar ran in 2019.'), confidence: 0.3 };

const preferCarrying = (r: Parameters<typeof preferFitting>[0], carries: Carries) =>
  preferFitting(r, { carries, names: [] });

describe('preferFitting: the asked value', () => {
  it('puts the near passage that gives the asked value first, the old top beside it', () => {
    const ranked = preferCarrying([concept, founding, far], givesYear);
    expect(ranked.map((r) => r.passage.id)).toEqual(['c#2', 'c#4', 'c#9']);
    expect(ranked[0]!.confidence).toBe(0.64);
  });

  it('keeps the order when the top passage gives the value, or when nothing near does', () => {
    expect(preferCarrying([founding, concept], givesYear).map((r) => r.passage.id)).toEqual([
      'c#2',
      'c#4',
    ]);
    expect(preferCarrying([concept, far], givesYear).map((r) => r.passage.id)).toEqual([
      'c#4',
      'c#9',
    ]);
  });

  it('changes nothing when the question asks for no kind of value', () => {
    expect(preferCarrying([concept, founding], null)).toEqual([concept, founding]);
  });
});

describe('trimToQuestion with an asked value', () => {
  const long = passage(
    'c#1',
    'The centre supports the university. The centre runs seminars for students every term. ' +
      'It was established on 1 October 2005 by reorganising an older office. '.repeat(1) +
      'The centre hosts many visitors from partner universities each year. '.repeat(4),
  );

  it('keeps the sentence giving the value although it shares fewer words', () => {
    const trimmed = trimToQuestion('When did the centre start its seminars?', long, 120, givesYear);
    expect(trimmed).toContain('2005');
    expect(trimToQuestion('When did the centre start its seminars?', long, 120)).not.toContain(
      '2005',
    );
  });
});

describe('preferFitting: a value told by its form', () => {
  const givesYen = (text: string) => /円|yen/.test(text);
  const monthly = {
    passage: passage('s#2', 'Send a safety report once a month.'),
    confidence: 0.375,
  };
  const cost = {
    passage: passage('f#9', 'Costs are about 80,000 yen a month.'),
    confidence: 0.262,
  };

  it('a price is preferred from further down than a date or a count', () => {
    // 0.262 is 0.70 of 0.375 less a hair: too far for a value a pattern may mistake, not for 円.
    const ranked = (distinctive: boolean) =>
      preferFitting([monthly, cost], { carries: givesYen, names: [], distinctive }).map(
        (r) => r.passage.id,
      );
    expect(ranked(false)).toEqual(['s#2', 'f#9']);
    expect(ranked(true)).toEqual(['f#9', 's#2']);
  });
});

describe('preferFitting: what the question names', () => {
  const toeic = {
    passage: passage('t#7', 'TOEIC scores are reissued for a fee of 1,500 yen.'),
    confidence: 0.36,
  };
  const toefl = {
    passage: passage('e#5', 'Changing a TOEFL test date costs US$60.'),
    confidence: 0.19,
  };
  const names = [(text: string) => /toefl/i.test(text)];

  it('prefers a passage naming the test the question names, even well below the top', () => {
    const ranked = preferFitting([toeic, toefl], { carries: null, names });
    expect(ranked.map((r) => r.passage.id)).toEqual(['e#5', 't#7']);
  });

  it('does not reach for one too far below', () => {
    const weak = { ...toefl, confidence: 0.1 };
    expect(preferFitting([toeic, weak], { carries: null, names })[0]!.passage.id).toBe('t#7');
  });
});
