/** Partners named by part of a name: phrasings written for this test. */
import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

const named = (text: string) => testInterpreter().interpret(text).parts[0]!.query.partnerIds;

describe('a kanji institution name that is part of exactly one partner’s name', () => {
  it.each([
    // 梨花女子大学校 read another way (イファ is the Korean reading of 梨花).
    ['イファ女子大の人数って何人？', ['ewha-womans-university']],
    ['女子大の締切は？', ['ewha-womans-university']],
    ['外国語大学のGPA条件', ['beijing-foreign-studies-university']],
  ])('%s names %j', (text, ids) => {
    expect(named(text)).toEqual(ids);
  });

  it.each([
    // In several names: a kind, not one partner.
    '農業大学の締切は？',
    '師範大学って語学条件ある？',
    // Not an institution's name, or not a partner's.
    '生物資源学研究科の学生が行ける協定校',
    '北京大学の締切は？',
    '三重大学の締切は？',
  ])('%s names no partner', (text) => {
    expect(named(text)).toEqual([]);
  });
});
