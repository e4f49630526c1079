/** Partners named in a question: by name, alias, near spelling, or part of a name. Phrasings written for these tests. */
import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

const named = (text: string) => testInterpreter().interpret(text).parts[0]!.query.partnerIds;
const first = (text: string) => testInterpreter().interpret(text).parts[0]!;

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

describe('partners named', () => {
  it.each([
    ['What does Lund require?', 'lund-university'],
    ['ルンド大学の要件は？', 'lund-university'],
    ['ルンドの締切', 'lund-university'],
    ['Heidleberg deadline?', 'heidelberg-university'],
    ['ハイデルの人数って何人？', 'heidelberg-university'],
    ['ハイデルベルグ大学の締切', 'heidelberg-university'],
    ['Tasmanya IELTS requirement', 'university-of-tasmania'],
    ['タスマニアのGPA条件', 'university-of-tasmania'],
    ['Hobart partner deadline', 'university-of-tasmania'],
    ['UCLan places?', 'university-of-central-lancashire'],
    ['Preston partner requirement', 'university-of-central-lancashire'],
    ['チェンマイ大って締切いつ？', 'chiang-mai-university'],
    ['Chiang Mia GPA?', 'chiang-mai-university'],
    ['釜慶の締切と人数', 'pukyong-national-university'],
    ['UNCW TOEFL score needed', 'university-of-north-carolina-wilmington'],
    ['ボーフム大学の授業料', 'ruhr-university-bochum'],
    ['Erlangen language requirement', 'university-of-erlangen-nuremberg'],
    ['Khabarovsk deadline', 'khabarovsk-state-academy-of-economics-and-law'],
  ])('%s names %s', (text, id) => {
    expect(first(text).query.partnerIds).toContain(id);
  });

  it.each([
    ['Any partners in Peru or Fiji?'],
    ['北京大学に行くにはHSK何級必要？'],
    ['モンゴルの協定校は？'],
    ['What scholarships are there?'],
    ['タイトルに「留学」って入ってる資料ある？'],
  ])('%s names no partner', (text) => {
    expect(first(text).query.partnerIds).toEqual([]);
  });
});
