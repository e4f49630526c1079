/**
 * Runs a `PartnerQuery` against the records: exact sets, a reason for every partner, and the
 * partners that belong in neither the set nor silence (another test, no requirement stated,
 * near misses). Scores are never converted between tests: that is the office's call.
 */
import {
  optionLanguage,
  type GpaRequirement,
  type LanguageOption,
  type Partner,
} from '../knowledge/schema.ts';
import { passesFilters } from './filters.ts';
import { phrasesInTable, saysAll } from './quoted-text.ts';
import type { PartnerQuery, ScoredTest } from './query.ts';
import { CEFR_LEVELS, NEAR_MISS_MARGIN } from './test-scales.ts';

export type Verdict = 'match' | 'other_test' | 'none_stated' | 'near_miss' | 'excluded';

/**
 * Why a partner is where it is, as data: the record's own options and figures and the
 * student's. The composers turn these into words (src/messages/), in the student's language.
 */
export type LanguageReason =
  /** No test asked: the partner's requirement as recorded. */
  | { kind: 'requirement' }
  /** The record states none, or it is not legible (the requirement says which). */
  | { kind: 'as_recorded' }
  /** Stated in another test or form; whether the student's test counts is the office's call. */
  | { kind: 'other_test'; test: ScoredTest }
  /** The asked test, without a score: its option. */
  | { kind: 'option'; option: LanguageOption; preferred: boolean }
  | { kind: 'meets'; option: LanguageOption; test: ScoredTest; score: number; preferred: boolean }
  | { kind: 'short'; option: LanguageOption; gap: number; alternatives: LanguageOption[] }
  /** The overall score meets the option; a section score the student gave does not. */
  | { kind: 'section_short'; option: LanguageOption };

export type GpaReason =
  | { kind: 'gpa_stated' }
  | { kind: 'gpa_other_scale' }
  | { kind: 'gpa_meets'; entry: GpaRequirement; gpa: number }
  | { kind: 'gpa_short'; entry: GpaRequirement; gap: number };

/** The row's year-of-study condition, shown when the question is about the student's year. */
export type YearReason = { kind: 'year_condition' };
export type PartnerReason = LanguageReason | GpaReason | YearReason;

