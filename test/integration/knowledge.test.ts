/**
 * The curated knowledge against its sources: every row of the partner table is present, and
 * the facts students rely on are pinned, each traced to the raw source text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, type KnowledgeBase } from '../../src/knowledge/load.ts';
import type { Partner } from '../../src/knowledge/schema.ts';

const SOURCE = readFileSync(`${process.env.KNOWLEDGE_DIR}/sources/001_2f5be6675cafeb59.txt`, 'utf8');
const GUIDE_LINES = SOURCE.split('Transcription:')[1]!.split('\n').filter((line) => line.trim() !== '');
/** The source with every space removed, so a fact can be found whatever the PDF spacing. */
const SOURCE_COMPACT = SOURCE.split('Transcription:')[1]!.replace(/\s+/g, '');

function knowledge(): KnowledgeBase {
  const result = loadKnowledge(process.env.KNOWLEDGE_DIR!);
  expect(result.problems).toEqual([]);
  return result.knowledge!;
}

function partner(id: string): Partner {
  const found = knowledge().partners.partners.find((p) => p.id === id);
  if (!found) throw new Error(`no partner ${id}`);
  return found;
}

/** Counts the table's university names in the raw text, independently of the curated file. */
function countTableRows(): number {
  const table = GUIDE_LINES.slice(-4)
    .join('\n')
    .replace(/(?<=[^\p{ASCII}]) (?=[^\p{ASCII}])/gu, '')
    .replace(/(?<=第) (?=\d)|(?<=\d) (?=大学)/g, '');
  const tokens = table.match(/[\u30A0-\u30FF\u4E00-\u9FFFⅡ・0-9]+?(?:大学校|工科大学院|大学|アカデミー|高等学院)/g) ?? [];
  // Header cells (地域 国名 大学名, 三重大学) and phrases like 「全大学」「以上大学」 are not rows.
  return tokens.filter((t) => !/(地域国名大学|三重大学)$|^全大学$|^(級)?以上大学$|^\d/.test(t)).length;
}

describe('partner table', () => {
  it('has one record for every row of the source table', () => {
    expect(countTableRows()).toBe(64);
    expect(knowledge().partners.partners).toHaveLength(countTableRows());
  });

  it('has every record name in the source table', () => {
    for (const p of knowledge().partners.partners) {
      const name = p.nameJa.split(/\s/)[0]!;
      expect(SOURCE_COMPACT, p.id).toContain(name.replace(/\s+/g, ''));
    }
  });

  it('cites the table and its as-of date on every record', () => {
    for (const p of knowledge().partners.partners) {
      expect(p.source.file).toBe('001_2f5be6675cafeb59.txt');
      expect(p.asOf).toBe('2015-11');
    }
    expect(SOURCE_COMPACT).toContain('2015/11現在');
  });

  // One partner per region: requirement, GPA, deadline, places — each traced to the source.
  it('Asia: Guangxi University — HSK 4, GPA 3.0, 3/15, 5 places', () => {
    const p = partner('guangxi-university');
    expect(p.language.options).toEqual([expect.objectContaining({ test: 'HSK', min: 4 })]);
    expect(p.gpa.map((g) => g.min)).toEqual([3]);
    expect(p.deadlines.map((d) => [d.month, d.day])).toEqual([[3, 15]]);
    expect(p.slots).toBe(5);
    expect(SOURCE_COMPACT).toContain('廣西大学全9~2~7HSK4級以上3.0以上5不徴収3/15');
  });

  it('Africa: Hassan II — no language requirement stated, 6/1, 5 places', () => {
    const p = partner('iav-hassan-ii');
    expect(p.language.status).toBe('none_stated');
    expect(p.deadlines.map((d) => [d.month, d.day])).toEqual([[6, 1]]);
    expect(p.slots).toBe(5);
    expect(SOURCE_COMPACT).toContain('ハッサンⅡ世農獣医大学生9~23~75不徴収6/1');
  });

  it('Oceania: University of Tasmania — IELTS 6.0 with every band 5.5, GPA 2.5, 11/30, 5 places', () => {
    const p = partner('university-of-tasmania');
    expect(p.language.options).toEqual([expect.objectContaining({ test: 'IELTS', min: 6, subScore: expect.objectContaining({ min: 5.5 }) })]);
    expect(p.gpa.map((g) => g.min)).toEqual([2.5]);
    expect(p.deadlines.some((d) => d.month === 11 && d.day === 30)).toBe(true);
    expect(p.slots).toBe(5);
    expect(SOURCE_COMPACT).toContain('IELTS6.0以上(全項目が5.5以上であること)');
    expect(SOURCE_COMPACT).toContain('2.5以上出願時の三重大学における総取得単位数が60%以上必要初旬5不徴収11/30');
  });

  it('South America: University of São Paulo — Portuguese B1, 12/1, 5 places', () => {
    const p = partner('university-of-sao-paulo-fflch');
    expect(p.language.options).toEqual(expect.arrayContaining([expect.objectContaining({ test: 'CEFR', cefr: 'B1', language: 'Portuguese' })]));
    expect(p.deadlines.map((d) => [d.month, d.day])).toEqual([[12, 1]]);
    expect(p.slots).toBe(5);
    expect(SOURCE_COMPACT).toContain('B1レベルのポルトガル語能力を有すること5不徴収12/1');
  });

  it('North America: UNC Wilmington — TOEFL iBT 71 / PBT 525 / IELTS 6.0, 3/1, 2 places', () => {
    const p = partner('university-of-north-carolina-wilmington');
    const byTest = Object.fromEntries(p.language.options.map((o) => [o.test, o.min]));
    expect(byTest).toEqual({ TOEFL_IBT: 71, TOEFL_PBT: 525, IELTS: 6 });
    expect(p.gpa).toEqual([]);
    expect(p.deadlines.map((d) => [d.month, d.day])).toEqual([[3, 1]]);
    expect(p.slots).toBe(2);
    expect(SOURCE_COMPACT).toContain('TOEFLibt71以上TOEFLPBT525以上2不徴収3/1IELTS6.0ポイント以上');
  });

  it('Europe: Lund University — IELTS 6.5 (bands 5.5) or iBT 90 (Writing 20) or PBT 575, 4/25, 2 places', () => {
    const p = partner('lund-university');
    const byTest = Object.fromEntries(p.language.options.map((o) => [o.test, [o.min, o.subScore?.min]]));
    expect(byTest).toEqual({ IELTS: [6.5, 5.5], TOEFL_IBT: [90, 20], TOEFL_PBT: [575, 4.5] });
    expect(p.language.preferred).toBe(true);
    expect(p.deadlines.map((d) => [d.month, d.day])).toEqual([[4, 25]]);
    expect(p.slots).toBe(2);
    expect(SOURCE_COMPACT).toContain('IELTS6.5以上(全項目が5.5以上)又はTOEFLIBT90以上(WritingSectionが20以上)TOEFLPBT575以上(WritingSectionが4.5以上)が望ましい2不徴収4/25');
  });

  it('Asia: Ho Chi Minh City University of Education — TOEIC 450 or beginner Vietnamese, 4/15', () => {
    const p = partner('ho-chi-minh-city-university-of-education');
    expect(p.language.options.map((o) => o.test).sort()).toEqual(['OTHER', 'TOEIC']);
    expect(p.language.options.find((o) => o.test === 'TOEIC')?.min).toBe(450);
    expect(p.deadlines.map((d) => [d.month, d.day])).toEqual([[4, 15]]);
    expect(SOURCE_COMPACT).toContain('もしくはTOEIC450点以上');
  });

  it('says what it could not read instead of guessing (Yunnan tuition 調査中)', () => {
    const p = partner('yunnan-university');
    expect(p.tuitionWaived).toBeNull();
    expect(p.gaps.length).toBeGreaterThan(0);
    expect(SOURCE_COMPACT).toContain('5調査中6/15');
  });
});

