/**
 * Whether a row is in the running at all, before its language and GPA are judged: place, faculty,
 * level, dates, tuition, places, and what the row states or leaves unstated.
 */
import { optionLanguage, type Partner } from '../knowledge/schema.ts';
import { mayGo, onlyFaculty, onlyLevel } from './faculty-codes.ts';
import { namedKind } from './name-words.ts';
import type { PartnerQuery } from './query.ts';

/** Everything that is not a score: place, faculty, level, dates, tuition, places. */
export function passesFilters(partner: Partner, query: PartnerQuery): boolean {
  const placeAsked = query.regions.length > 0 || query.countries.length > 0;
  if (
    placeAsked &&
    !query.regions.includes(partner.region.id) &&
    !query.countries.includes(partner.country.code)
  )
    return false;
  if (
    query.excludedRegions.includes(partner.region.id) ||
    query.excludedCountries.includes(partner.country.code)
  )
    return false;
  if (!mayGo(partner, query.faculty, query.level)) return false;
  if (query.nameKind && namedKind(query.nameKind, [partner]).length === 0) return false;
  if (query.levelOnly && query.level && !onlyLevel(partner, query.level)) return false;
  const minYear = partner.studentLevel?.minYear ?? null;
  if (query.yearCondition && minYear === null) return false;
  if (query.noYearCondition && minYear !== null) return false;
  // Students apply about a year ahead (the guide: consult at least a year before), so a student
  // now in year y goes in year y + 1: a row open from year 3 is out of reach for a first-year only.
  // A year the row only prefers is told (the reason line), not enforced.
  const yearRequired = minYear !== null && !partner.studentLevel?.yearPreferred;
  if (query.studentYear !== null && yearRequired && query.studentYear + 1 < minYear) return false;
  if (
    query.startMonth !== null &&
    !partner.studyPeriods.some((p) => p.fromMonth === query.startMonth)
  )
    return false;
  if (
    query.deadlineMonth !== null &&
    !partner.deadlines.some(
      (d) =>
        d.month === query.deadlineMonth &&
        (query.deadlineDay === null || d.day === query.deadlineDay),
    )
  )
    return false;
  if (query.tuitionWaived === true && partner.tuitionWaived !== true) return false;
  if (query.maxSlots !== null && (partner.slots === null || partner.slots > query.maxSlots))
    return false;
  if (query.minSlots !== null && (partner.slots === null || partner.slots < query.minSlots))
    return false;
  if (query.noLanguageRequirement && partner.language.status !== 'none_stated') return false;
  if (query.languageStated && partner.language.status === 'none_stated') return false;
  if (query.noGpaRequirement && partner.gpa.length > 0) return false;
  if (query.allFaculties && !partner.faculties.all) return false;
  return passesRequirementFilters(partner, query);
}

/** Filters on what a row requires: a GPA ceiling or floor, a stated GPA, a language, a value kind. */
function passesRequirementFilters(partner: Partner, query: PartnerQuery): boolean {
  // A row with a minimum per level (Inner Mongolia: 2.8 undergraduates, 3.0 graduates) is read
  // at the student's level when the question gives one.
  const fourScale = partner.gpa.filter(
    (g) =>
      (g.scale === 4 || g.scale === null) && (!query.level || !g.level || g.level === query.level),
  );
  if (
    query.requiredGpaMax !== null &&
    (fourScale.length === 0 || fourScale.some((g) => g.min > query.requiredGpaMax!))
  )
    return false;
  if (query.requiredGpaMin !== null && !fourScale.some((g) => g.min >= query.requiredGpaMin!))
    return false;
  if (query.gpaStated && fourScale.length === 0) return false;
  if (
    query.excludedRequiredGpa !== null &&
    fourScale.some((g) => g.min === query.excludedRequiredGpa)
  )
    return false;
  if (query.facultyOnly && (!query.faculty || !onlyFaculty(partner, query.faculty))) return false;
  if (query.rollingDeadline && !partner.deadlines.some((d) => d.month === null && d.text !== null))
    return false;
  if (query.tuitionUnknown && partner.tuitionWaived !== null) return false;
  const options = partner.language.options;
  // A row whose requirement the table does not show plainly may need what the student lacks:
  // it is never listed as open without it.
  const without = query.withoutTests.length > 0 || query.withoutLanguages.length > 0;
  if (without && partner.language.status === 'unclear') return false;
  // "Without IELTS": a row whose every way in is IELTS is closed; one with another way is open.
  if (query.withoutTests.length > 0 && options.length > 0)
    if (options.every((o) => (query.withoutTests as string[]).includes(o.test))) return false;
  if (query.withoutLanguages.length > 0 && options.length > 0)
    if (options.every((o) => query.withoutLanguages.includes(optionLanguage(o)))) return false;
  if (
    query.requirementInWords &&
    !(options.length > 0 && options.every((o) => o.test === 'PROFICIENCY'))
  )
    return false;
  // "Band minimums": rows with an option that sets one (of the test named, when one is).
  if (
    query.subScoreStated &&
    !options.some((o) => o.subScore && (!query.test || o.test === query.test.test))
  )
    return false;
  // "Partners that need Chinese": only rows whose requirement is in that language (CEFR reads it in the judge).
  if (
    query.languages.length > 0 &&
    query.test?.test !== 'CEFR' &&
    !options.some((o) => query.languages.includes(optionLanguage(o)))
  )
    return false;
  return true;
}
