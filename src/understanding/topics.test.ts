/**
 * What makes a message about exchange at all, in either language: each concept's words on both
 * sides (海外 as well as "overseas"). Phrasings written for these tests, not taken from eval sets.
 */
import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

const topic = (text: string) => testInterpreter().interpret(text).parts[0]!.topic;

/** Each message read as the topic beside it. */
const topicsAre = (cases: [string, string][]) =>
  it.each(cases)('%s -> %s', (text, expected) => {
    expect(topic(text)).toBe(expected);
  });

describe('the same concept makes a guide question in both languages', () => {
  topicsAre([
    ['海外に行く前にやっておく手続きは？', 'guide'],
    ['What paperwork do I need before going overseas?', 'guide'],
    ['派遣が決まったら次は何をする？', 'guide'],
    ['授業料ってどうなるの？', 'guide'],
    ['what happens to my tuition?', 'guide'],
    ['how does the internal selection work?', 'guide'],
    ['学内選考ってどうやるの？', 'guide'],
    ['Where is the support office?', 'guide'],
    ['支援室ってどこ？', 'guide'],
    // Everyday matters stay outside, in both languages.
    ['近くのおすすめのラーメン屋は？', 'other'],
    ['Any good ramen near campus?', 'other'],
  ]);
});

describe('a campus facility and when it is open is a campus matter, not the office’s hours', () => {
  topicsAre([
    ['is the cafeteria open on saturdays', 'campus'],
    ['what hours is the library open during the break?', 'campus'],
    ['図書館って土曜も開いてる？', 'campus'],
    ['生協って何時まで？', 'campus'],
    // Coursework of a class at Mie, not the exchange report.
    ['来週の統計学のレポートの締切っていつだっけ？', 'campus'],
    ['when is the essay for my economics class due?', 'campus'],
  ]);

  it('the exchange report is not coursework', () => {
    expect(topic('留学のレポートっていつまでに出す？')).toBe('guide');
    expect(topic('帰国後の報告書の締切は？')).toBe('guide');
  });

  it('the support office’s own hours are not', () => {
    expect(topic('留学生支援室って土曜も開いてる？')).not.toBe('campus');
    expect(topic('what time does the study abroad office close?')).not.toBe('campus');
  });
});

describe('a kind of agreement is the guide’s to explain', () => {
  topicsAre([
    [
      "at a general exchange agreement school i don't pay tuition to the host uni either, right?",
      'guide',
    ],
    ['学部間交流協定の大学でも授業料は不徴収？', 'guide'],
    ['授業料不徴収のタイの協定校', 'partners'],
  ]);
});

describe('which test to take is the guide’s advice, whatever country it is for', () => {
  topicsAre([
    ['ドイツに行くなら何の試験受ければいい？', 'guide'],
    ['台湾に留学したいけど中国語の試験ってどれ受けとけばいい？', 'guide'],
    ['which test should I take if I want to go to Australia?', 'guide'],
    // The rows and their requirements are the table's.
    ['台湾の協定校の語学要件は？', 'partners'],
    ['HSK4級で行ける中国の協定校', 'partners'],
  ]);
});

describe('a test named for its fee, venue or registration is asked of the test, not the partners', () => {
  topicsAre([
    ['TOEFLの受験料、大学が負担してくれたりする？', 'guide'],
    ['will the university reimburse my ielts fee?', 'guide'],
    ['IELTSって三重県で受けられる場所ある？', 'guide'],
    ['where can I sit the TOEFL around Tsu?', 'guide'],
    ['TOEFLの申し込みってどうやるの？大学経由？', 'guide'],
    ['is my university TOEIC score report still valid?', 'guide'],
  ]);

  it('a score, a record field or a fee at the partner keeps it a partner question', () => {
    expect(topic('TOEFL iBT 80で行ける大学の受験料は？')).toBe('partners');
    expect(topic('IELTSが必要な大学の締切と費用は？')).toBe('partners');
    expect(topic('IELTS必要な大学って授業料払う？')).toBe('partners');
    expect(topic('which universities require IELTS?')).toBe('partners');
  });
});

describe('a short programme abroad is the guide’s programmes, whatever country it names', () => {
  topicsAre([
    ['is there a summer english program in malaysia?', 'guide'],
    ['春休みの短期研修ってある？', 'guide'],
    ['any short-term courses in new zealand?', 'guide'],
  ]);
});

describe('any "…先" of going on exchange names a destination', () => {
  topicsAre([
    ['韓国の交換先ってどこ？', 'partners'],
    ['オセアニアの受け入れ先ある？', 'partners'],
    ['スペインの行き先候補おしえて', 'partners'],
  ]);
});

describe('leaving and coming back, in English as in Japanese (帰国, 出発)', () => {
  topicsAre([
    ['when is the return report due?', 'guide'],
    ['what do I have to hand in after I come back?', 'guide'],
    ['anything to do before I leave?', 'guide'],
  ]);

  it('two guide questions in one message stay two', () => {
    const parts = testInterpreter().interpret(
      'How much is the scholarship? And when is the report due after I return?',
    ).parts;
    expect(parts).toHaveLength(2);
  });
});
