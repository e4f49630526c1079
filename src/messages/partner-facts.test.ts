/** How a partner's GPA minimum reads: as printed, with a note that restates it said whole. */
import { describe, expect, it } from 'vitest';
import { testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { describeGpa, describeLanguage } from './partner-facts.ts';

const partner = (id: string) => testKnowledge().partners.partners.find((p) => p.id === id)!;

describe('describeGpa', () => {
  it('a note restating the minimum is said whole (grade B as well as GPA 3.0)', () => {
    expect(describeGpa(partner('thammasat-university'), 'en')).toBe(
      'GPA 3.0 or above, or grade B or above',
    );
    expect(describeGpa(partner('thammasat-university'), 'ja')).toBe('GPA 3.0以上、または成績B以上');
  });

  it('a minimum per level, without notes, reads as before', () => {
    expect(describeGpa(partner('inner-mongolia-university-of-technology'), 'en')).toBe(
      'undergraduates: GPA 2.8 or above; graduates: GPA 3.0 or above',
    );
  });
});

describe('describeLanguage', () => {
  it('a scored minimum carries the curation’s note: what it stands for, or that it is a misprint', () => {
    // p.22: 「TORFL(Test of Russian as a Foreign Language)482(66%)以上」.
    expect(
      describeLanguage(partner('khabarovsk-state-academy-of-economics-and-law'), 'en'),
    ).toMatch(/^TORFL 482 or above \(.*482 \(66%\)/);
    // p.19: 「TOEFL IBT350以上」 cannot be an iBT score.
    expect(describeLanguage(partner('halu-oleo-university'), 'ja')).toMatch(
      /^TOEFL iBT 350以上（一覧には「TOEFL IBT350以上」とありますが/,
    );
  });

  it('a note that only restates a sub-score is not said twice', () => {
    expect(describeLanguage(partner('university-of-tasmania'), 'ja')).toBe(
      'IELTS 6.0以上（全項目 5.5以上）',
    );
  });
});
