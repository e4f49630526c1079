/** What a guide passage must fit, read from the question: asked kinds of value and named tests. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../knowledge/load.ts';
import { Interpreter } from '../../understanding/interpret.ts';
import { answerFit } from './knowledge-fit.ts';

let interpreter: Interpreter;
beforeAll(() => {
  const { knowledge, problems } = loadKnowledge('knowledge');
  if (!knowledge) throw new Error(problems.map((p) => p.message).join('\n'));
  interpreter = new Interpreter(knowledge);
});
const fitFor = (question: string) =>
  answerFit(interpreter.interpret(question).parts[0]!, interpreter.vocabulary);

describe('answerFit', () => {
  it('a country a guide question names must be named by the paragraph that answers it', () => {
    const { names } = fitFor('is there a summer english program in malaysia?');
    const named = (text: string) => names.every((name) => name(text));
    expect(named('Language training is held at University College TATI in Malaysia.')).toBe(true);
    expect(named('Language training is held in spring and summer.')).toBe(false);
  });

  it('a date is not the guide’s edition or as-of year, nor days counted before something', () => {
    const { carries } = fitFor('TOEFLっていつ受けられる？');
    expect(
      carries!(
        '「交換留学のすすめ」（2015年度版）掲載の受験料は受験日の7日前までの申込みで230USドルです。',
      ),
    ).toBe(false);
    expect(carries!('2015年時点の情報なので、最新の情報を確認してください。')).toBe(false);
    expect(carries!('独検は春と秋の年2回、秋は12月に行われます。')).toBe(true);
    const english = fitFor('when can i take the toefl?').carries!;
    expect(english('This is 2015 information, so check the latest (2015 edition).')).toBe(false);
    expect(english('The centre was founded in 2007.')).toBe(true);
  });

  it('a name counts only when the question does not already say it, and it is a proper name', () => {
    const { carries } = fitFor('Which Russian universities does the Tohoku project work with?');
    expect(carries!('Tohoku University runs the project.')).toBe(false);
    expect(carries!('It is run by another university and its partners.')).toBe(false);
    expect(carries!('It is run with Moscow State University.')).toBe(true);
  });

  it('reads katakana university names in Japanese', () => {
    const { carries } = fitFor('夏の語学研修ってどこの大学に行くの？');
    expect(carries!('前期はモナシュ大学（オーストラリア）で行います。')).toBe(true);
    expect(carries!('三重大学の学生が対象です。')).toBe(false);
  });

  it('organisations are asked apart from universities', () => {
    const { carries } = fitFor('Which centres were merged into the new institute?');
    expect(carries!('It integrated the Center for International Exchange.')).toBe(true);
    expect(carries!('It is a new institute of the university.')).toBe(false);
    const universities = fitFor('どこの大学で研修がある？').carries!;
    expect(universities('正式名称は Center for International Education です。')).toBe(false);
  });

  it('which test to take for a country: the paragraph must name that country (its language)', () => {
    const { names } = fitFor('ドイツに行くなら何の試験受ければいい？');
    const named = (text: string) => names.every((name) => name(text));
    expect(named('ドイツ語技能検定試験（独検）は春と秋の年2回行われます。')).toBe(true);
    expect(named('ベトナム語については、検定試験はありません。')).toBe(false);
    // A question for the partner table names no place a guide paragraph must.
    expect(fitFor('ドイツの協定校の締切は？').names).toHaveLength(0);
  });

  it('a price, an address or a clock time is told by its form; a date is not', () => {
    expect(fitFor('留学中って毎月いくらくらいかかるの？').distinctive).toBe(true);
    expect(fitFor("what's the office's email address?").distinctive).toBe(true);
    expect(fitFor('帰国後の報告書はいつまで？').distinctive).toBe(false);
    expect(fitFor('What is the Tri-U seminar?').distinctive).toBe(false);
  });

  it('a figure the student states asks for the passage with a figure in the same unit', () => {
    const { carries } = fitFor(
      '留学先の単位って30単位までしか認定されないって先輩に言われたけど本当？',
    );
    expect(carries!('他の大学で履修した授業の単位を60単位まで認めています。')).toBe(true);
    expect(carries!('単位として認められない場合があります。')).toBe(false);
    const en = fitFor('i heard only 30 credits from abroad count, true?').carries!;
    expect(en('Mie University recognises up to 60 credits.')).toBe(true);
  });

  it('asks for a date when the question asks when', () => {
    const { carries } = fitFor('センターっていつできたの？');
    expect(carries!('2005年10月1日に設立されました。')).toBe(true);
    expect(carries!('留学生の支援を行っています。')).toBe(false);
  });

  it('a deadline asks for a date, and a time told by an event gives one', () => {
    const { carries } = fitFor('奨学金の締切は？');
    expect(carries!('奨学金の申請は、交換留学生の出願時に申し出ます。')).toBe(true);
    expect(carries!('その他の奨学金情報は次のサイトで調べられます。')).toBe(false);
    const english = fitFor('when is the report due?').carries!;
    expect(english('Submit your report within two weeks of returning.')).toBe(true);
    expect(english('Reports are read by the office.')).toBe(false);
  });

  it('a named test must be named by the passage too; iBT is still TOEFL', () => {
    const { names } = fitFor('TOEFL iBTの日程を変えるといくらかかる？');
    expect(names).toHaveLength(1);
    expect(names[0]!('TOEFLのテスト日の変更：60USドル')).toBe(true);
    expect(names[0]!('TOEICスコアの再発行は1,500円')).toBe(false);
    expect(fitFor('留学のメリットは？')).toEqual({ carries: null, names: [], distinctive: false });
  });
});
