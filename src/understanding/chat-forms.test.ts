/** Chat shorthand and one-letter slips read as the words they stand for. */
import { describe, expect, it } from 'vitest';
import { ChatForms, oneSlipApart } from './chat-forms.ts';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

const forms = new ChatForms(
  {
    abbreviations: { 'w/o': 'without', unis: 'universities', req: 'requirement', u: 'you' },
    spelling: ['partners', 'scholarship', 'deadline'],
  },
  () => ['headline', 'the', 'guide'],
);

describe('ChatForms', () => {
  it('expands whole shorthand words, whatever their case, and leaves the rest alone', () => {
    expect(forms.read('any Unis w/o language req?')).toBe(
      'any universities without language requirement?',
    );
    expect(forms.read('can u help')).toBe('can you help');
    // Inside a longer word, shorthand is not shorthand.
    expect(forms.read('unison requests')).toBe('unison requests');
  });

  it('reads a slip of one letter in a long word as the word, unless the knowledge uses it', () => {
    expect(forms.read('partnrs in germany')).toBe('partners in germany');
    expect(forms.read('scholarhsip amount')).toBe('scholarship amount');
    expect(forms.read('the headline says')).toBe('the headline says');
    // Short words are too easily another word.
    expect(forms.read('form')).toBe('form');
  });

  it('leaves Japanese text as it is', () => {
    expect(forms.read('交換留学の締切は？ u')).toBe('交換留学の締切は？ you');
  });
});

describe('oneSlipApart', () => {
  it.each([
    ['partnrs', 'partners', true],
    ['parnters', 'partners', true],
    ['partnerss', 'partners', true],
    ['partmers', 'partners', true],
    ['patterns', 'partners', false],
    ['partners', 'partners', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(oneSlipApart(a, b)).toBe(expected);
  });
});

describe('chat shorthand from the lexicon, read before anything else', () => {
  it('"how many ppl can go" asks for the places, not for something called ppl', () => {
    const part = testInterpreter().interpret(
      'whats bochums deadline and how many ppl can go',
    ).parts;
    const fields = part.flatMap((p) => p.query.fields);
    expect(fields).toEqual(expect.arrayContaining(['deadline', 'slots']));
    expect(part.flatMap((p) => p.unheld)).toEqual([]);
  });
});
