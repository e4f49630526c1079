/**
 * The conditions a partner answer repeats back ("accepting IELTS 6, outside Asia, open only to
 * engineering students"), in the student's language, from the query the engine ran.
 */
import type { Lang } from '../domain/types.ts';
import type { PartnersFile } from '../knowledge/schema.ts';
import { messagesFor } from '../messages/index.ts';
import { languageLabel } from '../messages/partner-facts.ts';
import type { PartnerQuery } from '../partners/query.ts';
import { phrasesInTable } from '../partners/quoted-text.ts';
import { scoreLabel, TEST_LABEL } from '../partners/test-scales.ts';

/** A place with no partner, named as the student named it ("Canada"), from the lexicon. */
export interface OtherPlace {
  code: string;
  ja: string;
  en: string;
}

export function describeCriteria(
  query: PartnerQuery,
  lang: Lang,
  file: PartnersFile,
  otherPlaces: OtherPlace[] = [],
): string {
  const c = messagesFor(lang).partners.criteria;
  const parts: string[] = [];
  if (query.test) {
    const label = TEST_LABEL[query.test.test];
    parts.push(
      query.test.score === null
        ? c.testAny(label)
        : query.test.asCondition
          ? c.testCondition(label, scoreLabel(query.test.test, query.test.score))
          : c.testScore(label, scoreLabel(query.test.test, query.test.score)),
    );
  }
  if (query.gpa !== null) parts.push(c.gpa(query.gpa));
  if (query.requiredGpaMin !== null || query.requiredGpaMax !== null)
    parts.push(c.requiredGpa(query.requiredGpaMin, query.requiredGpaMax));
  const region = (id: string) => file.partners.find((p) => p.region.id === id)?.region[lang] ?? id;
  const country = (code: string) =>
    file.partners.find((p) => p.country.code === code)?.country[lang] ??
    otherPlaces.find((o) => o.code === code)?.[lang] ??
    code;
  const places = [...query.regions.map(region), ...query.countries.map(country)];
  if (places.length > 0) parts.push(c.places(places));
  const excluded = [...query.excludedRegions.map(region), ...query.excludedCountries.map(country)];
  if (excluded.length > 0) parts.push(c.outside(excluded));
  if (query.faculty) parts.push(c.faculty(query.faculty, query.facultyOnly));
  if (query.level) parts.push(c.level(query.level, query.levelOnly));
  if (query.startMonth !== null) parts.push(c.startMonth(query.startMonth));
  if (query.deadlineMonth !== null)
    parts.push(
      query.deadlineDay !== null
        ? c.deadlineDate(query.deadlineMonth, query.deadlineDay)
        : c.deadlineMonth(query.deadlineMonth),
    );
  if (query.tuitionWaived) parts.push(c.tuitionWaived);
  if (query.minSlots !== null && query.minSlots === query.maxSlots)
    parts.push(c.exactSlots(query.minSlots));
  else {
    if (query.minSlots !== null) parts.push(c.minSlots(query.minSlots));
    if (query.maxSlots !== null) parts.push(c.maxSlots(query.maxSlots));
  }
  if (query.noLanguageRequirement) parts.push(c.noLanguageRequirement);
  if (query.languageStated) parts.push(c.languageStated);
  if (query.noGpaRequirement) parts.push(c.noGpaRequirement);
  if (query.subScoreStated) parts.push(c.subScoreStated);
  if (query.nameKind) parts.push(c.nameKind(query.nameKind));
  if (query.extreme) parts.push(c.extreme(query.extreme.field, query.extreme.order));
  // A GPA figure says the condition itself (in the reasons); "with a GPA minimum" only that one is stated.
  if (
    query.gpaStated &&
    query.extreme?.field !== 'gpa' &&
    query.gpa === null &&
    query.requiredGpaMin === null &&
    query.requiredGpaMax === null
  )
    parts.push(c.gpaStated);
  if (query.allFaculties) parts.push(c.allFaculties);
  if (query.withoutTests.length > 0)
    parts.push(
      c.withoutTests([...new Set(query.withoutTests.map((t) => TEST_LABEL[t].split(' ')[0]!))]),
    );
  // A CEFR level names its language with the level; otherwise the language is the filter.
  if (query.languages.length > 0 && query.test?.test !== 'CEFR')
    parts.push(c.languages(query.languages.map((id) => languageLabel(id, lang))));
  const quoted = phrasesInTable(file.partners, query.quoted);
  if (quoted.length > 0) parts.push(c.quoted(quoted));
  if (query.withoutLanguages.length > 0)
    parts.push(c.withoutLanguages(query.withoutLanguages.map((id) => languageLabel(id, lang))));
  if (query.yearCondition) parts.push(c.yearCondition);
  else if (query.noYearCondition) parts.push(c.noYearCondition);
  else if (query.studentYear !== null) parts.push(c.studentYear(query.studentYear));
  return parts.join(c.join);
}
