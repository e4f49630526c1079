/** Which year of study the student is in, for rows with a year condition (see partners/engine.ts). */

/**
 * The student's year of study: 「1年生です」, 「学部2年で」, "a first-year", "sophomore". A year
 * followed by 以上 or "or above" is a row's condition, not the student's year.
 */
export function readStudentYear(text: string): number | null {
  const ja = JA_YEAR.exec(text);
  if (ja) return yearNumber(ja[1] ?? ja[2]!);
  const en = EN_YEAR.exec(text);
  if (!en || /^\s+(?:or|and) (?:above|higher|later|up)/.test(text.slice(en.index + en[0].length)))
    return null;
  const word = en.slice(1).find(Boolean)!;
  const found = EN_YEARS.findIndex((names) => names.includes(word));
  return found >= 0 ? found + 1 : 4;
}

const JA_YEAR =
  /([1-4１-４一二三四])\s*(?:年生|年次|回生)(?!\s*(?:以上|以降))|学部\s*([1-4])\s*年(?![間以])/;
// "first year" alone is often a programme's ("in the first year"): a student's needs "I'm a",
// a hyphen or "students".
const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const EN_YEAR = new RegExp(
  [
    `\\b(?:i'?m|i am|as|a|an) ${ORDINAL}[- ]year`,
    `\\b${ORDINAL}-years?\\b`,
    `\\b${ORDINAL} years? (?:students?|undergrad)`,
    '\\b(freshman|sophomore|junior)\\b',
  ].join('|'),
);
const EN_YEARS = [
  ['first', '1st', 'freshman'],
  ['second', '2nd', 'sophomore'],
  ['third', '3rd', 'junior'],
];

function yearNumber(digit: string): number {
  const index = '一二三四'.indexOf(digit);
  return index >= 0 ? index + 1 : Number(digit.normalize('NFKC'));
}
