import { describe, expect, it } from 'vitest';
import { bodyBudget, cutToBudget, fitReply, fitsBudget, REPLY_BUDGET } from './reply-budget.ts';
import { packPartnerBrief, shortenLine } from './partner-brief.ts';

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
  it('shortens long reasons before it hides a matching partner (a misprint note made the first message list none)', () => {
    const misprint =
      '1. Foreign Trade University (Vietnam) — TOEFL iBT 6.5 or above (your TOEFL iBT 85 meets it) ' +
      '(the table says "TOEL ibt 6.5", but TOEFL iBT is scored 0-120, so this figure is a misprint; ' +
      'the Study Abroad Support Office can tell you the real requirement)';
    const brief = {
      headline: '3 partners accepting TOEFL iBT 85 in the partner table (as of 2015/11):',
      lines: [
        misprint,
        '2. University of North Carolina Wilmington (United States) — TOEFL iBT 71 or above (your TOEFL iBT 85 meets it)',
        '3. Universitat Politècnica de València (Spain) — TOEFL iBT 80 or above (your TOEFL iBT 85 meets it)',
      ],
      groups: ['24 more partners state a requirement in another test or in words'],
    };
    const budget = { chars: 420, lines: 8 };
    const text = packPartnerBrief(brief, budget, 'en');
    expect(fitsBudget(text, budget)).toBe(true);
    expect(text).toContain('1. Foreign Trade University (Vietnam) — TOEFL iBT 6.5 or above');
    expect(text).toContain('2. University of North Carolina Wilmington');
    expect(text).toContain('3. Universitat Politècnica de València');
    expect(text).not.toContain('more in the full list');
    // Lines that fit whole are left whole.
    const roomy = packPartnerBrief(brief, { chars: 800, lines: 12 }, 'en');
    expect(roomy).toContain('the real requirement)');
  });

  it('cuts a line at a clause break in its second half, never inside the name, and marks it', () => {
    const line =
      '1. 延辺大学（中国）— 語学: 一覧では、延辺大学・安徽農業大学・雲南大学の3校の行の後に語学要件がまとめて書かれていて、3校のどの大学の要件かは分かりません。';
    const cut = shortenLine(line, 50, '…');
    expect([...cut].length).toBeLessThanOrEqual(50);
    expect(cut.startsWith('1. 延辺大学（中国）— 語学: 一覧では')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(shortenLine('1. Short line', 50, '…')).toBe('1. Short line');
    const noBreak = 'x'.repeat(80);
    expect(shortenLine(noBreak, 20, '…')).toBe(`${'x'.repeat(19)}…`);
  });
});
