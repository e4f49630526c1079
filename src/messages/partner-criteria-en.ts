/** English: a list's heading words (keys in messages.ts, CriteriaMessages). */
import type { CriteriaMessages } from './messages.ts';

/** Month names, 1-based. */
export const MONTHS = [
  '',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const criteriaEn: CriteriaMessages = {
  testAny: (label) => `with a ${label} requirement`,
  testScore: (label, score) => `accepting ${label} ${score}`,
  testCondition: (label, score) => `requiring ${label} ${score}`,
  gpa: (gpa) => `open to a GPA of ${gpa}`,
  places: (names) => `in ${names.join(' or ')}`,
  outside: (names) => `outside ${names.join(' and ')}`,
  faculty: (faculty, only) => `open ${only ? 'only ' : ''}to ${faculty} students`,
  level: (level, only) => `open ${only ? 'only ' : ''}to ${level}s`,
  startMonth: (month) => `with a term starting in ${MONTHS[month]}`,
  deadlineMonth: (month) => `with a deadline in ${MONTHS[month]}`,
  deadlineDate: (month, day) => `with a deadline on ${MONTHS[month]} ${day}`,
  tuitionWaived: 'with tuition waived',
  minSlots: (count) => `with at least ${count} places`,
  maxSlots: (count) => `with at most ${count} places`,
  exactSlots: (count) => `with ${count} place${count === 1 ? '' : 's'}`,
  noLanguageRequirement: 'with no language requirement stated',
  languageStated: 'with a language requirement stated',
  noYearCondition: 'with no year-of-study condition',
  noGpaRequirement: 'with no GPA minimum stated',
  gpaStated: 'with a GPA minimum stated',
  subScoreStated: 'with a minimum per section or band',
  nameKind: (kind) => `with "${kind}" in the name`,
  extreme: (field, order) =>
    ({
      gpa: { low: 'with the lowest GPA minimum', high: 'with the highest GPA minimum' },
      deadline: {
        low: 'with the earliest deadline in the calendar year',
        high: 'with the latest deadline in the calendar year',
      },
      slots: { low: 'with the fewest places', high: 'with the most places' },
    })[field][order],
  requiredGpa: (min, max) =>
    min !== null && min === max
      ? `requiring a GPA of ${min.toFixed(1)}`
      : min !== null
        ? `with a GPA minimum of ${min.toFixed(1)} or more`
        : `with a GPA minimum of ${max!.toFixed(1)} or less`,
  allFaculties: 'open to all faculties',
  yearCondition: 'with a year-of-study condition',
  withoutTests: (labels) => `open without ${labels.join(' or ')}`,
  withoutLanguages: (names) => `not requiring ${names.join(' or ')}`,
  languages: (names) => `asking for ${names.join(' or ')}`,
  quoted: (phrases) => `whose entry says ${phrases.map((p) => `"${p}"`).join(' and ')}`,
  studentYear: (year) => `that a year-${year} student can go to the year after`,
  join: ', ',
};
