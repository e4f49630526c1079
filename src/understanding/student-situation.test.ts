/**
 * The student's own situation read from a partner or guide question: their year of study, a GPA
 * whose number stands apart, a wish to go, and a question that asks more of the one before it.
 * Phrasings written for these tests (not taken from eval sets).
 */
import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

const part = (text: string) => testInterpreter().interpret(text).parts[0]!;
const query = (text: string) => part(text).query;

describe("the student's year of study, and a row's year condition", () => {
  it.each([
    ['1年生でも応募できる協定校は？', 1, false],
    ['学部3年です。行ける協定校ある？', 3, false],
    ["I'm a second-year, where can I go?", 2, false],
    ['can first-year students apply to any partner?', 1, false],
    ['is there a sophomore-friendly partner in Korea', 2, false],
    ['3年次以上の協定校ってどこ？', null, true],
    ['partners with a year of study requirement', null, true],
    ['which ones need 2nd year or above?', null, true],
    // The student's year is context when the rows with a condition are asked for.
    ["I'm a first-year: which partners require two completed years?", null, true],
    // A programme's first year, a stay of a year: not a student's year.
    ['How much is the scholarship in the first year?', null, false],
    ['1年間留学できる協定校は？', null, false],
  ])('%s -> year %s, condition %s', (text, year, condition) => {
    expect(query(text).studentYear).toBe(year);
    expect(query(text).yearCondition).toBe(condition);
  });
});

describe('a GPA whose number stands apart, and a wish to go', () => {
  it.each([
    ['GPA低めでも行けるとこ教えて（2.3くらい）', 2.3],
    ['my gpa is low (like 2.1), where can i go', 2.1],
    // With a test named, a lone decimal may be its score: not read as the GPA.
    ['GPA低いけどIELTS 5.5で行けるとこ', null],
  ])('%s -> GPA %s', (text, gpa) => {
    expect(query(text).gpa).toBe(gpa);
  });

  it.each([
    ['工学部でドイツ行きたいんだけど', 'partners'],
    ['I want to go to Korea, which unis?', 'partners'],
  ])('%s -> %s', (text, topic) => {
    expect(part(text).topic).toBe(topic);
  });
});

describe('a question that asks more of the one before it', () => {
  it('「…って言われたんだけどホント？目安ってある？」 is one guide question, hearsay and its tail left out', () => {
    const reading = testInterpreter().interpret(
      '友達に留学は月20万かかるって言われたんだけどホント？相場ってある？',
    );
    expect(reading.parts).toHaveLength(1);
    expect(reading.parts[0]!.searchText).not.toMatch(/言われ|たんだけど/);
    expect(reading.parts[0]!.statedFigures).toEqual(['20万']);
  });

  it('two questions with topics of their own stay two', () => {
    const reading = testInterpreter().interpret('奨学金はいくら？あと締切はいつ？');
    expect(reading.parts.length).toBe(2);
  });
});

describe('a figure the student states, to be checked', () => {
  it.each([
    ['ielts is like 20,000 yen right?', '20,000 yen', 'amount'],
    ['単位互換って30単位までしか認められないって聞いたけど本当？', '30単位', 'count'],
    ['留学期間って3ヶ月って本当？', '3ヶ月', 'duration'],
  ])('%s: searched by its unit, asking for a value of its kind', (text, figure, kind) => {
    const read = part(text);
    expect(read.statedFigures).toEqual([figure]);
    expect(read.asksFor).toContain(kind);
    // The number is what is checked, not what is searched for.
    expect(read.searchText).not.toContain(figure.match(/^[\d,]+/)![0]);
  });
});

describe('the lowest or highest of a field, asked for', () => {
  it.each([
    ['GPAの条件が一番低い協定校は？', { field: 'gpa', order: 'low' }],
    ['一番GPAの条件がゆるい大学どこ？', { field: 'gpa', order: 'low' }],
    ['タイで一番締切が遅いとこ', { field: 'deadline', order: 'high' }],
    ['人数が一番多いのは？', { field: 'slots', order: 'high' }],
    ['which partner has the most places?', { field: 'slots', order: 'high' }],
    ["what's the lowest gpa requirement in europe?", { field: 'gpa', order: 'low' }],
    ['earliest deadline among the korean partners?', { field: 'deadline', order: 'low' }],
    // A superlative of something else, or none: no extreme.
    ['一番おすすめの協定校は？', null],
    ['GPA3.0以上の協定校', null],
  ])('%s -> %j', (text, extreme) => {
    expect(query(text).extreme).toEqual(extreme);
  });
});
