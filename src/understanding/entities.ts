/**
 * Reads the conditions of a partner question from text whose partner and organisation names
 * are already blanked: the student's test and score (with section scores), the student's GPA
 * apart from a GPA the partner requires, places, faculty, level, months, year, languages.
 */
import { readConditionPresence, type ConditionPresence } from './condition-presence.ts';
import { readWithout } from './without.ts';
import { EMPTY_QUERY, type PartnerQuery, type ScoredTest } from '../partners/query.ts';
import { CEFR_LEVELS, SCORE_RANGE, TEST_LANGUAGE } from '../partners/test-scales.ts';
import { readGpa } from './gpa-reading.ts';
import { readMonths, readSlots, readYear } from './months-and-places.ts';
import { scoreIsCondition } from './test-condition.ts';
import { readStudentYear } from './student-year.ts';
import { readFacultyAndLevel } from './faculty-level.ts';
import { readPlaces } from './places.ts';
import type { Terms } from '../text/terms.ts';
import type { Vocabulary } from './vocabulary.ts';
import { blank } from '../text/terms.ts';

export interface Entities {
  query: PartnerQuery;
  /** A score with no test named ("and 95?", 「じゃあ95なら？ライティングは24」), for follow-ups. */
  bareScore: { score: number; subScores: { section: string; score: number }[] } | null;
  /** Countries named that have no partner. */
  otherCountries: string[];
}

export function readEntities(text: string, vocabulary: Vocabulary): Entities {
  const query: PartnerQuery = structuredClone(EMPTY_QUERY);
  query.test = readTest(text, vocabulary) ?? readCefr(text, vocabulary, query);
  if (query.test?.score != null && scoreIsCondition(text, vocabulary))
    query.test.asCondition = true;
  const without = readWithout(text, vocabulary);
  query.withoutTests = without.tests;
  query.withoutLanguages = without.languages;
  // 「IELTSなしで」 names a test the student lacks, not one they took.
  if (query.test && without.tests.includes(query.test.test)) query.test = null;
  const gpa = readGpa(text, vocabulary);
  query.gpa = gpa.own;
  query.requiredGpaMax = gpa.requiredMax;
  query.requiredGpaMin = gpa.requiredMin;
  query.excludedRequiredGpa = gpa.excluded;
  query.noGpaRequirement = vocabulary.noGpaRequirement.test(text);
  query.allFaculties = vocabulary.allFaculties.test(text);
  // 「GPAの条件がない」 asks for rows without a minimum, not for rows that state one.
  query.gpaStated = gpa.stated && !query.noGpaRequirement;
  const places = readPlaces(text, vocabulary);
  query.regions = places.regions;
  query.countries = places.countries;
  query.excludedRegions = places.excludedRegions;
  query.excludedCountries = places.excludedCountries;
  const who = readFacultyAndLevel(text, vocabulary);
  query.faculty = who.faculty;
  query.facultyOnly = who.facultyOnly;
  // 「人文学部しか行けない…全学部OKのところじゃなくて」: "only" and "open to all" cannot both be
  // asked; the all-faculties words are then the contrast, and the restriction is the question.
  if (who.facultyOnly) query.allFaculties = false;
  query.level = who.level;
  query.levelOnly = who.levelOnly;
  const months = readMonths(text);
  query.startMonth = months.start;
  query.deadlineMonth = months.deadline;
  query.deadlineDay = months.deadlineDay;
  query.tuitionWaived = vocabulary.tuitionWaived.test(text) ? true : null;
  const slots = readSlots(text);
  query.minSlots = slots.min;
  query.maxSlots = slots.max;
  query.noLanguageRequirement = vocabulary.noLanguageRequirement.test(text);
  query.rollingDeadline = vocabulary.valueFilters.rollingDeadline.test(text);
  query.tuitionUnknown = vocabulary.valueFilters.tuitionUnknown.test(text);
  query.requirementInWords = vocabulary.valueFilters.requirementInWords.test(text);
  query.subScoreStated = vocabulary.valueFilters.subScoreStated.test(text);
  query.extreme = readExtreme(text, vocabulary);
  // The lowest GPA minimum is compared among rows that state one, each shown with it.
  if (query.extreme?.field === 'gpa') query.gpaStated = true;
  query.yearCondition = vocabulary.valueFilters.yearCondition.test(text);
  // "I'm a first-year: which partners have a year condition?" asks for the rows, not a filter by year.
  query.studentYear = query.yearCondition ? null : readStudentYear(text);
  applyConditionPresence(query, readConditionPresence(text, vocabulary.conditionPresence), text);
  // "which partners need chinese? like hsk or some chinese test": a test with no score named as an
  // example of the language asked for is that language (Kaohsiung's Chinese test with no score too).
  const example =
    query.test && query.test.score === null && query.test.test !== 'CEFR' ? query.test.test : null;
  if (query.test?.test !== 'CEFR')
    query.languages = readRequiredLanguages(
      text,
      vocabulary,
      query.test !== null && !example,
      query.noLanguageRequirement,
      query.requirementInWords,
    );
  if (example && query.languages.length > 0) {
    if (query.languages.includes(TEST_LANGUAGE[example] ?? '')) query.test = null;
    else query.languages = [];
  }
  // "Vietnamese language ability" asks for a language, not for partners in Vietnam; a country
  // named apart from the language (「中国の大学で中国語の条件なし」) stays.
  if (query.languages.length > 0) {
    const outside = outsideLanguageWords(text, vocabulary, query.languages);
    query.countries = query.countries.filter(
      (code) => vocabulary.countries.find((c) => c.code === code)?.terms.test(outside) ?? true,
    );
  }
  query.languages = query.languages.filter((l) => !without.languages.includes(l));
  query.year = readYear(text);
  query.quoted = readQuoted(text);
  return {
    query,
    bareScore: query.test || query.gpa !== null ? null : readBareScore(text, vocabulary),
    otherCountries: places.named.filter((c) => !c.hasPartner).map((c) => c.code),
  };
}

