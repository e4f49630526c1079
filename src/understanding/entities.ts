/**
 * Reads the conditions of a partner question from text whose partner and organisation names
 * are already blanked: the student's test and score (with section scores), the student's GPA
 * apart from a GPA the partner requires, places, faculty, level, months, year, languages.
 */
import { EMPTY_QUERY, type PartnerQuery, type ScoredTest } from '../partners/query.ts';
import { CEFR_LEVELS, MONTHS_EN, SCORE_RANGE } from '../partners/test-scales.ts';
import { readFacultyAndLevel } from './faculty-level.ts';
import { readPlaces } from './places.ts';
import type { Vocabulary } from './vocabulary.ts';

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
  const gpa = readGpa(text, vocabulary);
  query.gpa = gpa.own;
  query.requiredGpaMax = gpa.requiredMax;
  query.requiredGpaMin = gpa.requiredMin;
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
  query.level = who.level;
  query.levelOnly = who.levelOnly;
  const months = readMonths(text);
  query.startMonth = months.start;
  query.deadlineMonth = months.deadline;
  query.tuitionWaived = vocabulary.tuitionWaived.test(text) ? true : null;
  const slots = readSlots(text);
  query.minSlots = slots.min;
  query.maxSlots = slots.max;
  query.noLanguageRequirement = vocabulary.noLanguageRequirement.test(text);
  query.rollingDeadline = vocabulary.valueFilters.rollingDeadline.test(text);
  query.tuitionUnknown = vocabulary.valueFilters.tuitionUnknown.test(text);
  query.requirementInWords = vocabulary.valueFilters.requirementInWords.test(text);
  query.yearCondition = vocabulary.valueFilters.yearCondition.test(text);
  // "I'm a first-year: which partners have a year condition?" asks for the rows, not a filter by year.
  query.studentYear = query.yearCondition ? null : readStudentYear(text);
  if (query.test?.test !== 'CEFR')
    query.languages = readRequiredLanguages(
      text,
      vocabulary,
      query.test !== null,
      query.noLanguageRequirement,
      query.requirementInWords,
    );
  // "Vietnamese language ability" asks for a language, not for partners in Vietnam.
  if (query.languages.length > 0)
    query.countries = query.countries.filter(
      (code) =>
        !vocabulary.countries
          .find((c) => c.code === code)
          ?.terms.test(languageWords(text, vocabulary, query.languages)),
    );
  query.year = readYear(text);
  return {
    query,
    bareScore: query.test || query.gpa !== null ? null : readBareScore(text, vocabulary),
    otherCountries: places.named.filter((c) => !c.hasPartner).map((c) => c.code),
  };
}

/** Between a test name and its score: "TOEIC 450", "TOEICで450点", "IELTS score of 6.5", "HSK4級". */
// Up to three connecting words: "TORFL score is 450", "IELTS overall 6.0", 「HSKのスコアは5級」.
const GAP = String.raw`[\s:：は=が、,]*(?:(?:の?スコア|score(?: of)?|overall|total|band|総合|合計|トータル|level|レベル|新|で|が|is|was|of|only|just|about|約|は)[\s:：は=が、,]*){0,3}`;
const AFTER_NAME = new RegExp(`^${GAP}(\\d{1,3}(?:\\.\\d)?)`);
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
      const number = AFTER_NAME.exec(after)?.[1] ?? BEFORE_NAME.exec(before)?.[1];
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
function languageWords(text: string, vocabulary: Vocabulary, ids: string[]): string {
  return vocabulary.languages
    .filter((l) => ids.includes(l.id))
    .flatMap((l) => l.terms.find(text).map((s) => text.slice(s.start, s.end)))
    .join(' ');
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

const GPA_NUMBER =
  /gpa\s*(?:の)?\s*(?:要件|条件|基準|下限|requirement|minimum)?[\s:：は=がで]*(?:が|は|is|of|was)?\s*(?:only|just|about|around|now|currently|約|だいたい)?\s*(\d(?:\.\d{1,2})?)|(\d\.\d{1,2})\s*(?:の)?\s*gpa/;

interface GpaReading {
  own: number | null;
  requiredMax: number | null;
  requiredMin: number | null;
  stated: boolean;
}

const CEILING =
  /以下|未満|まで|or (less|lower|below|under)|and (below|under)|\bmax|at most|no more than/;
const FLOOR = /以上|or (more|higher|above)|at least|and above/;
// "Which partners' minimum would I meet?", 「どこなら条件クリア？」: the number is the student's.
const MEETS =
  /\b(would|do|can|could|will|does) i (meet|qualify|satisfy|clear)\b|\bi (meet|qualify)\b|満たせ|満たして(い)?る|クリア(でき|して|です)/;
const OWN =
  /で(行け|いけ|応募|出願|受け)|\bwith (a |my )?gpa\b|\bmy\b|\bi have\b|\bi've got\b|私の|僕の|自分の|gpa\s*(は|が)?\s*\d(\.\d+)?\s*(です|なんだけど|だけど|しかない|で|あります|ある|持って)|\d(\.\d+)?\s*(です|なんだけど|だけど)/;

/**
 * The student's own GPA apart from what a partner requires: "my GPA is 2.8" is the student's;
 * "partners that require a GPA of 3.0 or less" bounds the requirement; "partners with a GPA
 * requirement" asks only for rows that state one.
 */
function readGpa(text: string, vocabulary: Vocabulary): GpaReading {
  const aboutRequirement = vocabulary.requiredGpa.test(text);
  const match = GPA_NUMBER.exec(text);
  const raw = match?.[1] ?? match?.[2];
  const value = raw === undefined ? null : Number(raw);
  const none = { own: null, requiredMax: null, requiredMin: null, stated: aboutRequirement };
  if (value === null || !(value >= 0 && value <= 4.5)) return none;
  if (!aboutRequirement) return { ...none, own: value };
  // "My GPA is 3.2: which partners' GPA requirement do I meet?" wants rows that state one;
  // 「GPA2.5以下で行ける」 is the student's own GPA, and rows with no minimum count too.
  if (OWN.test(text) || MEETS.test(text))
    return {
      ...none,
      own: value,
      stated: /要件|条件|基準|requirement|minimum|requires?\b/.test(text),
    };
  if (CEILING.test(text)) return { ...none, requiredMax: value, stated: true };
  if (FLOOR.test(text)) return { ...none, requiredMin: value, stated: true };
  return { ...none, requiredMax: value, stated: true };
}

/**
 * The student's year of study: 「1年生です」, 「学部2年で」, "a first-year", "sophomore". A year
 * followed by 以上 or "or above" is a row's condition, not the student's year.
 */
function readStudentYear(text: string): number | null {
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
          const around = (pattern: RegExp) => pattern.test(before) || pattern.test(after);
          // Courses taught in English are not an English requirement: every English test is one.
          return around(NEEDS) || (l.id !== 'english' && around(TAUGHT_IN));
        }),
    )
    .map((l) => l.id);
}