export interface PartnerVerdict {
  partner: Partner;
  verdict: Verdict;
  /** The language reason, then the GPA reason when a GPA was given. */
  reasons: PartnerReason[];
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

const GPA_NEAR_MISS = 0.3;

export function searchPartners(partners: Partner[], query: PartnerQuery): PartnerSearch {
  const named = query.partnerIds
    .map((id) => partners.find((p) => p.id === id))
    .filter((p): p is Partner => !!p);
  // A quote from the table narrows a list to the rows that say it (never a lookup's named rows).
  const quoted = named.length > 0 ? [] : phrasesInTable(partners, query.quoted);
  const pool = (named.length > 0 ? named : partners).filter((p) => saysAll(p, quoted));
  const result: PartnerSearch = {
    query,
    matches: [],
    otherTest: [],
    noneStated: [],
    nearMiss: [],
    named,
  };
  for (const partner of pool) {
    if (!passesFilters(partner, query)) continue;
    const verdict = judge(partner, query);
    const bucket = {
      match: result.matches,
      other_test: result.otherTest,
      none_stated: result.noneStated,
      near_miss: result.nearMiss,
      excluded: null,
    }[verdict.verdict];
    bucket?.push(verdict);
  }
  if (query.extreme) result.matches = extremeRows(result.matches, query.extreme);
  return result;
}

/**
 * The rows with the lowest or highest value of the field, ties kept, among those that state one:
 * a GPA on the 4-point scale (other scales do not compare), a deadline date in the calendar year
 * (low: the earliest of a row's dates; high: the latest), the number of places.
 */
function extremeRows(
  verdicts: PartnerVerdict[],
  extreme: NonNullable<PartnerQuery['extreme']>,
): PartnerVerdict[] {
  const low = extreme.order === 'low';
  const pick = (values: number[]) =>
    values.length === 0 ? null : low ? Math.min(...values) : Math.max(...values);
  const valueOf = (partner: Partner): number | null => {
    if (extreme.field === 'slots') return partner.slots;
    if (extreme.field === 'gpa')
      return pick(partner.gpa.filter((g) => g.scale === 4).map((g) => g.min));
    return pick(
      partner.deadlines.filter((d) => d.month !== null).map((d) => d.month! * 100 + (d.day ?? 0)),
    );
  };
  const valued = verdicts
    .map((verdict) => ({ verdict, value: valueOf(verdict.partner) }))
    .filter((v): v is { verdict: PartnerVerdict; value: number } => v.value !== null);
  const best = pick(valued.map((v) => v.value));
  return valued.filter((v) => v.value === best).map((v) => v.verdict);
}

/** Whether the student's section scores meet an option's sub-score condition; not given counts as met. */
function sectionsMet(option: LanguageOption, query: PartnerQuery): boolean {
  const condition = option.subScore;
  const given = query.test?.subScores ?? [];
  if (!condition || given.length === 0) return true;
  const section = condition.section.toLowerCase();
  const relevant = section.includes('all')
    ? given
    : given.filter((g) => section.includes(g.section) || g.section === 'all');
  return relevant.every((g) => g.score >= condition.min);
}

/** An option's minimum on the question's scale: CEFR levels count 1-6 (A1..C2). */
function minimumOf(option: LanguageOption): number | null {
  if (option.test === 'CEFR')
    return option.cefr
      ? CEFR_LEVELS.indexOf(option.cefr as (typeof CEFR_LEVELS)[number]) + 1
      : null;
  return option.min;
}

function judge(partner: Partner, query: PartnerQuery): PartnerVerdict {
  const language = judgeLanguage(partner, query);
  const gpa = judgeGpa(partner, query);
  const reasons: PartnerReason[] = gpa.reason ? [language.reason, gpa.reason] : [language.reason];
  const yearAsked = query.yearCondition || query.studentYear !== null;
  if (yearAsked && partner.studentLevel?.minYear) reasons.push({ kind: 'year_condition' });
  // A GPA below the minimum rules a partner out whatever the test says; just below is a near miss.
  if (gpa.verdict === 'excluded') return { partner, verdict: 'excluded', reasons };
  if (gpa.verdict === 'near_miss')
    return {
      partner,
      verdict: language.verdict === 'excluded' ? 'excluded' : 'near_miss',
      reasons,
    };
  if (gpa.verdict === 'other_test' && language.verdict === 'match')
    return { partner, verdict: 'other_test', reasons };
  return { partner, verdict: language.verdict, reasons };
}

function judgeLanguage(
  partner: Partner,
  query: PartnerQuery,
): { verdict: Verdict; reason: LanguageReason } {
  if (!query.test) return { verdict: 'match', reason: { kind: 'requirement' } };
  const { test, score } = query.test;
  const { status, options, preferred } = partner.language;
  if (status === 'none_stated') return { verdict: 'none_stated', reason: { kind: 'as_recorded' } };
  if (status === 'unclear') return { verdict: 'other_test', reason: { kind: 'as_recorded' } };
  // A level whose row does not name its language counts for the language the office reads it
  // as; the record's note says the office can confirm which language it is.
  const inLanguage = (o: LanguageOption) =>
    test !== 'CEFR' || query.languages.length === 0 || query.languages.includes(optionLanguage(o));
  const sameTest = options.filter((o) => o.test === test && inLanguage(o));
  if (sameTest.length === 0) return { verdict: 'other_test', reason: { kind: 'other_test', test } };
  if (score === null)
    return { verdict: 'match', reason: { kind: 'option', option: sameTest[0]!, preferred } };
  // 「HSK4級が条件の大学」: the rows whose minimum is that score, not those it would meet.
  if (query.test.asCondition && query.partnerIds.length === 0) {
    const named = sameTest.find((o) => minimumOf(o) === score);
    return named
      ? { verdict: 'match', reason: { kind: 'option', option: named, preferred } }
      : { verdict: 'excluded', reason: { kind: 'option', option: sameTest[0]!, preferred } };
  }
  const overall = sameTest.filter((o) => minimumOf(o) !== null && minimumOf(o)! <= score);
  const met = overall.find((o) => sectionsMet(o, query));
  if (met)
    return { verdict: 'match', reason: { kind: 'meets', option: met, test, score, preferred } };
  if (overall.length > 0)
    return { verdict: 'excluded', reason: { kind: 'section_short', option: overall[0]! } };
  const lowest = sameTest.reduce((a, b) =>
    (minimumOf(a) ?? Infinity) <= (minimumOf(b) ?? Infinity) ? a : b,
  );
  const gap = (minimumOf(lowest) ?? Infinity) - score;
  const alternatives = options.filter((o) => o.test !== test);
  return {
    verdict: gap <= NEAR_MISS_MARGIN[test] ? 'near_miss' : 'excluded',
    reason: { kind: 'short', option: lowest, gap: round(gap), alternatives },
  };
}

function judgeGpa(
  partner: Partner,
  query: PartnerQuery,
): { verdict: Verdict; reason: GpaReason | null } {
  // A list filtered on the GPA requirement shows each partner's requirement as its reason.
  const gpaFiltered =
    query.gpaStated ||
    query.requiredGpaMax !== null ||
    query.requiredGpaMin !== null ||
    query.excludedRequiredGpa !== null;
  if (query.gpa === null)
    return { verdict: 'match', reason: gpaFiltered ? { kind: 'gpa_stated' } : null };
  const student = query.gpa;
  const applicable = partner.gpa.filter((g) => !query.level || !g.level || g.level === query.level);
  if (applicable.length === 0) return { verdict: 'match', reason: { kind: 'gpa_stated' } };
  const onFourScale = applicable.filter((g) => g.scale === 4 || g.scale === null);
  if (onFourScale.length === 0)
    return { verdict: 'other_test', reason: { kind: 'gpa_other_scale' } };
  const lowest = onFourScale.reduce((a: GpaRequirement, b) => (a.min <= b.min ? a : b));
  if (lowest.min <= student)
    return { verdict: 'match', reason: { kind: 'gpa_meets', entry: lowest, gpa: student } };
  const gap = lowest.min - student;
  return {
    verdict: gap <= GPA_NEAR_MISS ? 'near_miss' : 'excluded',
    reason: { kind: 'gpa_short', entry: lowest, gap: round(gap) },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
