/**
 * A partner question, typed. Produced by the rule-based parser (and, in model mode, by a
 * model's structured output validated against the same schema); executed by the engine.
 */
import { z } from 'zod';

/** CEFR scores are levels 1-6 (A1..C2), always with a language in `languages`. */
export const ScoredTest = z.enum([
  'TOEIC',
  'TOEFL_IBT',
  'TOEFL_PBT',
  'TOEFL_ITP',
  'IELTS',
  'HSK',
  'TORFL',
  'CEFR',
]);
export type ScoredTest = z.infer<typeof ScoredTest>;

export const RegionId = z.enum([
  'asia',
  'africa',
  'oceania',
  'south-america',
  'north-america',
  'europe',
]);
export type RegionId = z.infer<typeof RegionId>;

export const PartnerField = z.enum([
  'language',
  'gpa',
  'deadline',
  'slots',
  'period',
  'tuition',
  'faculty',
  'notes',
]);
export type PartnerField = z.infer<typeof PartnerField>;

export const FacultyId = z.enum([
  'humanities',
  'education',
  'engineering',
  'bioresources',
  'medicine',
]);
export type FacultyId = z.infer<typeof FacultyId>;

export const PartnerQuery = z.strictObject({
  /** The student's test result; `score` null when a test is named without one ("what about IELTS?"). */
  test: z
    .strictObject({
      test: ScoredTest,
      score: z.number().nullable(),
      /** Section scores the student gave ("Writing 16"); `all` is the lowest band of every section. */
      subScores: z.array(z.strictObject({ section: z.string(), score: z.number() })).optional(),
      /** The score is what the rows require (「HSK4級が条件の」), not the student's: rows with that minimum. */
      asCondition: z.boolean().optional(),
    })
    .nullable(),
  /** The student's own GPA. */
  gpa: z.number().min(0).max(4.5).nullable(),
  /** "Partners that require a GPA of 3.0 or less": a ceiling on what the partner requires. */
  requiredGpaMax: z.number().min(0).max(4.5).nullable().default(null),
  /** "Partners that require a GPA of 3.0 or more": a floor on what the partner requires. */
  requiredGpaMin: z.number().min(0).max(4.5).nullable().default(null),
  /** 「GPA3.0が条件になってない」: leave out rows whose GPA minimum is this figure. */
  excludedRequiredGpa: z.number().min(0).max(4.5).nullable().default(null),
  /** Only partners whose row states a GPA minimum ("partners with a GPA requirement"). */
  gpaStated: z.boolean().default(false),
  /** "Open only to humanities students": rows restricted to the faculty, not open to all. */
  facultyOnly: z.boolean().default(false),
  /** 「大学院生限定」, "only open to graduate students": rows open to that level and not the other. */
  levelOnly: z.boolean().default(false),
  /** Rows whose deadline is not a date ("いつでも可", "随時受付"). */
  rollingDeadline: z.boolean().default(false),
  /** Rows whose tuition is not settled in the table (「調査中」). */
  tuitionUnknown: z.boolean().default(false),
  /** Rows whose language requirement is stated in words only ("proficient in English"). */
  requirementInWords: z.boolean().default(false),
  /** 「女子大ってある？」, "any women's universities?": rows whose name has that word. */
  nameKind: z.string().min(1).nullable().default(null),
  /**
   * 「GPAの条件が一番低い」, "the most places", 「締切が一番早い」: only the rows with the lowest or
   * highest value of that field among those that state it (ties all kept).
   */
  extreme: z
    .strictObject({ field: z.enum(['gpa', 'deadline', 'slots']), order: z.enum(['low', 'high']) })
    .nullable()
    .default(null),
  /** Rows whose requirement sets a minimum per section or band (「全項目5.5以上」, "Writing at least 20"). */
  subScoreStated: z.boolean().default(false),
  /** Languages the requirement must be in ("partners that need Chinese"). */
  languages: z.array(z.string()).default([]),
  regions: z.array(RegionId),
  /** ISO 3166 alpha-2 codes. */
  countries: z.array(z.string().length(2)),
  /** Places the student rules out ("outside Asia", 「アジア以外」). */
  excludedRegions: z.array(RegionId).default([]),
  excludedCountries: z.array(z.string().length(2)).default([]),
  faculty: FacultyId.nullable(),
  level: z.enum(['undergraduate', 'graduate']).nullable(),
  /** Month the student wants to start (1-12). */
  startMonth: z.number().int().min(1).max(12).nullable(),
  /** Month of the application deadline asked about (1-12). */
  deadlineMonth: z.number().int().min(1).max(12).nullable(),
  /** With deadlineMonth, the day of a deadline date asked about (「締切3/1」, "deadline March 1"). */
  deadlineDay: z.number().int().min(1).max(31).nullable().default(null),
  /** Words quoted from the table (「英語が堪能であること」): rows whose text says them. */
  quoted: z.array(z.string()).default([]),
  tuitionWaived: z.boolean().nullable(),
  minSlots: z.number().int().positive().nullable(),
  /** "Only take 2 students", 「2名まで」: at most this many places (with minSlots, exactly). */
  maxSlots: z.number().int().positive().nullable().default(null),
  /** Partners named in the question: a lookup. */
  partnerIds: z.array(z.string()),
  /** Only partners whose table states no language requirement. */
  noLanguageRequirement: z.boolean(),
  /** Only partners whose table states one ("partners that list a language requirement"). */
  languageStated: z.boolean().default(false),
  /** Tests the student does not have ("without IELTS"): rows that need only these are left out. */
  withoutTests: z.array(ScoredTest).default([]),
  /** Languages the student does not speak (「中国語できなくても」): rows needing only them are left out. */
  withoutLanguages: z.array(z.string()).default([]),
  /** "Partners with a year-of-study condition" (「3年次以上」, "two years completed"). */
  yearCondition: z.boolean().default(false),
  /** Only partners with no year-of-study condition (「学年の条件がない」). */
  noYearCondition: z.boolean().default(false),
  /** The student's own year of study ("I'm a first-year", 「学部1年です」). */
  studentYear: z.number().int().min(1).max(6).nullable().default(null),
  /** Only partners open to every faculty (the table's 全). */
  allFaculties: z.boolean().default(false),
  /** Only partners whose table states no GPA minimum. */
  noGpaRequirement: z.boolean().default(false),
  /** What the student asked about, for lookups ("deadline", "language"...); empty = everything. */
  fields: z.array(PartnerField),
  /** A year the question names ("the 2027 deadline"): the data cannot cover it, so it is labelled. */
  year: z.number().int().nullable(),
});
export type PartnerQuery = z.infer<typeof PartnerQuery>;

