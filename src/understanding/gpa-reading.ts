/**
 * The student's own GPA apart from what a partner requires: "my GPA is 2.8", 「GPA2.5以下の協定校」
 * (a ceiling on the requirement), "partners with a GPA requirement" (rows that state one).
 */
import type { Vocabulary } from './vocabulary.ts';

const GPA_NUMBER =
  /gpa\s*(?:の)?\s*(?:要件|条件|基準|下限|requirement|minimum)?[\s:：は=がで]*(?:が|は|is|of|was)?\s*(?:only|just|about|around|now|currently|約|だいたい)?\s*(\d(?:\.\d{1,2})?)|(\d\.\d{1,2})\s*(?:の)?\s*gpa/;

interface GpaReading {
  own: number | null;
  requiredMax: number | null;
  requiredMin: number | null;
  /** 「GPA3.0が条件になってない」: rows whose minimum is this figure are left out. */
  excluded: number | null;
  stated: boolean;
}

// 「GPA2.5以上が条件」「GPA３．０って条件になってる」: the figure, 以上 and all, is the row's
// condition as the table words it, so the rows whose minimum is that figure (not a floor).
const FIGURE_AS_CONDITION =
  /gpa\s*(\d(?:\.\d{1,2})?)\s*(?:以上)?\s*(?:が|って|を|は|の|という)?\s*(?:条件|要件|基準)/;
// What follows the condition's noun when the student rules it out: 「…になってない」「…じゃない」.
const NOT_THE_CONDITION =
  /^\s*(?:に|と)?\s*(?:なって|して|され|なっ)?\s*(?:い|て)?\s*(?:ない|ません|なく)|^\s*(?:じゃ|では|でも)\s*(?:ない|なく|ありません)|^\s*(?:が|は)?\s*(?:ない|無い|なし)/;

const CEILING =
  /以下|未満|まで|or (less|lower|below|under)|and (below|under)|\bmax|at most|no more than/;
const FLOOR = /以上|or (more|higher|above)|at least|and above/;

/**
 * 「GPA低めでも行けるとこ（2.3くらい）」: GPA named, its number elsewhere. With no test named, the
 * one number that looks like a GPA is it.
 */
function loneGpaNumber(text: string, vocabulary: Vocabulary): string | undefined {
  if (!/gpa/.test(text) || vocabulary.tests.some((t) => t.terms.test(text))) return undefined;
  const numbers = text.match(/(?<![\d.])[0-4]\.\d{1,2}(?![\d.])/g) ?? [];
  return numbers.length === 1 ? numbers[0] : undefined;
}

/**
 * The student's own GPA apart from what a partner requires: "my GPA is 2.8" is the student's;
 * "partners that require a GPA of 3.0 or less" bounds the requirement; "partners with a GPA
 * requirement" asks only for rows that state one; "a GPA requirement of 2.5", with no bound,
 * is that minimum exactly.
 */
export function readGpa(text: string, vocabulary: Vocabulary): GpaReading {
  const aboutRequirement = vocabulary.requiredGpa.test(text);
  const match = GPA_NUMBER.exec(text);
  const raw = match?.[1] ?? match?.[2] ?? loneGpaNumber(text, vocabulary);
  const value = raw === undefined ? null : Number(raw);
  const none = {
    own: null,
    requiredMax: null,
    requiredMin: null,
    excluded: null,
    stated: aboutRequirement,
  };
  if (value === null || !(value >= 0 && value <= 4.5)) return none;
  if (!aboutRequirement) return { ...none, own: value };
  // "My GPA is 3.2: which partners' GPA requirement do I meet?" wants rows that state one;
  // 「GPA2.5以下で行ける」 is the student's own GPA, and rows with no minimum count too.
  if (vocabulary.studentsOwn.test(text))
    return {
      ...none,
      own: value,
      stated: /要件|条件|基準|requirement|minimum|requires?\b/.test(text),
    };
  const named = FIGURE_AS_CONDITION.exec(text);
  if (named && Number(named[1]) === value) {
    if (NOT_THE_CONDITION.test(text.slice(named.index + named[0].length)))
      return { ...none, excluded: value, stated: false };
    return { ...none, requiredMax: value, requiredMin: value, stated: true };
  }
  if (CEILING.test(text)) return { ...none, requiredMax: value, stated: true };
  if (FLOOR.test(text)) return { ...none, requiredMin: value, stated: true };
  // 「GPAの基準が2.5の協定校」, "partners that ask for a GPA of 2.5": the figure names the
  // requirement itself, bounded neither way, so the rows whose minimum is that figure. (Whose
  // GPA it is was settled above: a student's own figure, or one they would meet, never gets here.)
  return { ...none, requiredMax: value, requiredMin: value, stated: true };
}