/** Between a test name and its score: "TOEIC 450", "TOEICで450点", "IELTS score of 6.5", "HSK4級". */
const BEFORE_NAME =
  /(\d{1,3}(?:\.\d)?)\s*(?:点|points?)?\s*(?:の|on(?: the| my)?|in(?: the| my)?)?\s*$/;

function readTest(text: string, vocabulary: Vocabulary): PartnerQuery['test'] {
  let best: { test: ScoredTest; score: number | null; at: number; end: number } | null = null;
  for (const { id, terms } of vocabulary.tests) {
    for (const span of terms.find(text)) {
      // A plain "TOEFL" inside an already-matched "TOEFL iBT" is the same mention.
      if (best && id === 'TOEFL' && Math.abs(best.at - span.start) <= 2) continue;
      const after = text.slice(span.end);
      const before = text.slice(Math.max(0, span.start - 12), span.start);
      const number = vocabulary.scoreAfterTest.exec(after)?.[1] ?? BEFORE_NAME.exec(before)?.[1];
      const value = number === undefined ? null : Number(number);
      const resolved = (
        id === 'TOEFL' ? (value !== null && value >= 310 ? 'TOEFL_PBT' : 'TOEFL_IBT') : id
      ) as ScoredTest;
      const range = SCORE_RANGE[resolved];
      if (!range) continue;
      const score = value !== null && value >= range[0] && value <= range[1] ? value : null;
      // Prefer a mention that carries a score; otherwise the first mention.
      if (!best || (best.score === null && score !== null))
        best = { test: resolved, score, at: span.start, end: span.end };
    }
  }
  if (!best) return null;
  return {
    test: best.test,
    score: best.score,
    subScores: readSubScores(text.slice(best.end), vocabulary),
  };
}

/** "ドイツ語A2", "CEFR B1 in Portuguese": a level on the European scale, in a named language. */
function readCefr(text: string, vocabulary: Vocabulary, query: PartnerQuery): PartnerQuery['test'] {
  const level = /(?<![a-z0-9])(?:cefr\s*)?([abc][12])(?![a-z0-9])/.exec(text);
  if (!level) return null;
  const languages = vocabulary.languages
    .filter((l) => l.id !== 'english' && l.terms.test(text))
    .map((l) => l.id);
  if (languages.length === 0 && !/cefr/.test(text)) return null;
  query.languages = languages;
  return {
    test: 'CEFR',
    score: CEFR_LEVELS.indexOf(level[1]!.toUpperCase() as (typeof CEFR_LEVELS)[number]) + 1,
    subScores: [],
  };
}

/** The words in the text that named the required languages. */
/** The text with the named languages' words blanked. */
function outsideLanguageWords(text: string, vocabulary: Vocabulary, ids: string[]): string {
  return blank(
    text,
    vocabulary.languages.filter((l) => ids.includes(l.id)).flatMap((l) => l.terms.find(text)),
  );
}

