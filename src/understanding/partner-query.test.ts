import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import type { PartnerQuery } from '../partners/query.ts';
import { Interpreter } from './interpret.ts';

/** The partner query the interpretation hands the engine, for one-question messages. */
const interpreter = new Interpreter(loadKnowledge('knowledge').knowledge!);
const parser = { parse: (question: string) => interpreter.interpret(question).parts[0]!.query };

type Expectation = Partial<PartnerQuery>;
const CASES: [string, Expectation][] = [
  // tests and scores, English
  ['Which partners accept TOEIC 450?', { test: { test: 'TOEIC', score: 450 } }],
  ['toeic 600 partners', { test: { test: 'TOEIC', score: 600 } }],
  ['I have a TOEIC score of 730, where can I go?', { test: { test: 'TOEIC', score: 730 } }],
  ['Where can I go with TOEFL iBT 80?', { test: { test: 'TOEFL_IBT', score: 80 } }],
  ['TOEFL-iBT 71 universities', { test: { test: 'TOEFL_IBT', score: 71 } }],
  ['My TOEFL is 85', { test: { test: 'TOEFL_IBT', score: 85 } }],
  ['TOEFL PBT 550 partners?', { test: { test: 'TOEFL_PBT', score: 550 } }],
  ['TOEFL ITP 500 where can I apply', { test: { test: 'TOEFL_ITP', score: 500 } }],
  ['I got 530 on the TOEFL', { test: { test: 'TOEFL_PBT', score: 530 } }],
  [
    'European partners that take IELTS 6.0',
    { test: { test: 'IELTS', score: 6 }, regions: ['europe'] },
  ],
  ['ielts 5.5 asia', { test: { test: 'IELTS', score: 5.5 }, regions: ['asia'] }],
  ['Partners in China with HSK 4', { test: { test: 'HSK', score: 4 }, countries: ['CN'] }],
  ['HSK level 3 universities', { test: { test: 'HSK', score: 3 } }],
  ['Which schools want IELTS?', { test: { test: 'IELTS', score: null } }],
  // tests and scores, Japanese
  ['TOEIC450点で応募できる協定校は？', { test: { test: 'TOEIC', score: 450 } }],
  ['ＴＯＥＩＣ４５０で行ける協定校は？', { test: { test: 'TOEIC', score: 450 } }],
  ['トーイック500点で行ける大学', { test: { test: 'TOEIC', score: 500 } }],
  ['TOEICのスコアが600点です。どこに行けますか', { test: { test: 'TOEIC', score: 600 } }],
  ['TOEFL iBT80点で行ける大学は？', { test: { test: 'TOEFL_IBT', score: 80 } }],
  ['トーフルibt 90あります', { test: { test: 'TOEFL_IBT', score: 90 } }],
  ['TOEFL PBTで525点', { test: { test: 'TOEFL_PBT', score: 525 } }],
  ['アイエルツ6.5で行ける協定校', { test: { test: 'IELTS', score: 6.5 } }],
  [
    'ＩＥＬＴＳ６．０でヨーロッパの大学に行けますか',
    { test: { test: 'IELTS', score: 6 }, regions: ['europe'] },
  ],
  ['HSK4級で行ける中国の大学', { test: { test: 'HSK', score: 4 }, countries: ['CN'] }],
  ['新HSK6級を持っています', { test: { test: 'HSK', score: 6 } }],
  ['漢語水平考試4級で応募できる協定校', { test: { test: 'HSK', score: 4 } }],
  ['IELTSが必要な協定校は？', { test: { test: 'IELTS', score: null } }],
  ['IELTSのoverall 6.0です', { test: { test: 'IELTS', score: 6 } }],
  ['TOEICのスコアは600', { test: { test: 'TOEIC', score: 600 } }],
  // GPA
  ['partners open to GPA 2.5', { gpa: 2.5 }],
  ['My GPA is 3.2, which partners can I apply to?', { gpa: 3.2 }],
  ['GPA2.5以下で行けるアジアの協定校', { gpa: 2.5, regions: ['asia'] }],
  ['ＧＰＡ３．０で応募できる大学', { gpa: 3 }],
  ['GPAは2.8です。行ける大学は？', { gpa: 2.8 }],
  // places
  ['Partners in Taiwan?', { countries: ['TW'] }],
  ['台湾の協定校', { countries: ['TW'] }],
  ['Which universities in the USA?', { countries: ['US'] }],
  ['アメリカの大学に行きたい', { countries: ['US'] }],
  ['米国の協定校はどこ？', { countries: ['US'] }],
  ['Korean partner universities', { countries: ['KR'] }],
  ['韓国の協定校を教えて', { countries: ['KR'] }],
  ['タイの大学', { countries: ['TH'] }],
  ['タイミングはいつ？', { countries: [] }],
  ['partners in Oceania', { regions: ['oceania'] }],
  ['南米の協定校', { regions: ['south-america'] }],
  ['ドイツかフランスの大学', { countries: ['FR', 'DE'] }],
  ['partners in Germany or Spain', { countries: ['ES', 'DE'] }],
  // faculty, level, months, tuition, places, no requirement
  ['Engineering students: which partners?', { faculty: 'engineering' }],
  ['工学部の学生が行ける協定校', { faculty: 'engineering' }],
  [
    '農学部しか行けないとこ、全学部OKのとこじゃなくて',
    { faculty: 'bioresources', facultyOnly: true, allFaculties: false },
  ],
  ['大学院生が行ける協定校', { level: 'graduate' }],
  ['partners for graduate students', { level: 'graduate' }],
  ['Which partners have a deadline in March?', { deadlineMonth: 3 }],
  ['3月締切の協定校', { deadlineMonth: 3 }],
  // A language asked for, with a word between: "ask for good English", "fluent in".
  ['which thai partners ask for good english?', { languages: ['english'], countries: ['TH'] }],
  ['partners where you have to be fluent in english', { languages: ['english'] }],
  ['partners taught in english', { languages: [] }],
  // A test with no score named as an example of the language asked for is the language.
  [
    'partners that need chinese, like hsk or another chinese test?',
    { languages: ['chinese'], test: null },
  ],
  ['中国語が必要な大学ってどこ？HSKとか', { languages: ['chinese'], test: null }],
  ['HSKが条件の協定校', { languages: [] }],
  // A nationality word before a pronoun or a place is the country; before a level, the language.
  ['and the deadline for the french one?', { countries: ['FR'] }],
  ['the thai ones, which have no gpa minimum?', { countries: ['TH'] }],
  ['partners that ask for French B1', { countries: [] }],
  // A date is that day of the month; a month alone leaves the day open.
  ['締切3/1のとこ全部教えて', { deadlineMonth: 3, deadlineDay: 1 }],
  ['出願締切が5月31日の大学', { deadlineMonth: 5, deadlineDay: 31 }],
  ['partners whose deadline is March 15th', { deadlineMonth: 3, deadlineDay: 15 }],
  ['deadline on 1 march?', { deadlineMonth: 3, deadlineDay: 1 }],
  ['Which partners have a deadline in May?', { deadlineMonth: 5, deadlineDay: null }],
  ['Partners where I can start in September', { startMonth: 9 }],
  ['9月から留学できる大学', { startMonth: 9 }],
  ['tuition-free partners in Asia', { tuitionWaived: true, regions: ['asia'] }],
  ['授業料が免除される協定校', { tuitionWaived: true }],
  ['partners with at least 5 slots', { minSlots: 5 }],
  ['5人以上の枠がある協定校', { minSlots: 5 }],
  // places named, then a bare figure: exactly that many
  ['募集人数が2人の協定校', { minSlots: 2, maxSlots: 2 }],
  ['partners where slots = 4', { minSlots: 4, maxSlots: 4 }],
  ['定員5名の大学', { minSlots: 5, maxSlots: 5 }],
  ['募集人数が2人以上の協定校', { minSlots: 2, maxSlots: null }],
  ['3名枠の大学ってどこ', { minSlots: 3, maxSlots: 3 }],
  ['5人枠以上あるとこ', { minSlots: 5, maxSlots: null }],
  ['Which partners have no language requirement?', { noLanguageRequirement: true }],
  ['語学要件がない協定校は？', { noLanguageRequirement: true }],
  ['スコアなしで行ける大学', { noLanguageRequirement: true }],
  // named partners and fields
  ['What does Lund require?', { partnerIds: ['lund-university'] }],
  ['ルンド大学の締切は？', { partnerIds: ['lund-university'], fields: ['deadline'] }],
  ['タスマニア大学の締切は？', { partnerIds: ['university-of-tasmania'], fields: ['deadline'] }],
  [
    'When is the deadline for the University of Tasmania?',
    { partnerIds: ['university-of-tasmania'], fields: ['deadline'] },
  ],
  [
    'How many students can go to UNCW?',
    { partnerIds: ['university-of-north-carolina-wilmington'], fields: ['slots'] },
  ],
  ['Heidelberg GPA?', { partnerIds: ['heidelberg-university'], fields: ['gpa'] }],
  ['ハイデルベルク大学の募集人数', { partnerIds: ['heidelberg-university'], fields: ['slots'] }],
  ['Compare Lund and Heidelberg', { partnerIds: ['lund-university', 'heidelberg-university'] }],
  ['What is the 2027 deadline for Lund?', { partnerIds: ['lund-university'], year: 2027 }],
];

describe('the partner query of an interpretation', () => {
  it('covers at least 60 phrasings, about half Japanese', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    const japanese = CASES.filter(([q]) => /[\u3040-\u30FF\u4E00-\u9FFF]/.test(q)).length;
    expect(japanese / CASES.length).toBeGreaterThanOrEqual(0.45);
  });

  it.each(CASES)('%s', (question, expected) => {
    const query = parser.parse(question);
    for (const [key, value] of Object.entries(expected)) {
      const actual = query[key as keyof PartnerQuery];
      if (key === 'fields') expect(actual).toEqual(expect.arrayContaining(value as string[]));
      else if (key === 'test' && value) expect(actual).toMatchObject(value as object);
      else if (Array.isArray(value))
        expect([...(actual as unknown[])].sort()).toEqual([...value].sort());
      else expect(actual).toEqual(value);
    }
  });
});
