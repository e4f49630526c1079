/** Words quoted from the table narrow a list to the rows that say them (2015 table, pp.19-22). */
import { describe, expect, it } from 'vitest';
import { testInterpreter, testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { searchPartners } from './engine.ts';

const ids = (text: string) => {
  const { query } = testInterpreter().interpret(text).parts[0]!;
  return searchPartners(testKnowledge().partners.partners, query)
    .matches.map((v) => v.partner.id)
    .sort();
};

describe('a quote from the table', () => {
  it('keeps the rows whose text says it', () => {
    // p.19: スラナリー工科大学, メジョー大学, モンクット王トンブリ 「英語が堪能であること」; ISMANS (p.22)
    // asks for English in other words.
    expect(ids('条件に「英語が堪能であること」って書いてある大学')).toEqual([
      'king-mongkuts-university-of-technology-thonburi',
      'maejo-university',
      'suranaree-university-of-technology',
    ]);
    // p.20: only 雲南大学's tuition reads 調査中.
    expect(ids('授業料が「調査中」になってる協定校')).toEqual(['yunnan-university']);
    expect(ids("partners that say 'proficient in English'")).not.toContain('ismans-le-mans');
  });

  it('a quote no row says is the student’s own words and filters nothing', () => {
    expect(ids('IELTSで「全項目5.5以上」みたいに最低点がある協定校').length).toBeGreaterThan(3);
  });

  it('an apostrophe inside a word is not a quote', () => {
    const { query } = testInterpreter().interpret(
      "which partners say 'proficient in English', like tohoku's do?",
    ).parts[0]!;
    expect(query.quoted).toEqual(['proficient in english']);
  });
});
