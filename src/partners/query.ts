/**
 * A partner question, typed. Produced by the rule-based parser (and, in model mode, by a
 * model's structured output validated against the same schema); executed by the engine.
 */
import { z } from 'zod';

export const ScoredTest = z.enum(['TOEIC', 'TOEFL_IBT', 'TOEFL_PBT', 'TOEFL_ITP', 'IELTS', 'HSK']);
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
  test: z.strictObject({ test: ScoredTest, score: z.number().nullable() }).nullable(),
  gpa: z.number().min(0).max(4.5).nullable(),
  regions: z.array(RegionId),
  /** ISO 3166 alpha-2 codes. */
  countries: z.array(z.string().length(2)),
  faculty: FacultyId.nullable(),
  level: z.enum(['undergraduate', 'graduate']).nullable(),
  /** Month the student wants to start (1-12). */
  startMonth: z.number().int().min(1).max(12).nullable(),
  /** Month of the application deadline asked about (1-12). */
  deadlineMonth: z.number().int().min(1).max(12).nullable(),
  tuitionWaived: z.boolean().nullable(),
  minSlots: z.number().int().positive().nullable(),
  /** Partners named in the question: a lookup. */
  partnerIds: z.array(z.string()),
  /** Only partners whose table states no language requirement. */
  noLanguageRequirement: z.boolean(),
  /** What the student asked about, for lookups ("deadline", "language"...); empty = everything. */
  fields: z.array(PartnerField),
  /** A year the question names ("the 2027 deadline"): the data cannot cover it, so it is labelled. */
  year: z.number().int().nullable(),
});
export type PartnerQuery = z.infer<typeof PartnerQuery>;

export const EMPTY_QUERY: PartnerQuery = {
  test: null,
  gpa: null,
  regions: [],
  countries: [],
  faculty: null,
  level: null,
  startMonth: null,
  deadlineMonth: null,
  tuitionWaived: null,
  minSlots: null,
  partnerIds: [],
  noLanguageRequirement: false,
  fields: [],
  year: null,
};

/** True when the query constrains the set (as opposed to naming partners only). */
export function hasFilters(query: PartnerQuery): boolean {
  return (
    query.test !== null ||
    query.gpa !== null ||
    query.regions.length > 0 ||
    query.countries.length > 0 ||
    query.faculty !== null ||
    query.level !== null ||
    query.startMonth !== null ||
    query.deadlineMonth !== null ||
    query.tuitionWaived !== null ||
    query.minSlots !== null ||
    query.noLanguageRequirement
  );
}
