/**
 * Whom a partner question is about: a faculty, a level, and "only" where it is attached to them;
 * both levels named together; rows open to every faculty. Phrasings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

const query = (text: string) => testInterpreter().interpret(text).parts[0]!.query;

describe('"only" for a level, and for whom a row is open', () => {
  it.each([
    ['partners only open to students of the graduate school of engineering', true, true],
    ['大学院生限定の協定校ってある？', false, true],
    ['院生しか行けない協定校ってどこ？', false, true],
    // The level limited apart from the faculty named: 「工学系の」 rows open to graduates only.
    ['修士です。院生しか行けない工学系の協定校は？', false, true],
    ['工学部限定の協定校で大学院生も行けるところ', true, false],
    ['graduate students: which partners accept IELTS 6? only asking about Europe', false, false],
    // "Only" before a faculty named at a level limits the pair.
    ['教育学研究科の院生しか行けない協定校はある？', true, true],
    ['only for engineering grad students, which partners?', true, true],
    ['教育学研究科の学生だけが行ける協定校', true, true],
    // "Only" must be attached to the faculty: 「しかない」 after a GPA limits the GPA.
    ['人文の2年でGPA2.3しかない…韓国で出せるとこってある？', false, false],
    // A faculty's student (工学部生) names the faculty: "only" limits the faculty, not the level.
    ['工学部生のみの協定校', true, false],
    ['人文学部生限定の協定校ってある？', true, false],
    ['工学部の人しか行けないところ', true, false],
    ['engineering-only partners in europe', true, false],
    ['partners exclusively for engineering', true, false],
    ['ヨーロッパで工学系(工学部・工学研究科)の学生限定の大学', true, false],
  ])('%s -> faculty only %s, level only %s', (text, facultyOnly, levelOnly) => {
    expect(query(text).facultyOnly).toBe(facultyOnly);
    expect(query(text).levelOnly).toBe(levelOnly);
  });
});

describe('both levels named together limit neither', () => {
  it.each([
    ['教育学部や教育学研究科の学生だけが行ける協定校', 'education', null],
    ['undergrads or grad students in engineering only: which partners?', 'engineering', null],
    ['大学院生や学部生が行ける協定校', null, null],
  ])('%s -> faculty %s, level %s', (text, faculty, level) => {
    expect(query(text)).toMatchObject({ faculty, level, levelOnly: false });
  });
});

describe('「限られ」 and 「研究科」', () => {
  it.each([
    ['対象が教育学研究科に限られている協定校', true, true],
    ['院生だけど、工学部限定の協定校ってある？', true, false],
    ['院生だけど、IELTS 6で行ける協定校', false, false],
  ])('%s -> faculty only %s, level only %s', (text, facultyOnly, levelOnly) => {
    expect(query(text).facultyOnly).toBe(facultyOnly);
    expect(query(text).levelOnly).toBe(levelOnly);
  });
});

describe('rows open to every faculty', () => {
  it.each([
    ['全学部OKの協定校ってどこ？', true],
    ['partners open to any faculty in Europe', true],
    // Any "regardless of faculty" construction.
    ['南米の大学で、学部関係なく行けるとこってある？', true],
    ['学部は不問の協定校', true],
    ['partners open no matter your major in europe', true],
    ['工学部の学生が行ける協定校', false],
  ])('%s -> %s', (text, all) => {
    expect(query(text).allFaculties).toBe(all);
  });
});
