/**
 * A partner as one line of a list (its reason, then the fields asked), and a record's field in
 * the student's language: shared by the list answer and the lookup.
 */
import type { Lang } from '../domain/types.ts';
import type { Partner } from '../knowledge/schema.ts';
import type { OfficeFile } from '../knowledge/office-schema.ts';
import type { PartnerReason, PartnerVerdict } from '../partners/engine.ts';
import type { PartnerField, PartnerQuery } from '../partners/query.ts';
import {
  countryName,
  describeDeadlines,
  describeFaculties,
  describeGpa,
  describeLanguage,
  describePeriods,
  describeSlots,
  describeTuition,
  partnerName,
} from '../messages/partner-facts.ts';
import { messagesFor } from '../messages/index.ts';
import { describeReasons } from '../messages/partner-reasons.ts';
import { studentText } from '../knowledge/voices.ts';

/** Fields a list question asks for beside the requirement (「マレーシアの協定校の締切」): shown per row. */
const LISTED_FIELDS: PartnerField[] = ['deadline', 'slots', 'period', 'tuition', 'faculty'];

export function line(
  verdict: PartnerVerdict,
  index: number,
  lang: Lang,
  office: OfficeFile,
  asked: PartnerField[],
): string {
  return lineOf(verdict, index, lang, office, asked, () => true);
}

/**
 * The line with only what the question chose the rows by (the year condition of a year-condition
 * list, the score of a score list): the first message's shorter form when the lines in full do not
 * fit, so what was asked stays on screen and the rest of the row is one tap away.
 */
export function askedLine(
  verdict: PartnerVerdict,
  index: number,
  lang: Lang,
  office: OfficeFile,
  query: PartnerQuery,
): string {
  const languageAsked = asksLanguage(query);
  return lineOf(verdict, index, lang, office, listedFields(query), (reason) =>
    reason.kind === 'requirement' ? languageAsked : true,
  );
}

/** The question chooses rows by their language requirement, or asks to see it. */
function asksLanguage(query: PartnerQuery): boolean {
  return (
    query.test !== null ||
    query.languages.length > 0 ||
    query.noLanguageRequirement ||
    query.languageStated ||
    query.requirementInWords ||
    query.subScoreStated ||
    query.withoutTests.length > 0 ||
    query.withoutLanguages.length > 0 ||
    query.fields.includes('language')
  );
}

function lineOf(
  verdict: PartnerVerdict,
  index: number,
  lang: Lang,
  office: OfficeFile,
  asked: PartnerField[],
  keep: (reason: PartnerReason) => boolean,
): string {
  const { partner } = verdict;
  const m = messagesFor(lang);
  const fields = LISTED_FIELDS.filter((f) => asked.includes(f)).flatMap((field) => {
    const value = fieldValue(partner, field, lang);
    const unclear = field === 'faculty' && facultiesUnclear(partner);
    return value
      ? [`${m.partners.field[field]}: ${value}${unclear ? m.partners.facultiesUnclear : ''}`]
      : [];
  });
  const reasons = verdict.reasons.filter(keep);
  return m.partners.line(
    index,
    partnerName(partner, lang),
    countryName(partner, lang),
    [
      ...(reasons.length > 0 ? [describeReasons(reasons, partner, lang, office)] : []),
      ...fields,
    ].join(m.reasons.join),
  );
}

/** The table does not show this row's faculties plainly (a gap note says why). */
const facultiesUnclear = (partner: Partner) =>
  partner.gaps.some((gap) => /facult/i.test(gap.student.en));

/**
 * The fields each listed row shows: those asked, and the faculties when the list was chosen
 * by faculty, so each row carries the reason it is there.
 */
export function listedFields(query: PartnerQuery): PartnerField[] {
  return query.faculty && !query.fields.includes('faculty')
    ? [...query.fields, 'faculty']
    : query.fields;
}

export function fieldValue(partner: Partner, field: PartnerField, lang: Lang): string | null {
  switch (field) {
    case 'language': {
      // A lookup tells the whole requirement: the note on it says what the options leave out
      // (Jaume: the courses taught in English for students without Spanish).
      const { status, note } = partner.language;
      const described = describeLanguage(partner, lang);
      return status === 'stated' && note ? `${described} ${studentText(note, lang)}` : described;
    }
    case 'gpa':
      return describeGpa(partner, lang);
    case 'deadline':
      return describeDeadlines(partner, lang);
    case 'period':
      return describePeriods(partner, lang);
    case 'slots':
      return describeSlots(partner, lang);
    case 'tuition':
      return describeTuition(partner, lang);
    case 'faculty':
      return describeFaculties(partner, lang);
    case 'notes':
      return partner.notes.length > 0
        ? partner.notes.map((n) => studentText(n, lang)).join(messagesFor(lang).partners.gapJoin)
        : null;
  }
}