/** A language named as what a partner requires, before or after the language's name. */
const NEEDS =
  /(need|needs|require|requires|required|requirement|speak|use)\s*$|^\s*(が|の|を)?\s*(必要|要件|条件|求め|能力|力|ができ|を使)|^\s*(language\s*)?(required|requirement|proficiency|skills?|ability|level)/;
/** A language named as the one courses are taught in (for Chinese, the row's requirement). */
const TAUGHT_IN = /(taught in|in)\s*$|^\s*(で|の)?\s*(で(受け|学べ|授業|開講)|受け|学べ|授業|開講)/;

const DEADLINE_CONTEXT =
  /締切|締め切り|〆切|しめきり|期限|出願|応募|deadline|due|apply|application/;
const START_CONTEXT = /から|開始|出発|渡航|入学|start|begin|leave|depart|from|intake|enrol/;

function readMonths(text: string): { start: number | null; deadline: number | null } {
  const mentions: { month: number; at: number; end: number }[] = [];
  for (const match of text.matchAll(/(?<![\d/])(1[0-2]|[1-9])\s*月/g))
    mentions.push({
      month: Number(match[1]),
      at: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
    });
  MONTHS_EN.forEach((name, index) => {
    for (const match of text.matchAll(new RegExp(`\\b(${name}|${name.slice(0, 3)}\\.?)\\b`, 'g'))) {
      if (name === 'may' && !/\bin may\b|\bmay (\d|deadline)|\bby may\b|\bfrom may\b/.test(text))
        continue;
      mentions.push({
        month: index + 1,
        at: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
      });
    }
  });
  let start: number | null = null;
  let deadline: number | null = null;
  for (const mention of mentions) {
    const around = text.slice(Math.max(0, mention.at - 20), mention.end + 12);
    if (DEADLINE_CONTEXT.test(around) && deadline === null) deadline = mention.month;
    else if (START_CONTEXT.test(around) && start === null) start = mention.month;
  }
  return { start, deadline };
}

/** Places asked for: 「3名以上」 "at least 3" (a floor), 「2名まで」 "at most 2", "only take 2" (exactly). */
function readSlots(text: string): { min: number | null; max: number | null } {
  const number = (match: RegExpExecArray | null) => (match?.[1] ? Number(match[1]) : null);
  const exactly = number(
    /(\d{1,2})\s*(?:人|名|枠)(?:だけ|のみ|しか)/.exec(text) ??
      /\b(?:only|just|exactly) (?:take |takes |accept |accepts |have |has )?(\d{1,2}) (?:slots?|places?|students?|spots?)/.exec(
        text,
      ),
  );
  if (exactly !== null) return { min: exactly, max: exactly };
  const max = number(
    /(\d{1,2})\s*(?:人|名|枠)(?:まで|以下)/.exec(text) ??
      /\b(?:at most|no more than|up to) (\d{1,2}) (?:slots?|places?|students?|spots?)/.exec(text),
  );
  // "More than 3 places", 「3人より多い」 / 「3名を超える」: strictly more, so at least 4.
  const above = number(
    /\b(?:more than|over) (\d{1,2}) (?:slots?|places?|students?|spots?|seats?)/.exec(text) ??
      /(\d{1,2})\s*(?:人|名|枠)(?:より多い|を超える|超)/.exec(text),
  );
  if (above !== null) return { min: above + 1, max };
  const below = number(
    /\b(?:fewer than|less than|under) (\d{1,2}) (?:slots?|places?|students?|spots?|seats?)/.exec(
      text,
    ) ?? /(\d{1,2})\s*(?:人|名|枠)(?:未満|より少ない)/.exec(text),
  );
  if (below !== null && below > 1) return { min: null, max: below - 1 };
  const min = number(
    /(\d{1,2})\s*(?:人|名|枠)以上/.exec(text) ??
      /at least (\d{1,2}) (?:slots?|places?|students?|spots?)/.exec(text) ??
      /(\d{1,2})\+? (?:slots|places|spots)/.exec(text),
  );
  return { min: max !== null && min === max ? null : min, max };
}

function readYear(text: string): number | null {
  const match = /(?<!\d)(20\d{2})(?!\d)\s*(年度?|年)?/.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}
