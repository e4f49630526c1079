/** How a partner's GPA minimum reads: as printed, with a note that restates it said whole. */
import { describe, expect, it } from 'vitest';
import { testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { describeGpa } from './partner-facts.ts';

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
