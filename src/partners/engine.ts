/**
 * Runs a `PartnerQuery` against the records: exact sets, a reason for every partner, and the
 * partners that belong in neither the set nor silence (another test, no requirement stated,
 * near misses). Scores are never converted between tests: that is the office's call.
 */
import type { Lang } from '../domain/types.ts';
import type { GpaRequirement, LanguageOption, Partner } from '../knowledge/schema.ts';
import { describeGpa, describeGpaEntry, describeLanguage, describeOption } from './describe.ts';
import type { FacultyId, PartnerQuery } from './query.ts';
import { NEAR_MISS_MARGIN, TEST_LABEL } from './vocabulary.ts';

export type Verdict = 'match' | 'other_test' | 'none_stated' | 'near_miss' | 'excluded';

export interface PartnerVerdict {
  partner: Partner;
  verdict: Verdict;
  /** Why, in the question's language, from the record's own figures. */
  reason: string;
}

export interface PartnerSearch {
  query: PartnerQuery;
  matches: PartnerVerdict[];
  otherTest: PartnerVerdict[];
  noneStated: PartnerVerdict[];
  nearMiss: PartnerVerdict[];
  /** The named partners, for lookups. */
  named: Partner[];
}

const FACULTY_MARK: Record<FacultyId, RegExp> = {
  humanities: /人/,
  education: /教/,
  engineering: /工/,
  bioresources: /生/,
  medicine: /医/,
};

const GPA_NEAR_MISS = 0.3;

export function searchPartners(partners: Partner[], query: PartnerQuery, lang: Lang): PartnerSearch {
  const named = query.partnerIds.map((id) => partners.find((p) => p.id === id)).filter((p): p is Partner => !!p);
  const pool = named.length > 0 ? named : partners;
  const result: PartnerSearch = { query, matches: [], otherTest: [], noneStated: [], nearMiss: [], named };
  for (const partner of pool) {
    if (!passesFilters(partner, query)) continue;
    const verdict = judge(partner, query, lang);
    const bucket = { match: result.matches, other_test: result.otherTest, none_stated: result.noneStated, near_miss: result.nearMiss, excluded: null }[verdict.verdict];
    bucket?.push(verdict);
  }
  return result;
}

/** Everything that is not a score: place, faculty, level, dates, tuition, places. */
function passesFilters(partner: Partner, query: PartnerQuery): boolean {
  const placeAsked = query.regions.length > 0 || query.countries.length > 0;
  if (placeAsked && !query.regions.includes(partner.region.id) && !query.countries.includes(partner.country.code)) return false;
  if (query.faculty && !partner.faculties.all && !FACULTY_MARK[query.faculty].test(partner.faculties.raw)) return false;
  if (query.level && partner.studentLevel && !partner.studentLevel[query.level]) return false;
  if (query.startMonth !== null && !partner.studyPeriods.some((p) => p.fromMonth === query.startMonth)) return false;
  if (query.deadlineMonth !== null && !partner.deadlines.some((d) => d.month === query.deadlineMonth)) return false;
  if (query.tuitionWaived === true && partner.tuitionWaived !== true) return false;
  if (query.minSlots !== null && (partner.slots === null || partner.slots < query.minSlots)) return false;
  if (query.noLanguageRequirement && partner.language.status !== 'none_stated') return false;
  return true;
}

function judge(partner: Partner, query: PartnerQuery, lang: Lang): PartnerVerdict {
  const language = judgeLanguage(partner, query, lang);
  const gpa = judgeGpa(partner, query, lang);
  const reason = [language.reason, gpa.reason].filter(Boolean).join(lang === 'ja' ? '／' : '; ');
  // A GPA below the minimum rules a partner out whatever the test says; just below is a near miss.
  if (gpa.verdict === 'excluded') return { partner, verdict: 'excluded', reason };
  if (gpa.verdict === 'near_miss') return { partner, verdict: language.verdict === 'excluded' ? 'excluded' : 'near_miss', reason };
  if (gpa.verdict === 'other_test' && language.verdict === 'match') return { partner, verdict: 'other_test', reason };
  return { partner, verdict: language.verdict, reason };
}

interface Judgement {
  verdict: Verdict;
  reason: string;
}