describe('guide facts', () => {
  const body = (id: string, lang: 'ja' | 'en') => knowledge().guide.find((d) => d.id === id && d.lang === lang)!.body;

  it('scholarship: 150,000 yen, up to 20 students a year', () => {
    expect(body('scholarship', 'en')).toMatch(/150,000 yen/);
    expect(body('scholarship', 'en')).toMatch(/up to 20 students a year/);
    expect(body('scholarship', 'ja')).toMatch(/15万円/);
    expect(body('scholarship', 'ja')).toMatch(/20名以内/);
    expect(SOURCE_COMPACT).toContain('奨学金額:15万円3.奨学生数:年間20名以内');
  });

  it('office: 8:30–17:15, closed on public holidays, contacts', () => {
    const office = knowledge().office;
    expect([office.opens, office.closes]).toEqual(['08:30', '17:15']);
    expect(office.closedOnPublicHolidays).toBe(true);
    expect(office.email).toBe('ryugaku@ab.mie-u.ac.jp');
    expect(office.timeZone).toBe('Asia/Tokyo');
    expect(SOURCE_COMPACT).toContain('(祝日を除く)8:30~17:15TEL:059-231-9688');
  });

  it('credit transfer: up to 60 credits', () => {
    expect(body('credits-and-graduation', 'en')).toMatch(/up to 60 credits/);
    expect(body('credits-and-graduation', 'ja')).toMatch(/60単位/);
    expect(SOURCE_COMPACT).toContain('単位を60単位まで認めています');
  });

  it('after return: report within two weeks', () => {
    expect(body('after-return', 'ja')).toMatch(/2週間以内/);
    expect(SOURCE_COMPACT).toContain('帰国後,2週間以内に報告書を提出');
  });

  it('every guide and about section exists in both languages with a source and as-of date', () => {
    const k = knowledge();
    for (const doc of [...k.guide, ...k.about]) {
      expect(k.guide.concat(k.about).some((other) => other.id === doc.id && other.lang !== doc.lang), doc.file).toBe(true);
      expect(doc.source.file).toMatch(/^00\d_/);
    }
    expect(k.guide.length).toBe(32);
  });
});
