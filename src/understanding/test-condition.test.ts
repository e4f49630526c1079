/**
 * A score named as what the rows require, or the student's own. Phrasings written for these
 * tests; the figures are the 2015 partner table's (HSK 4: 廣西, 上海海洋, 内蒙古; HSK 3: 南京工業).
 */
import { describe, expect, it } from 'vitest';
import { testInterpreter, testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { searchPartners } from '../partners/engine.ts';
import { scoreIsCondition } from './test-condition.ts';

describe('a score named as the condition', () => {
  it.each([
    ['HSK4級が条件になってる中国の大学おしえて', true],
    ['CEFRのB1が必要な協定校ってどこ', true],
    ['IELTS 6.5以上求められる大学', true],
    ['which partners require IELTS 6.5?', true],
    ['partners that ask for HSK 4', true],
    ['HSK4級持ってるけど行ける中国の大学は？', false],
    ['IELTS 6.5で応募できる協定校', false],
    ['I have IELTS 6.5, which partners require it?', false],
    ['TOEIC 600 where can i apply', false],
  ])('%s -> %s', (text, condition) => {
    expect(scoreIsCondition(text.toLowerCase(), testInterpreter().vocabulary)).toBe(condition);
  });

  it('lists the rows with that minimum, not every row the score meets', () => {
    const ids = (text: string) => {
      const { query } = testInterpreter().interpret(text).parts[0]!;
      return searchPartners(testKnowledge().partners.partners, query)
        .matches.map((v) => v.partner.id)
        .sort();
    };
    expect(ids('HSK4級が条件になってる中国の大学')).toEqual([
      'guangxi-university',
      'inner-mongolia-university-of-technology',
      'shanghai-ocean-university',
    ]);
    expect(ids('HSK4級で行ける中国の大学')).toContain('nanjing-tech-university');
  });
});
