import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../load.ts';
import { CellError } from './cells.ts';
import { readAsOf, readDeadlines, readPeriods } from './dates.ts';
import { FIELDS, recordToCells } from './mapping.ts';
import { readFaculties } from './profile.ts';
import { readGpa, readLanguage, renderLanguage } from './requirements.ts';

const said = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    if (error instanceof CellError) return error.said.en;
    throw error;
  }
  throw new Error('expected a CellError');
};

describe('partner sheet cells: the forms offices type', () => {
  it('language: TOEIC 450点以上, IELTS 6.0 (各5.5以上), full-width digits, alternatives, preferences', () => {
    expect(readLanguage('TOEIC 450点以上').options).toMatchObject([{ test: 'TOEIC', min: 450, language: 'English', subScore: null }]);
    expect(readLanguage('IELTS 6.0 (各5.5以上)').options[0]).toMatchObject({ test: 'IELTS', min: 6, subScore: { section: 'all bands', min: 5.5 } });
    expect(readLanguage('ＴＯＥＩＣ４５０点以上').options[0]).toMatchObject({ test: 'TOEIC', min: 450 });
    const either = readLanguage('IELTS 6.5以上（各5.5以上）または TOEFL iBT 90以上（Writing 20以上）');
    expect(either.options.map((o) => [o.test, o.min, o.subScore])).toEqual([
      ['IELTS', 6.5, { section: 'all bands', min: 5.5 }],
      ['TOEFL_IBT', 90, { section: 'Writing', min: 20 }],
    ]);
    expect(readLanguage('HSK4級以上').options[0]).toMatchObject({ test: 'HSK', min: 4, language: 'Chinese' });
    expect(readLanguage('CEFR B1（ドイツ語）').options[0]).toMatchObject({ test: 'CEFR', cefr: 'B1', language: 'German' });
    expect(readLanguage('英語が堪能であること').options[0]).toMatchObject({ test: 'PROFICIENCY', language: 'English' });
    expect(readLanguage('TOEIC 600点以上（望ましい）')).toMatchObject({ status: 'stated', preferred: true });
    expect(readLanguage('')).toMatchObject({ status: 'none_stated', options: [] });
    expect(readLanguage('なし')).toMatchObject({ status: 'none_stated', options: [] });
  });
  it('language: typos and impossible scores are refused with what was typed', () => {
    expect(said(() => readLanguage('TOIEC 450点以上'))).toMatch(/"TOIEC 450点以上".*did you mean TOEIC\?/);
    expect(said(() => readLanguage('IELTS 65'))).toMatch(/IELTS 65 is not a possible score/);
    expect(said(() => readLanguage('TOEIC 450点以上（学部生のみ）'))).toMatch(/not a language requirement/);
    expect(said(() => readLanguage('CEFR B2'))).toMatch(/name the language/);
  });
  it('GPA: GPA2.5以上, another scale, one per level', () => {
    expect(readGpa('GPA2.5以上')).toEqual([{ min: 2.5, scale: 4, level: null, raw: 'GPA2.5以上', note: null }]);
    expect(readGpa('２．８/１０以上')[0]).toMatchObject({ min: 2.8, scale: 10 });
    expect(readGpa('学部生: 2.8以上 / 大学院生: 3.0以上').map((g) => [g.level, g.min])).toEqual([['undergraduate', 2.8], ['graduate', 3]]);
    expect(said(() => readGpa('GPA 10以上'))).toMatch(/above 4: give the scale/);
  });
  it('deadlines: 2026/5/30, 5月30日, an Excel date cell, 随時, term labels; impossible dates refused', () => {
    expect(readDeadlines('2026/5/30')).toMatchObject([{ month: 5, day: 30, term: null }]);
    expect(readDeadlines('5月30日')).toMatchObject([{ month: 5, day: 30 }]);
    expect(readDeadlines('５月３０日')).toMatchObject([{ month: 5, day: 30 }]);
    expect(readDeadlines(new Date(Date.UTC(2026, 4, 30)))).toMatchObject([{ month: 5, day: 30, raw: '2026/5/30' }]);
    expect(readDeadlines('前期 4月15日 / 後期 10月1日').map((d) => [d.term?.ja, d.month, d.day])).toEqual([['前期', 4, 15], ['後期', 10, 1]]);
    expect(readDeadlines('随時')[0]).toMatchObject({ month: null, text: { en: 'Applications accepted at any time' } });
    expect(said(() => readDeadlines('2/30'))).toMatch(/no date 2\/30/);
    expect(said(() => readDeadlines('来年'))).toMatch(/not a date/);
  });
  it('study periods, faculties and as-of dates', () => {
    expect(readPeriods('前期 9月～2月 / 後期 3月～8月').map((p) => [p.term.ja, p.fromMonth, p.toMonth])).toEqual([['前期', 9, 2], ['後期', 3, 8]]);
    expect(said(() => readPeriods('9月～2月 / 3月～8月'))).toMatch(/label each with its term/);
    expect(readFaculties('全学部')).toMatchObject({ all: true });
    expect(readFaculties('工学部・工学研究科')).toMatchObject({ all: false, en: 'Faculty of Engineering, Graduate School of Engineering' });
    expect(readFaculties('工 工研')).toMatchObject({ ja: '工学部・工学研究科' });
    expect(said(() => readFaculties('理学部'))).toMatch(/faculty "理学部"/);
    expect(readAsOf('2026/11', null)).toBe('2026-11');
    expect(readAsOf('２０２６年１１月現在', null)).toBe('2026-11');
    expect(readAsOf('', '2026-12')).toBe('2026-12');
    expect(said(() => readAsOf('', null))).toMatch(/--as-of/);
  });
  it('every field the export writes for a clean record reads back to the same cells', () => {
    const partners = loadKnowledge('knowledge').knowledge!.partners.partners;
    let fixedPoints = 0;
    let total = 0;
    for (const partner of partners) {
      const cells = recordToCells(partner);
      for (const f of FIELDS) {
        total++;
        try {
          const value = (f.read as (c: typeof cells, x: { asOfFallback: null }) => unknown)(cells, { asOfFallback: null });
          const again = (f.render as (v: unknown) => Record<string, string>)(value);
          if (f.columns.every((c) => (again[c] ?? '') === (cells[c] ?? ''))) fixedPoints++;
        } catch {
          // Damaged 2015 cells (free text the import cannot type) are kept as records, not re-read.
        }
      }
    }
    // Nearly every exported cell is one the import reads back unchanged.
    expect(fixedPoints / total).toBeGreaterThan(0.9);
    expect(renderLanguage(readLanguage('TOEIC 450点以上 / IELTS 6.0（各5.5以上）'))).toBe('TOEIC 450点以上 / IELTS 6.0以上（各5.5以上）');
  });
});
