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
