/**
 * Two partner fields read wrongly from the table (issue 13), pinned to the raw source text:
 * Tasmania's 「初旬」 ends its study period (it is not a deadline), and Khabarovsk's TORFL 482
 * is a scored test option that a TORFL score can match.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Partner } from '../../src/knowledge/schema.ts';
import { describePeriods } from '../../src/messages/partner-facts.ts';
import { describeReasons } from '../../src/messages/partner-reasons.ts';
import { searchPartners } from '../../src/partners/engine.ts';
import { Interpreter } from '../../src/understanding/interpret.ts';

const SOURCE = readFileSync('knowledge/sources/001_2f5be6675cafeb59.txt', 'utf8');
/** The transcription with every space removed, so a cell can be found whatever the PDF spacing. */
const COMPACT = SOURCE.split('Transcription:')[1]!.replace(/\s+/g, '');

const knowledge = (() => {
  const result = loadKnowledge('knowledge');
  expect(result.problems).toEqual([]);
  return result.knowledge!;
})();
const partners = knowledge.partners.partners;
const partner = (id: string): Partner => partners.find((p) => p.id === id)!;
const interpreter = new Interpreter(knowledge);
/** The partner query the interpretation hands the engine. */
const parser = { parse: (question: string) => interpreter.interpret(question).parts[0]!.query };

describe('University of Tasmania: 「初旬」 is the end of the study period, not a deadline', () => {
  const tasmania = partner('university-of-tasmania');

  it('the row prints 初旬 before 不徴収, where no row of the table prints a deadline', () => {
    expect(COMPACT).toContain('オーストラリアタスマニア大学全2~57~');
    expect(COMPACT).toContain('総取得単位数が60%以上必要初旬5不徴収11/30フィジー国立大学');
    // Every other row's deadline follows 不徴収 (or 調査中): the dates in the table never precede it.
    for (const p of partners)
      for (const d of p.deadlines) expect(d.raw, p.id).not.toMatch(/初旬|中旬|下旬/);
  });

  it('has one deadline, 11/30, and a second term that ends early in a month the source does not show', () => {
    expect(tasmania.deadlines).toEqual([
      expect.objectContaining({ month: 11, day: 30, raw: '11/30' }),
    ]);
    const second = tasmania.studyPeriods.find((s) => s.term.ja === '後期')!;
    expect(second).toMatchObject({ fromMonth: 7, toMonth: null, toPart: 'early' });
    expect(describePeriods(tasmania, 'ja')).toContain('後期: 7月–?月初旬');
    expect(describePeriods(tasmania, 'en')).toContain('Second term (後期): Jul–early ?');
  });

  it('a lookup of the Tasmania deadline shows 11/30 only', () => {
    const query = parser.parse('Tasmania deadline');
    const search = searchPartners(partners, query);
    expect(search.named.map((p) => p.id)).toEqual(['university-of-tasmania']);
    expect(search.named[0]!.deadlines.map((d) => d.raw)).toEqual(['11/30']);
  });
});

describe('Khabarovsk: TORFL 482 is a structured test option', () => {
  const khabarovsk = partner('khabarovsk-state-academy-of-economics-and-law');

  it('is read from the row as printed', () => {
    expect(COMPACT).toContain(
      'ハバロフスク国立経済法律アカデミー全三重大学に正規生として2年以上在籍していること9~2~TORFL(TestofRussianasaForeignLanguage)482(66%)以上',
    );
    expect(khabarovsk.language.options).toEqual([
      expect.objectContaining({ test: 'TORFL', language: 'Russian', min: 482 }),
    ]);
  });

  it.each([
    ['TORFL 500', 500],
    ['Which partners accept TORFL 500?', 500],
    ['ТРКИ 500', 500],
    ['ロシア語能力試験500点で行ける協定校は？', 500],
    ['ロシア語検定で500点です', 500],
    ['Test of Russian as a Foreign Language score of 490', 490],
  ])('"%s" reads as TORFL %d', (question, score) => {
    expect(parser.parse(question).test).toMatchObject({ test: 'TORFL', score });
  });

  it('TORFL 500 matches exactly Khabarovsk; TORFL 450 is a near miss; no other partner is in the set', () => {
    const at500 = searchPartners(partners, parser.parse('Which partners accept TORFL 500?'));
    expect(at500.matches.map((v) => v.partner.id)).toEqual([
      'khabarovsk-state-academy-of-economics-and-law',
    ]);
    expect(
      describeReasons(at500.matches[0]!.reasons, at500.matches[0]!.partner, 'en', knowledge.office),
    ).toMatch(/TORFL 482 or above \(your TORFL 500 meets it\)/);
    const at450 = searchPartners(partners, parser.parse('TORFL 450'));
    expect(at450.matches).toEqual([]);
    expect(at450.nearMiss.map((v) => v.partner.id)).toEqual([
      'khabarovsk-state-academy-of-economics-and-law',
    ]);
  });

  it('a test name that contains a country word does not become a country filter', () => {
    expect(parser.parse('ロシア語能力試験500点で行ける協定校は？').countries).toEqual([]);
    expect(parser.parse('ロシアの協定校でTORFL 500で行けるところは？').countries).toEqual(['RU']);
  });
});
