/**
 * A decision's wording asked as a rule ("how many credits can be recognised?") is answered from
 * the guide; asked about one's own case it goes to staff. Phrasings written for these tests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { Interpreter } from './interpret.ts';

let interpreter: Interpreter;
beforeAll(() => {
  const { knowledge, problems } = loadKnowledge('knowledge');
  if (!knowledge) throw new Error(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  interpreter = new Interpreter(knowledge);
});
const handover = (text: string) => interpreter.interpret(text).handover;

describe('a rule asked, or a case', () => {
  it.each([
    ['留学先の単位って最大で何単位まで認めてもらえるんですか', null],
    ['how many credits from a partner can be recognised at most?', null],
    ['自分の単位は何単位まで認めてもらえますか', 'credit_transfer'],
    ['I earned 24 credits in Lund. How many will count for me?', 'credit_transfer'],
    ['カナダで18単位取ったんですけど、何単位認めてもらえますか', 'credit_transfer'],
    ['will my credits from Heidelberg be recognised?', 'credit_transfer'],
    // The rule's own bound asked, whoever's degree it is toward.
    ['is there a limit on how many transferred credits count toward my degree?', null],
    ['自分の学部でも、留学先の単位の上限ってあるんですか', null],
  ])('%s -> %s', (text, need) => {
    expect(handover(text)).toBe(need);
  });
});

describe('hearsay is not one’s own case', () => {
  it.each([
    ['I heard credits from abroad can count toward graduation, is that true?', null],
    ['留学先の単位も卒業に認められるって聞いたんですけど本当？', null],
    [
      'I want my credits from abroad to count toward graduation, can you approve it?',
      'credit_transfer',
    ],
    // A reported limit the student doubts is checked against the guide; a report the student
    // believes, followed by a request of their own, is still their case.
    ['交換留学の単位は30単位までしか認めてもらえないって先生に言われたけどマジ？', null],
    ['i heard they only approve my credits up to 30, is that true?', null],
    ['締切過ぎたって聞いたんだけど、まだ出せますか', 'late_application'],
    ['先輩にそう聞いたんですけど、私の単位を認めてもらえますか', 'credit_transfer'],
    // Read in a document, not only heard from someone.
    ['単位は30単位まで認められるってサイトに載ってたけど本当？', null],
  ])('%s -> %s', (text, need) => {
    expect(handover(text)).toBe(need);
  });
});

describe('an overall score named as such', () => {
  it.each([
    ['IELTS overall 6.5, writing 6. where can I go?', 6.5],
    ['TOEFL総合で72、リーディング20です。行ける協定校は？', 72],
    ['my TOEIC total is 600, which partners?', 600],
  ])('%s -> %s', (text, score) => {
    expect(interpreter.interpret(text).parts[0]!.query.test?.score).toBe(score);
  });
});

describe('two questions about one partner are one lookup', () => {
  it.each([
    ['タマサートのGPA条件って3.0？成績Bとかでもいいの？'],
    ["Lund's GPA is 3.0, right? and what about the deadline?"],
  ])('%s -> one part', (text) => {
    expect(interpreter.interpret(text).parts).toHaveLength(1);
  });
});

describe('a later part that asks only for fields of the list just asked for', () => {
  it.each([
    ['マレーシアの協定校は？あと締切も', ['deadline']],
    ['タイで工学部だけが対象のとこある？あと、そこの締切も知りたいです。', ['deadline']],
    ['partners in peru? and their deadlines and places', ['deadline', 'slots']],
  ])('%s -> one list with %j', (text, fields) => {
    const { parts } = interpreter.interpret(text);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.query.fields).toEqual(expect.arrayContaining(fields));
  });

  it('a question of its own after a list stays its own part', () => {
    expect(interpreter.interpret('ドイツの協定校は？あと奨学金っていくら？').parts).toHaveLength(2);
  });
});

describe('which staff a request goes to, if any', () => {
  it.each([
    // a stay extended, or a deadline
    // an application already made, changed: the casual past and the polite one
    ['ソウルの大学に後期だけで出しちゃったんだけど、やっぱ1年間に延ばせる？', 'application_change'],
    ['ボーフムに前期で申請済みなんですが、後期も続けて1年にできますか', 'application_change'],
    [
      'ライプツィヒに出してたんですけど、1年に延長して前期からにしてもらえますか？',
      'application_change',
    ],
    // the deadline itself extended
    ['締切を延長してもらえませんか、書類が間に合いません', 'late_application'],
    ['推薦書がまだ届かないので、提出を少し待ってもらえますか', 'late_application'],
    // the last answer missed, said in words
    ["hmm that didn't really answer my question", 'not_helpful'],
    ["that's not what I was asking", 'not_helpful'],
    ['うーん、答えになってないです', 'not_helpful'],
    ['それ全然参考にならなかった', 'not_helpful'],
    ['聞いてるのはそういうことじゃなくて', 'not_helpful'],
    ['役に立つ情報ある？', null],
    ['is the scholarship helpful for living costs?', null],
    // a rule asked beside another general question
    ['交換留学しても4年で卒業できる？単位はどのくらい認めてもらえるの？', null],
    ['Can people still graduate in four years? And how many credits can be recognised?', null],
    ['僕の場合、4年で卒業できますか？単位は何単位認めてもらえますか', 'credit_transfer'],
    // an action asked on a matter with its own staff
    ['can you start the leave of absence paperwork for me', 'leave_of_absence'],
    ['休学の手続きを進めてください', 'leave_of_absence'],
    ['could you take care of the course registration forms for me', 'office_action'],
    ['成績証明書の発行をお願いします', 'office_action'],
    ['can you process my application for Lund?', 'office_action'],
    ['how do I start the application process?', null],
  ])('%s -> %s', (text, need) => {
    expect(handover(text)).toBe(need);
  });
});

describe('where the student read or heard it is not searched for', () => {
  it.each([
    ['奨学金は20万円ってガイドに書いてあったよね？', 'ガイド'],
    ['報告書は1か月以内ってホームページで見たけど合ってる？', 'ホームページ'],
  ])('%s leaves out %s', (text, source) => {
    const part = interpreter.interpret(text).parts[0]!;
    expect(part.searchText).not.toContain(source);
  });
});