export const EMPTY_QUERY: PartnerQuery = {
  test: null,
  gpa: null,
  requiredGpaMax: null,
  requiredGpaMin: null,
  excludedRequiredGpa: null,
  gpaStated: false,
  facultyOnly: false,
  levelOnly: false,
  rollingDeadline: false,
  tuitionUnknown: false,
  requirementInWords: false,
  subScoreStated: false,
  extreme: null,
  nameKind: null,
  languages: [],
  regions: [],
  countries: [],
  excludedRegions: [],
  excludedCountries: [],
  faculty: null,
  level: null,
  startMonth: null,
  deadlineMonth: null,
  deadlineDay: null,
  quoted: [],
  tuitionWaived: null,
  minSlots: null,
  maxSlots: null,
  partnerIds: [],
  noLanguageRequirement: false,
  languageStated: false,
  noYearCondition: false,
  noGpaRequirement: false,
  allFaculties: false,
  yearCondition: false,
  studentYear: null,
  withoutTests: [],
  withoutLanguages: [],
  fields: [],
  year: null,
};

/** True when the query constrains the set (as opposed to naming partners only). */
export function hasFilters(query: PartnerQuery): boolean {
  return (
    query.test !== null ||
    query.gpa !== null ||
    query.requiredGpaMax !== null ||
    query.requiredGpaMin !== null ||
    query.excludedRequiredGpa !== null ||
    query.gpaStated ||
    query.rollingDeadline ||
    query.tuitionUnknown ||
    query.requirementInWords ||
    query.subScoreStated ||
    query.extreme !== null ||
    query.nameKind !== null ||
    query.languages.length > 0 ||
    query.regions.length > 0 ||
    query.countries.length > 0 ||
    query.excludedRegions.length > 0 ||
    query.excludedCountries.length > 0 ||
    query.faculty !== null ||
    query.level !== null ||
    query.startMonth !== null ||
    query.deadlineMonth !== null ||
    query.tuitionWaived !== null ||
    query.minSlots !== null ||
    query.maxSlots !== null ||
    query.noLanguageRequirement ||
    query.languageStated ||
    query.noGpaRequirement ||
    query.allFaculties ||
    query.yearCondition ||
    query.noYearCondition ||
    query.withoutTests.length > 0 ||
    query.withoutLanguages.length > 0 ||
    query.studentYear !== null
  );
}