function judgeLanguage(partner: Partner, query: PartnerQuery, lang: Lang): Judgement {
  const ja = lang === 'ja';
  const requirement = describeLanguage(partner, lang);
  if (!query.test) {
    return { verdict: 'match', reason: ja ? `語学: ${requirement}` : `language: ${requirement}` };
  }
  const { test, score } = query.test;
  const label = TEST_LABEL[test];
  const { status, options, preferred } = partner.language;
  if (status === 'none_stated') return { verdict: 'none_stated', reason: requirement };
  if (status === 'unclear') return { verdict: 'other_test', reason: requirement };
  const sameTest = options.filter((o) => o.test === test);
  if (sameTest.length === 0) {
    const reason = ja
      ? `要件は ${requirement}（${label}での可否は留学生支援室の判断です）`
      : `requires ${requirement} (whether ${label} counts is the office's call)`;
    return { verdict: 'other_test', reason };
  }
  const caveats = (option: LanguageOption) => {
    // Sub-scores and conditions are already part of describeOption; add what it leaves out.
    const parts: string[] = [];
    if (option.note) parts.push(option.note[lang]);
    if (preferred) parts.push(ja ? '望ましいとされる基準' : 'stated as preferred');
    return parts.length > 0 ? (ja ? `（${parts.join('、')}）` : ` (${parts.join('; ')})`) : '';
  };
  if (score === null) {
    const option = sameTest[0]!;
    return { verdict: 'match', reason: `${describeOption(option, lang)}${caveats(option)}` };
  }
  const met = sameTest.find((o) => o.min !== null && o.min <= score);
  if (met) {
    const reason = ja
      ? `${describeOption(met, lang)}（あなたの ${label} ${score} は基準を満たします）${caveats(met)}`
      : `${describeOption(met, lang)} (your ${label} ${score} meets it)${caveats(met)}`;
    return { verdict: 'match', reason };
  }
  const lowest = sameTest.reduce((a, b) => ((a.min ?? Infinity) <= (b.min ?? Infinity) ? a : b));
  const gap = (lowest.min ?? Infinity) - score;
  const alternatives = options.filter((o) => o.test !== test).map((o) => describeOption(o, lang));
  const alternativeText = alternatives.length > 0 ? (ja ? `。他の方法: ${alternatives.join('、')}` : `; alternatively ${alternatives.join(', or ')}`) : '';
  const reason = ja
    ? `${describeOption(lowest, lang)} が必要（あと ${round(gap)}）${alternativeText}`
    : `needs ${describeOption(lowest, lang)} (${round(gap)} short)${alternativeText}`;
  return { verdict: gap <= NEAR_MISS_MARGIN[test] ? 'near_miss' : 'excluded', reason };
}

function judgeGpa(partner: Partner, query: PartnerQuery, lang: Lang): Judgement {
  if (query.gpa === null) return { verdict: 'match', reason: '' };
  const ja = lang === 'ja';
  const student = query.gpa;
  const applicable = partner.gpa.filter((g) => !query.level || !g.level || g.level === query.level);
  if (applicable.length === 0) return { verdict: 'match', reason: describeGpa(partner, lang) };
  const onFourScale = applicable.filter((g) => g.scale === 4 || g.scale === null);
  if (onFourScale.length === 0) {
    return {
      verdict: 'other_test',
      reason: ja ? `${describeGpa(partner, lang)}（尺度が異なるため留学生支援室に確認）` : `${describeGpa(partner, lang)} (a different scale: ask the office)`,
    };
  }
  const lowest = onFourScale.reduce((a: GpaRequirement, b) => (a.min <= b.min ? a : b));
  if (lowest.min <= student) {
    return { verdict: 'match', reason: ja ? `${describeGpaEntry(lowest, lang)}（あなたのGPA ${student} は満たします）` : `${describeGpaEntry(lowest, lang)} (your GPA ${student} meets it)` };
  }
  const gap = lowest.min - student;
  return {
    verdict: gap <= GPA_NEAR_MISS ? 'near_miss' : 'excluded',
    reason: ja ? `${describeGpaEntry(lowest, lang)} が必要（あと ${round(gap)}）` : `needs ${describeGpaEntry(lowest, lang)} (${round(gap)} short)`,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
