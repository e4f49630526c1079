import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';
import type { PartnerQuery } from '../partners/query.ts';

/** A condition asked either way round: rows that state none, rows that state one. */
const query = (text: string) => testInterpreter().interpret(text).parts[0]!.query;

describe('whether a row states a condition', () => {
  it.each<[string, Partial<PartnerQuery>]>([
    [
      'ドイツで語学の条件が書かれてない大学ってある？',
      { noLanguageRequirement: true, countries: ['DE'] },
    ],
    ['英語の要件が特にない協定校', { noLanguageRequirement: true }],
    ['partners where the language requirement is not listed', { noLanguageRequirement: true }],
    [
      'partners that list a language requirement in Thailand',
      { languageStated: true, countries: ['TH'] },
    ],
    ['語学の基準が載ってる中国の大学', { languageStated: true, countries: ['CN'] }],
    ['韓国でGPAの要件の記載がない大学', { noGpaRequirement: true, gpaStated: false }],
    ['any partners in asia without a gpa requirement?', { noGpaRequirement: true }],
    ['GPAの基準が明記されてる協定校は？', { gpaStated: true, noGpaRequirement: false }],
    ['学年の制限に引っかからない協定校を知りたい', { noYearCondition: true, yearCondition: false }],
    ['european schools where no year-of-study requirement is listed', { noYearCondition: true }],
    ['学年の条件がある協定校は？', { yearCondition: true, noYearCondition: false }],
    // Two conditions sharing one condition word.
    ['韓国で語学もGPAも条件なしのとこ', { noLanguageRequirement: true, noGpaRequirement: true }],
    ['語学とGPAの条件がある大学', { languageStated: true, gpaStated: true }],
    [
      'partners with no language or GPA requirements',
      { noLanguageRequirement: true, noGpaRequirement: true },
    ],
    ['partners with a GPA requirement of 3.0', { requiredGpaMin: 3, requiredGpaMax: 3, gpa: null }],
  ])('%s', (text, expected) => {
    expect(query(text)).toMatchObject(expected);
  });

  it('a student who gives their year gets the rows that year can reach, not only rows with no condition', () => {
    expect(query('1年生だけど学年の条件に引っかからないヨーロッパの大学は？')).toMatchObject({
      studentYear: 1,
      noYearCondition: false,
      yearCondition: false,
    });
  });

  it('a score the student gives is read by the test filter, not as "no requirement"', () => {
    expect(query('TOEFL iBT 70で語学の条件に引っかからないとこ')).toMatchObject({
      test: { test: 'TOEFL_IBT', score: 70 },
      noLanguageRequirement: false,
    });
  });

  it.each(['ルンドの語学の条件ってある？', 'What is the language requirement for Bochum?'])(
    '%s asks of a named partner, not for a filtered list',
    (text) => {
      expect(query(text)).toMatchObject({ languageStated: false, noLanguageRequirement: false });
    },
  );
});
