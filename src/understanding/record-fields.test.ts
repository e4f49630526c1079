/**
 * What a question about a named partner asks of its record: the notes when it uses their words,
 * who may go when it names a faculty or a level. Phrasings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

const fields = (text: string) => testInterpreter().interpret(text).parts[0]!.query.fields;

describe('the words of a partner’s notes ask for them', () => {
  it.each([
    // ISMANS notes (p.22): 「担当教員の推薦が必要」.
    ['ISMANS: GPA? and do I need a recommendation?', true],
    ['ISMANSって推薦いる？', true],
    ['ISMANSの締切は？', false],
    // A word inside a longer one of the notes (留学生 in 留学生支援室) and what no record
    // holds do not.
    ['タスマニア大学って日本人の留学生どれくらいいるんですか', false],
  ])('%s -> notes %s', (text, notes) => {
    expect(fields(text).includes('notes')).toBe(notes);
  });
});

describe('a faculty or a level asked of a named partner is who may go', () => {
  it.each([
    ['ルマンの学校（ISMANS）って学部生でも行ける？', ['faculty', 'notes']],
    ['can grad students apply to Bochum?', ['faculty', 'notes']],
    ['工学部だけどボーフム大学行ける？', ['faculty', 'notes']],
  ])('%s -> %j', (text, wanted) => {
    expect(fields(text)).toEqual(expect.arrayContaining(wanted));
  });

  it('a plain lookup does not', () => {
    expect(fields('ボーフム大学の締切は？')).not.toContain('faculty');
  });
});

describe('a count asked of a named partner: held by a field, by the record’s words, or by neither', () => {
  const part = (text: string) => testInterpreter().interpret(text).parts[0]!;
  it.each([
    // No field counts credits: said to be missing, not answered with the record card.
    ['how many credits am i supposed to take per semester at uncw?', ['credits'], false],
    ['UNCWで1学期に何単位取ればいいの？', ['単位'], false],
    // Dongguk's notes (p.19): 「履修科目及び単位の上限は18まで」.
    ['東国大学って何単位まで取れる？', [], true],
    ['Dongguk: how many credits can I take?', [], true],
    // Places are a field: the lookup answers.
    ['How many students can go to UNCW?', [], false],
    ['UNCWって何人行ける？', [], false],
    // Words any question uses are not the thing counted: 'Mie students' counts students.
    ['How many Mie students went to Lund last year?', [], false],
    // Students a row takes, with a word before them: the places answer.
    ['how many exchange students can go to Lund?', [], false],
  ])('%s -> unheld %j, notes %s', (text, unheld, notes) => {
    const read = part(text);
    expect(read.unheld).toEqual(unheld);
    expect(read.query.fields.includes('notes')).toBe(notes);
  });
});

describe('a language named of a named partner asks for its language requirement', () => {
  it.each([
    ['サンパウロ大学、ポルトガル語ってどのレベル必要？', true],
    ['does Heidelberg expect German?', true],
    ['ボーフム大学の締切は？', false],
  ])('%s -> language %s', (text, language) => {
    expect(fields(text).includes('language')).toBe(language);
  });
});

describe('the partner’s own size is not the places it gives', () => {
  const part = (text: string) => testInterpreter().interpret(text).parts[0]!;
  it.each([
    ['ルンド大学って学生数どのくらい？', true],
    ['how many students does heidelberg have?', true],
    ['what is the student population at Lund?', true],
    // The places a row gives Mie students are its record.
    ['How many students can go to Lund?', false],
    ['ルンド大学って何人行ける？', false],
  ])('%s -> not held %s', (text, notHeld) => {
    expect(part(text).unheld.length > 0).toBe(notHeld);
  });
});