/** The first number that is not a section score or a GPA, with the section scores beside it. */
function readBareScore(text: string, vocabulary: Vocabulary): Entities['bareScore'] {
  if (/gpa|成績/.test(text)) return null;
  const sectionSpans = vocabulary.sections.flatMap((s) => s.terms.find(text));
  for (const match of text.matchAll(/(?<![\d.])(\d{1,3}(?:\.\d)?)(?![\d.])/g)) {
    const at = match.index ?? 0;
    if (sectionSpans.some((span) => at >= span.start && at <= span.end + 28)) continue;
    return { score: Number(match[1]), subScores: readSubScores(text, vocabulary) };
  }
  return null;
}

/** "with Writing 16", 「ライティング18」, 「各5.5以上」, "no band below 6". */
function readSubScores(text: string, vocabulary: Vocabulary): { section: string; score: number }[] {
  const found: { section: string; score: number }[] = [];
  for (const { id, terms } of vocabulary.sections) {
    for (const span of terms.find(text)) {
      const near = text.slice(span.start, span.end + 28);
      const number =
        /(\d{1,3}(?:\.\d)?)/.exec(near)?.[1] ??
        /(\d{1,3}(?:\.\d)?)\s*$/.exec(text.slice(Math.max(0, span.start - 6), span.start))?.[1];
      if (number !== undefined && !found.some((f) => f.section === id))
        found.push({ section: id, score: Number(number) });
    }
  }
  return found;
}

/**
 * Words in quotation marks: 「英語が堪能であること」, 『調査中』, "proficient in English", and
 * 'proficient in English' between spaces (an apostrophe inside a word is not a quote).
 */
const QUOTED = /[「『“"]([^」』”"]{2,40})[」』”"]|(?<![a-z])'([^']{2,40})'(?![a-z])/g;

/** 「GPAの条件が一番低い」: the field asked about, and which end of it. */
function readExtreme(text: string, vocabulary: Vocabulary): PartnerQuery['extreme'] {
  const order = vocabulary.superlativeLow.test(text)
    ? 'low'
    : vocabulary.superlativeHigh.test(text)
      ? 'high'
      : null;
  if (!order) return null;
  const asked = vocabulary.attributes.filter((a) => a.terms.test(text)).map((a) => a.id);
  const field = (['gpa', 'deadline', 'slots'] as const).find((f) => asked.includes(f));
  return field ? { field, order } : null;
}

function readQuoted(text: string): string[] {
  return [...text.matchAll(QUOTED)].map((m) => (m[1] ?? m[2]!).trim()).filter(Boolean);
}

/** "partners that need Chinese": a language named as the requirement, not as a test. */
function readRequiredLanguages(
  text: string,
  vocabulary: Vocabulary,
  hasTest: boolean,
  noRequirement: boolean,
  inWords: boolean,
): string[] {
  if (hasTest || noRequirement) return [];
  return vocabulary.languages
    .filter(
      (l) =>
        // In a question about requirements in words, the language it names is the one meant.
        (inWords && l.terms.test(text)) ||
        l.terms.find(text).some((span) => {
          const before = text.slice(Math.max(0, span.start - 14), span.start);
          const after = text.slice(span.end, span.end + 24);
          const around = (terms: Terms) => terms.test(before) || terms.test(after);
          // Courses taught in English are not an English requirement: every English test is one.
          return (
            around(vocabulary.languageNeeded) ||
            (l.id !== 'english' && around(vocabulary.languageTaughtIn))
          );
        }),
    )
    .map((l) => l.id);
}

/**
 * A condition asked either way round. 「語学の条件が書いてない」: rows that state none (unless the
 * student gave a score, which the test filter reads). 「学年の条件で引っかからない」: rows with no
 * year condition, or, when the student says their year, the rows that year can reach.
 */
function applyConditionPresence(query: PartnerQuery, presence: ConditionPresence, text: string) {
  if (presence.language === 'absent' && query.test?.score == null)
    query.noLanguageRequirement = true;
  if (presence.language === 'stated' && !query.noLanguageRequirement) query.languageStated = true;
  if (presence.gpa === 'absent' && query.gpa === null) {
    query.noGpaRequirement = true;
    query.gpaStated = false;
  }
  if (presence.gpa === 'stated' && !query.noGpaRequirement) query.gpaStated = true;
  if (presence.year === 'absent') {
    query.yearCondition = false;
    query.studentYear = readStudentYear(text);
    query.noYearCondition = query.studentYear === null;
  }
  if (presence.year === 'stated') query.yearCondition = true;
}
