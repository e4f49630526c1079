import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

/** Every section at once: the lowest band the student has in each, wherever its number sits. */
const test = (text: string) => testInterpreter().interpret(text).parts[0]!.query.test;

describe('a score for every section', () => {
  it.each([
    ['IELTS6.5で、各セクションとも6.0以上あります。ヨーロッパで条件を満たすのは？', 6.5, 6],
    ['IELTSは7.0、どの技能も6.5以上です。行けるとこ', 7, 6.5],
    ['IELTS 6.5 overall and every band at least 6.0, which partners?', 6.5, 6],
    ['IELTS6.0、各5.5以上', 6, 5.5],
  ])('%s -> overall %s, every section %s', (text, overall, lowest) => {
    expect(test(text)).toMatchObject({
      test: 'IELTS',
      score: overall,
      subScores: [{ section: 'all', score: lowest }],
    });
  });
});

/** Rows that set a minimum per section, asked as a kind of row; phrasings written for this test. */
const query = (text: string) => testInterpreter().interpret(text).parts[0]!.query;

describe('rows with a minimum per section, asked for', () => {
  it.each([
    ['セクションごとの最低点がある協定校ってどこ？', true],
    ['各技能の基準が決まってる大学ある？', true],
    ['TOEFLのセクション別の条件がある協定校', true],
    ['which partners set a minimum for each band?', true],
    ['partners with sub-score requirements', true],
    ['any uni with band minimums for IELTS?', true],
    // The student's own bands: a score for every section, no condition asked.
    ['IELTS6.5で、各セクションとも6.0以上あります。行けるとこは？', false],
    ['IELTS 6.5 overall and every band at least 6.0, which partners?', false],
    ['ＩＥＬＴＳ６．０（全セクション５．５以上）持ってます。条件を満たす協定校は？', false],
  ])('%s -> %s', (text, asked) => {
    expect(query(text).subScoreStated).toBe(asked);
  });

  it('keeps the own sub-scores and the kind of row apart in one question', () => {
    const q = query('IELTS 6.5 (every band 6.0) — which partners have band minimums I meet?');
    expect(q.subScoreStated).toBe(true);
    expect(q.test).toMatchObject({ test: 'IELTS', score: 6.5 });
  });
});
