/** Tests and languages the student goes without. Phrasings written for these tests. */
import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

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
