/** The faculty column's codes on the curated records: 工 is the faculty, 工研 its graduate school. */
import { describe, expect, it } from 'vitest';
import { testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { onlyFaculty, onlyLevel, opensTo } from './faculty-codes.ts';

const partner = (id: string) => {
  const found = testKnowledge().partners.partners.find((p) => p.id === id);
  if (!found) throw new Error(`no partner ${id}`);
  return found;
};

describe('faculty codes', () => {
  const tirana = partner('polytechnic-university-of-tirana'); // 工研
  const arts = partner('arts-et-metiers-paristech'); // 工 工研
  const ladkrabang = partner('king-mongkuts-institute-of-technology-ladkrabang'); // 工

  it('opens a row to the faculty at the level its codes give', () => {
    expect(opensTo(tirana, 'engineering', 'graduate')).toBe(true);
    expect(opensTo(tirana, 'engineering', 'undergraduate')).toBe(false);
    expect(opensTo(arts, 'engineering', 'undergraduate')).toBe(true);
    // A column naming no graduate school says nothing about levels.
    expect(opensTo(ladkrabang, 'engineering', 'graduate')).toBe(true);
    expect(opensTo(tirana, 'humanities', null)).toBe(false);
  });

  it('only the faculty, and only the level', () => {
    expect(onlyFaculty(arts, 'engineering')).toBe(true);
    // 浙江大学 and 温州大学 share the printed cell 「工 工研 生研 生」; each row has its own reading.
    const zhejiang = partner('zhejiang-university-college-of-science');
    const wenzhou = partner('wenzhou-university-college-of-life-and-environmental-science');
    expect(onlyFaculty(zhejiang, 'engineering')).toBe(true);
    expect(onlyFaculty(wenzhou, 'bioresources')).toBe(true);
    expect(opensTo(wenzhou, 'engineering', null)).toBe(false);
    expect(opensTo(zhejiang, 'bioresources', null)).toBe(false);
    expect(opensTo(wenzhou, 'bioresources', 'graduate')).toBe(true);
    expect(onlyLevel(tirana, 'graduate')).toBe(true);
    expect(onlyLevel(arts, 'graduate')).toBe(false);
    expect(onlyLevel(ladkrabang, 'graduate')).toBe(false);
  });
});
