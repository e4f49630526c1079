/**
 * Words a student quotes from the table (「英語が堪能であること」って書いてある大学, tuition
 * 「調査中」, 'proficient in English'): the rows whose own text says them. A quote no row says
 * (「全項目5.5以上」みたいに, an example in the student's words) filters nothing.
 */
import type { Partner } from '../knowledge/schema.ts';
import { normaliseText } from '../text/normalise.ts';

/** Compared without case or spaces: the table's transcription spaces words at random. */
const folded = (text: string) => normaliseText(text).toLowerCase().replace(/\s+/g, '');

const rowTexts = new WeakMap<Partner, string>();

/** Everything a row says to students: names, cells as printed, notes and gap notes. */
function rowText(partner: Partner): string {
  let text = rowTexts.get(partner);
  if (text === undefined) {
    text = folded(
      JSON.stringify([
        partner.nameJa,
        partner.nameEn,
        partner.aliases,
        partner.faculties,
        partner.studentLevel,
        partner.language,
        partner.gpa,
        partner.deadlines,
        partner.notes.map((n) => n.student),
        partner.gaps.map((g) => g.student),
      ]),
    );
    rowTexts.set(partner, text);
  }
  return text;
}

/** The quoted phrases some row says; the rest are the student's own words. */
export function phrasesInTable(partners: Partner[], quoted: string[]): string[] {
  return quoted.filter((phrase) => partners.some((p) => rowText(p).includes(folded(phrase))));
}

export const saysAll = (partner: Partner, phrases: string[]) =>
  phrases.every((phrase) => rowText(partner).includes(folded(phrase)));
