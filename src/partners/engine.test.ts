/** The partner engine on the curated records: exact sets, and reasons as data (no prose). */
import { describe, expect, it } from 'vitest';
import { testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { searchPartners } from './engine.ts';
import { EMPTY_QUERY, type PartnerQuery } from './query.ts';

const partners = () => testKnowledge().partners.partners;
const query = (overrides: Partial<PartnerQuery>): PartnerQuery => ({
  ...structuredClone(EMPTY_QUERY),
  ...overrides,
});

describe('searchPartners', () => {
  it('a GPA figure ruled out leaves out exactly the rows whose minimum is that figure', () => {
    const ids = (overrides: Partial<PartnerQuery>) =>
      searchPartners(partners(), query(overrides))
        .matches.map((v) => v.partner.id)
        .sort();
    const all = ids({});
    const atThree = ids({ requiredGpaMin: 3, requiredGpaMax: 3 });
    expect(atThree.length).toBeGreaterThan(0);
    expect(ids({ excludedRequiredGpa: 3 })).toEqual(all.filter((id) => !atThree.includes(id)));
    // Ewha's row: 2.5以上.
    expect(ids({ excludedRequiredGpa: 2.5 })).not.toContain('ewha-womans-university');
    expect(ids({ excludedRequiredGpa: 3 })).toContain('ewha-womans-university');
  });

  it('a required GPA ceiling is read at the asked level (Inner Mongolia: 2.8 undergraduates, 3.0 graduates)', () => {
    const ids = (level: PartnerQuery['level']) =>
      searchPartners(
        partners(),
        query({ requiredGpaMax: 2.9, countries: ['CN'], level }),
      ).matches.map((v) => v.partner.id);
    expect(ids('undergraduate')).toContain('inner-mongolia-university-of-technology');
    expect(ids('graduate')).not.toContain('inner-mongolia-university-of-technology');
    expect(ids(null)).not.toContain('inner-mongolia-university-of-technology');
  });

  it('year of study: the rows with a condition (source: 3年次以上, 2年の課程修了, 2年以上在籍; 3~4年生であることが好ましい)', () => {
    const ids = (overrides: Partial<PartnerQuery>) =>
      searchPartners(partners(), query(overrides))
        .matches.map((v) => v.partner.id)
        .sort();
    const conditioned = [
      'khabarovsk-state-academy-of-economics-and-law',
      'universite-lille-3',
      'university-of-erlangen-nuremberg',
    ];
    // Chiang Mai's row prefers years 3-4 for undergraduates: a year stated, listed with the rules.
    // UCLan's 「2年生以上または学士の学位」 (p.22 notes, read as its row's) is a year too; a
    // first-year goes in year 2, so it rules no first-year out.
    expect(ids({ yearCondition: true })).toEqual(
      ['chiang-mai-university', ...conditioned, 'university-of-central-lancashire'].sort(),
    );
    expect(ids({ noYearCondition: true })).not.toContain('chiang-mai-university');
    // A first-year goes in year 2 at the earliest: the three rules are out, a second-year keeps
    // them; a preference rules no one out (the reason line tells it).
    const firstYear = ids({ studentYear: 1 });
    expect(firstYear.filter((id) => conditioned.includes(id))).toEqual([]);
    expect(firstYear.length).toBe(partners().length - 3);
    const chiangMai = searchPartners(partners(), query({ studentYear: 1 })).matches.find(
      (v) => v.partner.id === 'chiang-mai-university',
    )!;
    expect(chiangMai.reasons.map((r) => r.kind)).toContain('year_condition');
    expect(ids({ studentYear: 2, countries: ['FR'] })).toContain('universite-lille-3');
    const lille = searchPartners(partners(), query({ yearCondition: true })).matches.find(
      (v) => v.partner.id === 'universite-lille-3',
    )!;
    expect(lille.reasons.map((r) => r.kind)).toContain('year_condition');
  });

  it('rows with a minimum per section: those whose options set one, of the test named', () => {
    const ids = (overrides: Partial<PartnerQuery>) =>
      searchPartners(partners(), query({ subScoreStated: true, ...overrides }))
        .matches.map((v) => v.partner.id)
        .sort();
    // Source rows: Tasmania and UCLan IELTS 6.0 (全項目5.5), Lund IELTS 6.5 (全項目5.5) and
    // TOEFL iBT 90 (Writing 20); FTU's IELTS 5.5 and UNCW's IELTS 6.0 set none.
    expect(ids({})).toEqual([
      'lund-university',
      'university-of-central-lancashire',
      'university-of-tasmania',
    ]);
    expect(ids({ test: { test: 'TOEFL_IBT', score: null } })).toEqual(['lund-university']);
  });

  it('the lowest or highest of a field: the rows with that value among those stating one, ties kept', () => {
    const ids = (extreme: PartnerQuery['extreme'], overrides: Partial<PartnerQuery> = {}) =>
      searchPartners(partners(), query({ extreme, ...overrides }))
        .matches.map((v) => v.partner.id)
        .sort();
    // Source rows: Visayas 2.0以上 is the lowest 4-point minimum, ISMANS 3.5以上 the highest
    // (FTU's 2.8/10 and Savoie's 10/20 are on other scales and do not compare).
    expect(ids({ field: 'gpa', order: 'low' })).toEqual(['visayas-state-university']);
    expect(ids({ field: 'gpa', order: 'high' })).toEqual(['ismans-le-mans']);
    // Thailand: Khon Kaen's 12/1 is the latest date in the calendar year.
    expect(ids({ field: 'deadline', order: 'high' }, { countries: ['TH'] })).toEqual([
      'khon-kaen-university',
    ]);
    // Places: 2 is the fewest (UNCW, Lund, Khabarovsk, and Yanbian as its merged block reads).
    expect(ids({ field: 'slots', order: 'low' })).toContain('lund-university');
  });

  it('without a test or a language: rows whose every option needs it are out, others stay', () => {
    const ids = (overrides: Partial<PartnerQuery>) =>
      searchPartners(partners(), query(overrides)).matches.map((v) => v.partner.id);
    // Europe: UCLan takes only IELTS (source row: IELTS 6.0 / 3.5); Lund also takes TOEFL.
    const noIelts = ids({ regions: ['europe'], withoutTests: ['IELTS'] });
    expect(noIelts).not.toContain('university-of-central-lancashire');
    expect(noIelts).toContain('lund-university');
    expect(noIelts).toContain('heidelberg-university');
    // Korea: Pukyong asks for Korean (望ましい); the other three state no requirement.
    expect(ids({ countries: ['KR'], withoutLanguages: ['korean'] }).sort()).toEqual([
      'dongguk-university',
      'ewha-womans-university',
      'sejong-university',
    ]);
  });

  it('TOEIC 450: the one partner whose TOEIC minimum is met, with the option and score as data', () => {
    const search = searchPartners(partners(), query({ test: { test: 'TOEIC', score: 450 } }));
    expect(search.matches.map((v) => v.partner.id)).toEqual([
      'ho-chi-minh-city-university-of-education',
    ]);
    const [reason] = search.matches[0]!.reasons;
    expect(reason).toMatchObject({
      kind: 'meets',
      test: 'TOEIC',
      score: 450,
      option: { test: 'TOEIC', min: 450 },
    });
  });

  it('TOEIC 400: nothing matches; a near miss carries the gap, never a converted score', () => {
    const search = searchPartners(partners(), query({ test: { test: 'TOEIC', score: 400 } }));
    expect(search.matches).toEqual([]);
    const near = search.nearMiss.find(
      (v) => v.partner.id === 'ho-chi-minh-city-university-of-education',
    );
    expect(near?.reasons[0]).toMatchObject({ kind: 'short', gap: 50 });
    // Requirements in another test are listed apart, with the asked test named, not judged.
    expect(search.otherTest.length).toBeGreaterThan(0);
    expect(
      search.otherTest.every(
        (v) => v.reasons[0]!.kind === 'other_test' || v.reasons[0]!.kind === 'as_recorded',
      ),
    ).toBe(true);
  });

  it('a GPA below every minimum excludes; the GPA reason follows the language reason', () => {
    const search = searchPartners(
      partners(),
      query({ test: { test: 'IELTS', score: 9 }, gpa: 1.0 }),
    );
    const judged = [...search.matches, ...search.nearMiss, ...search.otherTest];
    for (const verdict of judged)
      expect(verdict.reasons.map((r) => r.kind).slice(1)).not.toContain('gpa_short');
  });

  it('named partners are a lookup: the pool is those partners only', () => {
    const search = searchPartners(partners(), query({ partnerIds: ['lund-university'] }));
    expect(search.named.map((p) => p.id)).toEqual(['lund-university']);
    expect(search.matches.map((v) => v.partner.id)).toEqual(['lund-university']);
    expect(search.matches[0]!.reasons).toEqual([{ kind: 'requirement' }]);
  });
});

describe('a deadline date', () => {
  // p.19-22: 3/1 is the deadline of Bogor, Halu Oleo, Padjadjaran, UPM, Nanjing Tech and UNCW.
  it('keeps the rows with that date, not the whole month', () => {
    const ids = (q: Partial<PartnerQuery>) =>
      searchPartners(partners(), query(q))
        .matches.map((v) => v.partner.id)
        .sort();
    expect(ids({ deadlineMonth: 3, deadlineDay: 1 })).toEqual([
      'bogor-agricultural-university',
      'halu-oleo-university',
      'nanjing-tech-university',
      'padjadjaran-university',
      'universiti-putra-malaysia',
      'university-of-north-carolina-wilmington',
    ]);
    expect(ids({ deadlineMonth: 3 }).length).toBeGreaterThan(6);
  });
});
