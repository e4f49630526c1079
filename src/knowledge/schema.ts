/**
 * The shape of everything in `knowledge/`. Staff edit these files by hand, so every file is
 * parsed with these schemas (strict: an unknown key is a typo, not an extension) and every
 * problem is reported with its file and record.
 */
import { z } from 'zod';

/** Text in both languages. Curated wording, never a machine guess at a figure. */
export const Bilingual = z.strictObject({
  ja: z.string().min(1),
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof Bilingual>;

/**
 * What students read, kept apart from what the office notes about it. `student` is plain
 * wording in both languages (checked against knowledge/curation-markers.yaml); `office` is free
 * text for maintainers (doubts about the source, extraction problems) and is never shown.
 */
export const Curated = z.strictObject({
  student: Bilingual,
  office: z.string().min(1).nullable().default(null),
});
export type Curated = z.infer<typeof Curated>;

/** Where a curated fact was read, for the office: a file in `knowledge/sources/` and the part of it. */
export const Provenance = z.strictObject({
  file: z
    .string()
    .regex(/^[\w.-]+\.txt$|^drafts\/|^case:|^[^/\\]+\.(xlsx|csv)$/, 'a file in knowledge/sources/'),
  part: z.string().min(1),
  /** For a record imported from a spreadsheet: the sheet and the 1-based row it came from. */
  sheet: z.string().min(1).optional(),
  row: z.number().int().positive().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

/**
 * A source in two parts: the title students recognise (「交換留学のすすめ」2015年度版 p.21 主な交換留学先一覧),
 * shown with the record's `asOf`, and the provenance for the office.
 */
export const SourceRef = z.strictObject({
  title: Bilingual,
  provenance: Provenance,
});
export type SourceRef = z.infer<typeof SourceRef>;

/** "As of" dates are year-month or a full date, as the source gives them. */
export const AsOf = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'YYYY-MM or YYYY-MM-DD');

export const LanguageTest = z.enum([
  'TOEIC',
  'TOEFL_IBT',
  'TOEFL_PBT',
  'TOEFL_ITP',
  'IELTS',
  'HSK',
  /** Test of Russian as a Foreign Language (ТРКИ). */
  'TORFL',
  'CEFR',
  'PROFICIENCY',
  'OTHER',
]);
export type LanguageTest = z.infer<typeof LanguageTest>;

/**
 * One way to meet a partner's language requirement. A partner's `options` are alternatives:
 * meeting any one is enough. `appliesTo` limits an option to a programme or kind of course
 * ("courses taught in Chinese"); a limited option is never reported as an unconditional match.
 */
/** The `language` of an option whose row states a level but not the language it is in. */
export const UNNAMED_LANGUAGE = 'not named in the table';

export const LanguageOption = z.strictObject({
  test: LanguageTest,
  /** The language tested: English for TOEIC/TOEFL/IELTS, Chinese for HSK; named for CEFR/PROFICIENCY/OTHER. */
  language: z.string().min(1),
  /**
   * When the row names no language (`UNNAMED_LANGUAGE`): the one the office reads it as
   * (Leipzig's level is most likely German). A question about that language lists the
   * partner, with the note that the office can confirm it.
   */
  likelyLanguage: z.string().min(1).nullable().default(null),
  /** Minimum score or band (TOEIC 450, IELTS 6.0, HSK level 4). Null for PROFICIENCY/OTHER. */
  min: z.number().nullable(),
  /** CEFR level (A1..C2) when `test` is CEFR. */
  cefr: z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']).nullable().default(null),
  /** A sub-score condition, e.g. every IELTS band at least 5.5, or TOEFL iBT Writing at least 20. */
  subScore: z
    .strictObject({ section: z.string().min(1), min: z.number() })
    .nullable()
    .default(null),
  appliesTo: Bilingual.nullable().default(null),
  /** Wording for conditions that are not scores, and any caveat (e.g. an obvious typo in the source). */
  note: Curated.nullable().default(null),
});
export type LanguageOption = z.infer<typeof LanguageOption>;

/** The language an option is in, lower-cased: for a row naming none, the one the office reads it as. */
export const optionLanguage = (option: LanguageOption): string =>
  (option.language === UNNAMED_LANGUAGE
    ? (option.likelyLanguage ?? option.language)
    : option.language
  ).toLowerCase();

export const LanguageRequirement = z.strictObject({
  /**
   * `stated`: the table gives a requirement (see options). `none_stated`: the table's cell is
   * empty or says none. `unclear`: the cell could not be read with confidence.
   */
  status: z.enum(['stated', 'none_stated', 'unclear']),
  options: z.array(LanguageOption),
  /** Whether the requirement is a preference ("望ましい") rather than a hard minimum. */
  preferred: z.boolean().default(false),
  raw: z.string().nullable(),
  note: Curated.nullable().default(null),
});
export type LanguageRequirement = z.infer<typeof LanguageRequirement>;

export const GpaRequirement = z.strictObject({
  min: z.number(),
  /** The scale the minimum is on (4 for the usual GPA). Null when the source does not say. */
  scale: z.number().nullable(),
  /** Limits the minimum to one student level, when the source gives one per level. */
  level: z.enum(['undergraduate', 'graduate']).nullable().default(null),
  raw: z.string(),
  note: Curated.nullable().default(null),
});
export type GpaRequirement = z.infer<typeof GpaRequirement>;

export const StudyPeriod = z.strictObject({
  /** The partner's term as labelled in the source (前期/後期, 1学期/2学期/3学期). */
  term: Bilingual,
  /** Months 1-12; null when the PDF text lost the month. */
  fromMonth: z.number().int().min(1).max(12).nullable(),
  toMonth: z.number().int().min(1).max(12).nullable(),
  /** When the source gives only part of the end month (初旬 = early, 中旬 = middle, 下旬 = late). */
  toPart: z.enum(['early', 'middle', 'late']).nullable().default(null),
  raw: z.string(),
});
export type StudyPeriod = z.infer<typeof StudyPeriod>;

export const Deadline = z.strictObject({
  /** Which intake the deadline is for, when the source says; null when it does not. */
  term: Bilingual.nullable(),
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
  /** Deadlines that are not a date ("いつでも可", "随時受付", "5月初旬"). */
  text: Bilingual.nullable().default(null),
  raw: z.string(),
});
export type Deadline = z.infer<typeof Deadline>;

export const Partner = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id'),
  nameJa: z.string().min(1),
  nameEn: z.string().min(1),
  /** Other names students use ("Lund", "UNCW", "ルンド"): matched when a question names a partner. */
  aliases: z.array(z.string().min(1)).default([]),
  region: z.strictObject({
    id: z.enum(['asia', 'africa', 'oceania', 'south-america', 'north-america', 'europe']),
    ja: z.string().min(1),
    en: z.string().min(1),
  }),
  country: z.strictObject({ code: z.string().length(2), ja: z.string().min(1), en: z.string().min(1) }),
  faculties: z.strictObject({
    /** True when students of every Mie faculty may apply (全). */
    all: z.boolean(),
    ja: z.string().min(1),
    en: z.string().min(1),
    raw: z.string(),
  }),
  /** Student level, when the partner limits it; null when open to all levels. */
  studentLevel: z
    .strictObject({
      undergraduate: z.boolean(),
      graduate: z.boolean(),
      ja: z.string().min(1),
      en: z.string().min(1),
      raw: z.string(),
      /** The lowest year of study (学年) a student can be in on the exchange, when the row says. */
      minYear: z.number().int().min(1).max(6).nullable().default(null),
      /**
       * The row only prefers that year (「3〜4年生であることが好ましい」): it is listed as a year
       * condition and told to a younger student, but does not rule them out.
       */
      yearPreferred: z.boolean().default(false),
    })
    .nullable(),
  studyPeriods: z.array(StudyPeriod),
  language: LanguageRequirement,
  gpa: z.array(GpaRequirement),
  /** 不徴収: no tuition charged by the partner. Null when the source does not say. */
  tuitionWaived: z.boolean().nullable(),
  deadlines: z.array(Deadline),
  slots: z.number().int().positive().nullable(),
  notes: z.array(Curated).default([]),
  /** Facts the source does not give or that could not be read with confidence, said plainly. */
  gaps: z.array(Curated).default([]),
  /** Notes for maintainers about the record as a whole (how a row was read); never shown. */
  office: z.array(z.string().min(1)).default([]),
  source: SourceRef,
  asOf: AsOf,
});
export type Partner = z.infer<typeof Partner>;

export const PartnersFile = z.strictObject({
  title: Bilingual,
  source: SourceRef,
  asOf: AsOf,
  /** Caveats the source attaches to the whole table. */
  caveats: z.array(Bilingual),
  partners: z.array(Partner).min(1),
  /**
   * Values printed in the table's text that could not be tied to one partner with confidence
   * (the PDF text moved some cells away from their rows). Kept for the office so nothing is
   * silently dropped; never shown to students.
   */
  unplaced: z
    .array(z.strictObject({ block: z.string().min(1), raw: z.string().min(1), office: z.string().min(1) }))
    .default([]),
});
export type PartnersFile = z.infer<typeof PartnersFile>;

/** A guide section in one language: `knowledge/guide/<id>.<lang>.md` front matter. */
export const GuideFrontMatter = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  lang: z.enum(['ja', 'en']),
  title: z.string().min(1),
  source: SourceRef,
  asOf: AsOf,
  /** Words students use for this topic that the text itself may not contain. */
  keywords: z.array(z.string()).default([]),
  /** Notes for maintainers about this section (how it was read from the source); never shown. */
  office: z.string().min(1).nullable().default(null),
});
export type GuideFrontMatter = z.infer<typeof GuideFrontMatter>;

export const FaqEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  question: Bilingual,
  answer: Bilingual,
  /** The guide section this entry belongs with, when there is one. */
  section: z.string().nullable().default(null),
  keywords: z.array(z.string()).default([]),
  /**
   * Other ways students ask this question, in both languages and in their own words (casual,
   * polite, mixed). They only help retrieval find the entry; they add no facts.
   */
  paraphrases: z
    .strictObject({ ja: z.array(z.string().min(2)).default([]), en: z.array(z.string().min(3)).default([]) })
    .optional(),
  source: SourceRef,
  asOf: AsOf,
  status: z.enum(['published', 'draft']).default('published'),
  /** Notes for maintainers about this entry; never shown. */
  office: z.string().min(1).nullable().default(null),
});
export type FaqEntry = z.infer<typeof FaqEntry>;

export const FaqFile = z.strictObject({ faq: z.array(FaqEntry).min(1) });
