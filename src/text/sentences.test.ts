import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences.ts';

describe('sentencesOf', () => {
  it('splits after 。！？ and a full stop before a new sentence, and at each line', () => {
    expect(sentencesOf('奨学金は15万円です。対象は1学期以上の学生です。')).toEqual([
      '奨学金は15万円です。',
      '対象は1学期以上の学生です。',
    ]);
    expect(sentencesOf('It pays 150,000 yen. Up to 20 students get it.\n- Apply early')).toEqual([
      'It pays 150,000 yen.',
      'Up to 20 students get it.',
      '- Apply early',
    ]);
    // A decimal and "e.g. the office" stay whole.
    expect(sentencesOf('GPA 2.5 or above, e.g. the office can tell you.')).toHaveLength(1);
  });
});
