/** Tests and languages the student goes without. Phrasings written for these tests. */
import { describe, expect, it } from 'vitest';
import { testInterpreter, testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { searchPartners } from '../partners/engine.ts';

const query = (text: string) => testInterpreter().interpret(text).parts[0]!.query;

describe('a test or language named with a negation', () => {
  it.each([
    ['IELTSなしで行けるヨーロッパの大学', ['IELTS'], []],
    ['IELTS持ってないけどアジアで行けるとこ', ['IELTS'], []],
    [
      "I don't have TOEFL, which partners are in Europe?",
      ['TOEFL_IBT', 'TOEFL_PBT', 'TOEFL_ITP'],
      [],
    ],
    ['partners in asia without IELTS', ['IELTS'], []],
    ['中国語できなくても中国の協定校行ける？', [], ['chinese']],
    ['韓国語いらない韓国の大学ある？', [], ['korean']],
    ["I can't speak German, any partner in Germany?", [], ['german']],
    // Not needing it: the rows that do not ask for it.
    ['which partners in germany dont need german', [], ['german']],
    ["partners that don't require english?", [], ['english']],
    ['ドイツ語が必要ないドイツの大学ある？', [], ['german']],
    ['英語力を求められない協定校ってどこ？', [], ['english']],
    // Not stated in the row.
    ['フランスの協定校でフランス語の条件が書かれていないところ', [], ['french']],
    ['韓国語の指定がされてない韓国の大学ある？', [], ['korean']],
    // Its condition named none, and two names sharing one negation.
    ['中国の大学でHSKとか中国語の条件なしで行けるとこ', ['HSK'], ['chinese']],
    ['chinese partners with no HSK or chinese requirement', ['HSK'], ['chinese']],
    // Named as taken, or as a requirement: not a negation.
    ['IELTS 6.0で行けるヨーロッパの大学', [], []],
    ['中国語が必要な協定校', [], []],
  ])('%s -> tests %j, languages %j', (text, tests, languages) => {
    const q = query(text);
    expect([...q.withoutTests].sort()).toEqual([...tests].sort());
    expect(q.withoutLanguages).toEqual(languages);
  });

  it('a test the student lacks is not the test they took', () => {
    expect(query('IELTSなしで行ける大学').test).toBeNull();
    expect(query('TOEFL 80, no IELTS, where can I go?').test).toMatchObject({
      test: 'TOEFL_IBT',
      score: 80,
    });
  });
});

describe('going without a language', () => {
  it('keeps a country named apart from the language', () => {
    expect(query('中国の大学でHSKとか中国語の条件なしで行けるとこ').countries).toEqual(['CN']);
    expect(query('partners that need vietnamese language ability').countries).toEqual([]);
  });

  it('never lists a row whose requirement the table does not show plainly', () => {
    // p.20: the Yanbian/Anhui/Yunnan rows share one requirement cell that names HSK 6.
    const { matches } = searchPartners(
      testKnowledge().partners.partners,
      query('中国の大学で中国語の条件なしで行けるとこ'),
    );
    const ids = matches.map((v) => v.partner.id);
    expect(ids).toContain('jiangsu-university');
    expect(ids).not.toContain('yunnan-university');
  });
});

describe('a level whose row names no language counts for the one the office reads it as', () => {
  // Leipzig (p.22): 「ヨーロッパ言語共通参照枠のB1レベルが必要」, no language named (most likely German).
  const ids = (text: string) =>
    searchPartners(testKnowledge().partners.partners, query(text)).matches.map((v) => v.partner.id);
  it('is listed as asking for German, and never as open without it', () => {
    expect(ids('Which partners need German?')).toContain('leipzig-university');
    expect(ids('which partners in germany dont need german')).not.toContain('leipzig-university');
    expect(ids('which partners in germany dont need german').sort()).toEqual([
      'heidelberg-university',
      'ruhr-university-bochum',
    ]);
  });
});
