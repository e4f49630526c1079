import { describe, expect, it } from 'vitest';
import { bodyBudget, cutToBudget, fitReply, fitsBudget, REPLY_BUDGET } from './reply-budget.ts';
import { packPartnerBrief } from './partner-brief.ts';

const citation = { id: 'x', title: 'Guide', source: 'Study Abroad guide p.3', asOf: '2015-11' };

describe('reply budget', () => {
  it('leaves text that fits alone, and cuts longer text at a sentence, marked', () => {
    expect(fitReply('A short answer.', [citation], 'en', false)).toEqual({
      answer: 'A short answer.',
      more: null,
    });
    const long = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const { answer, more } = fitReply(long, [citation], 'en', false);
    expect(more).toBe(long);
    expect(answer.endsWith('here. …')).toBe(true);
    expect(fitsBudget(answer, bodyBudget([citation], 'en', false))).toBe(true);
  });

  it('counts lines as well as characters', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    const cut = cutToBudget(lines, { chars: 800, lines: 5 }, 'en');
    expect(cut.split('\n')).toHaveLength(5);
    expect(fitsBudget(lines, REPLY_BUDGET)).toBe(false);
  });

  it('never drops a matching partner silently: the ones that do not fit are counted', () => {
    const brief = {
      headline: '40 partners accepting IELTS 6.0:',
      lines: Array.from({ length: 40 }, (_, i) => `${i + 1}. Partner ${i} — IELTS 6.0 or above`),
      groups: ['3 more partners state a requirement in another test'],
    };
    const text = packPartnerBrief(brief, { chars: 500, lines: 8 }, 'en');
    const shown = text.match(/^\d+\. /gm)!.length;
    expect(text).toContain(`…and ${40 - shown} more in the full list`);
    expect(text).toContain('3 more partners state a requirement in another test');
    expect(fitsBudget(text, { chars: 500, lines: 8 })).toBe(true);
  });
});
