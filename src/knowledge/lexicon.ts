/**
 * The vocabulary as data (`knowledge/lexicon/*.yaml`): the words students use for what they
 * ask, so the office can review and extend them without touching code. Validated like every
 * other knowledge file; every pattern must compile.
 */
import { z } from 'zod';
import { TermList, checkEntries, type TermEntry } from '../text/terms.ts';

/** Why a person is needed: every handover reason the lexicon can name (the interpretation's too). */
export const HandoverNeed = z.enum([
  'credit_transfer',
  'late_application',
  'selection_chances',
  'eligibility_exception',
  'leave_of_absence',
  'financial_hardship',
  'visa',
  'emergency',
  'complaint',
  'wants_person',
  /** "That didn't help", 「答えになってない」: the last answer missed; staff take up the question. */
  'not_helpful',
  'application_change',
  'office_action',
]);

export const RequestsFile = z.strictObject({
  /** Attempts to instruct, reconfigure or read the assistant. */
  instruct: TermList,
  /** Decisions and actions that belong to staff, by reason. Checked in this order. */
  handover: z.record(HandoverNeed, TermList),
  /** Asking the office to do something ("can you check", 「調べてもらえますか」). */
  actionRequest: TermList,
  /** Greetings and thanks with no question in them. */
  chitChat: TermList,
  /** Decisions read from two parts: what the message is about, and what it asks or reports. */
  handoverPairs: z.partialRecord(HandoverNeed, z.strictObject({ about: TermList, asks: TermList, personal: z.boolean().default(false) })),
  /** Words that make a message about the student's own case. */
  firstPerson: TermList,
  /** First person that only reports a source ("I heard..."): not one's own case. */
  hearsay: TermList.default([]),
  /** Saying whose it is ("my credits"): a value question about it is the student's own case. */
  ownership: TermList.default([]),
  /** Words for the assistant itself, and for its configuration: together they ask to read it. */
  selfReference: TermList,
  selfConfiguration: TermList,
  /** The assistant's own text ("your prompt", 「指示文」) and a verb that shows it: together they ask to read it. */
  promptText: TermList.default([]),
  reveal: TermList.default([]),
  /** A claimed role ("I'm the developer", 【職員より】) and an order about what to answer: together, an injection. */
  authorityClaim: TermList.default([]),
  directive: TermList.default([]),
  /** A document the office issues, an order to compose one, and what it is to claim: a forgery. */
  officialDocument: TermList.default([]),
  composeForMe: TermList.default([]),
  ruleLimit: TermList.default([]),
  documentClaim: TermList.default([]),
  /** Falsifying an official document (改ざん, 偽造, "doctor"): a forgery by itself. */
  falsify: TermList.default([]),
  /** Someone of the partner's (「向こうの担当者」, "their coordinator"), not the office's staff. */
  thirdPartyPerson: TermList.default([]),
  /** 「…って聞いたけど本当？」: whether what was heard is true. */
  checksReport: TermList.default([]),
});
export type RequestsFile = z.infer<typeof RequestsFile>;

const Place = z.strictObject({ code: z.string().length(2), ja: z.string().min(1), en: z.string().min(1), terms: TermList });

export const PartnerTermsFile = z.strictObject({
  tests: z.record(z.string(), TermList),
  /** Section names for sub-scores ("Writing 16", 「各5.5以上」 for every band). */
  sections: z.record(z.string(), TermList),
  /** Languages a requirement can be in, other than the test names ("needs Chinese"). */
  languages: z.record(z.string(), TermList),
  regions: z.record(z.string(), TermList),
  /**
   * Parts of a region named by students (東南アジア, 北欧, "Southeast Asia"): read as the countries
   * in it (ISO 3166 alpha-2), not as the whole region.
   */
  subregions: z
    .record(
      z.string(),
      z.strictObject({ terms: TermList, countries: z.array(z.string().length(2)).min(1) }),
    )
    .default({}),
  faculties: z.record(z.string(), TermList),
  levels: z.strictObject({ graduate: TermList, undergraduate: TermList }),
  attributes: z.record(z.string(), TermList),
  tuitionWaived: TermList,
  noLanguageRequirement: TermList,
  /** A score named as what the rows require (「HSK4級が条件」), not the student's. */
  scoreAsCondition: TermList.default([]),
  /** "Only" attached to a faculty, right after its name or just before it. */
  facultyOnly: z.strictObject({ after: TermList, before: TermList }).default({ after: [], before: [] }),
  /**
   * A language named as what a partner requires (「中国語が必要」, "need Chinese"), or as the one
   * courses are taught in (「中国語で受ける授業」): read in the words just before or after it.
   */
  /**
   * The student speaking of their own score or GPA (「GPA2.8です」, "my GPA", "with a GPA of") or
   * of meeting a minimum ("would I meet", 「満たせる」): the figure is theirs, not a row's condition.
   */
  /** A kind of institution asked for by a word of partner names (「女子大ってある？」, "any women's universities?"). */
  institutionKind: TermList.default([]),
  /** Falling short of a requirement (「足りなかったら」, "if my score is below that"): after a lookup, what the row says about it. */
  shortfall: TermList.default([]),
  /** A place named to rule it out: right after it (「アジア以外」) or right before it ("outside Asia"). */
  placeRuledOut: z
    .strictObject({ after: TermList, before: TermList })
    .default({ after: [], before: [] }),
  /** The lowest or highest of a field (「一番低い」「最も多い」, "the earliest", "the most"). */
  superlative: z.strictObject({ low: TermList, high: TermList }).default({ low: [], high: [] }),
  /**
   * A test or language the student goes without: the words right after its name (「なしで」,
   * 「持ってない」, 「の条件なし」) or right before it ("without", "don't have", "can't speak").
   */
  goesWithout: z.strictObject({ after: TermList, before: TermList }).default({ after: [], before: [] }),
  studentsOwn: z.strictObject({ own: TermList, meets: TermList }).default({ own: [], meets: [] }),
  languageAsRequirement: z
    .strictObject({ needed: TermList, taughtIn: TermList })
    .default({ needed: [], taughtIn: [] }),
  /** Both levels named together: the question limits neither. */
  bothLevels: TermList.default([]),
  /** Rows open to every faculty (全学部). */
  allFaculties: TermList.default([]),
  /** Rows that state no GPA minimum ("no GPA requirement", 「GPAの条件がない」). */
  noGpaRequirement: TermList.default([]),
  /** "A GPA of 3.0 or less" names what a partner requires, not the student's own GPA. */
  requiredGpa: TermList,
  partnerWords: TermList,
  /** Words between a test's name and its score: "score is", 「のスコアは」, 「まだ」, "currently". */
  scoreConnectors: TermList.default([]),
  countryAliases: z.record(z.string(), TermList),
  otherCountries: z.array(Place),
  /** Extra names per partner id: nicknames, city names, common short forms. */
  partnerNames: z.record(z.string(), z.array(z.string().min(1))),
  /** Offices, centres and programmes whose names contain filter words (教育 in 国際教育研究センター). */
  organisations: TermList,
  /** Other universities and institutes the curated pages describe (not partners). */
  otherInstitutions: TermList,
  /** Filters over the kind of value a row holds: a rolling deadline, unsettled tuition, a requirement in words only. */
  valueFilters: z.strictObject({
    rollingDeadline: TermList,
    tuitionUnknown: TermList,
    requirementInWords: TermList,
    yearCondition: TermList.default([]),
    /** Rows that set a minimum per section or band (「セクションごとの最低点」, "band minimums"). */
    subScoreStated: TermList.default([]),
  }),
  /** Whether a row states a condition, asked either way round (condition-presence.ts). */
  conditionPresence: z
    .strictObject({
      conditions: z.strictObject({ language: TermList, gpa: TermList, year: TermList }),
      absentAfter: TermList,
      absentBefore: TermList,
      statedAfter: TermList,
      statedBefore: TermList,
    })
    .optional(),
  /** Capitalised words and acronyms that are never a university's name. */
  notUniversityNames: z.array(z.string().min(1)),
});
export type PartnerTermsFile = z.infer<typeof PartnerTermsFile>;

export const TopicsFile = z.strictObject({
  /** Words that make a message about study abroad at all. */
  domain: TermList,
  /** Words any university question uses: not enough on their own to make a message in scope. */
  weakDomain: TermList,
  /** Words only an exchange question uses: they keep a campus-sounding question in scope. */
  exchangeWords: TermList,
  /** Everyday campus matters the international office does not handle (declined politely). */
  campusEveryday: TermList,
  /** Things students ask about a partner that the partner table never records. */
  notInPartnerRecords: TermList,
  /** Words that make a message a question even without a question mark. */
  questionWords: TermList,
  /** How students continue the last question ("and IELTS?", 「それなら…」). */
  followUpMarkers: TermList,
  /** A follow-up about every partner just listed (「それぞれの締切」, "each of their deadlines"). */
  everyOne: TermList.default([]),
  /** The guide's programmes other than exchange: a question about one is for the guide. */
  programmes: TermList.default([]),
  /** Kinds of agreement (学生交流協定, 一般交流協定, 学部間): what they mean is the guide's to say. */
  agreementTypes: TermList.default([]),
  /** Whether the student pays ("do I have to pay", 「払わなくていい？」): with tuition alone, the rule. */
  paysTuition: TermList.default([]),
  /**
   * How a curated passage says the sources do not hold something (「原文に含まれていません」, "the
   * guide does not include") and sends the student to the office (「確認してください」).
   */
  sourceLacks: z
    .strictObject({ gap: TermList, askOffice: TermList, whereToFind: TermList.default([]) })
    .default({ gap: [], askOffice: [], whereToFind: [] }),
  /** Subjects only the guide holds (the scholarship, the internal selection): never a follow-up on partners. */
  guideSubjects: TermList.default([]),
  /** Which test to take or prepare for (「何の試験受ければいい？」): the guide's advice, wherever it is for. */
  testAdvice: TermList.default([]),
  testLogistics: TermList.default([]),
  tuitionNamed: TermList.default([]),
  /** Urgency and politeness words, left out of the search query. */
  noiseWords: TermList,
  /** Words that carry no topic of their own (for spotting what else a question asks about). */
  fillerWords: TermList,
});
export type TopicsFile = z.infer<typeof TopicsFile>;

/**
 * Student words for the guide's words, one group per concept (`lexicon/glossary.yaml`): search
 * reads 「メアド」 as the guide's 「メール」. Plain words only (matched whole, longest first).
 */
export const GlossaryFile = z.strictObject({
  groups: z.array(
    z.strictObject({
      concept: z.string().min(1),
      canonical: z.strictObject({ ja: z.string().min(1), en: z.string().min(1) }),
      ja: z.array(z.string().min(2)),
      en: z.array(z.string().min(2)),
    }),
  ),
});
export type GlossaryFile = z.infer<typeof GlossaryFile>;

/** The kind of value a question asks for (a date, an amount...), and how a passage carries one. */
export const AnswerType = z.enum([
  'date',
  'time',
  'amount',
  'count',
  'duration',
  'phone',
  'email',
  'names',
  'organisations',
  'eligibility',
]);
export type AnswerType = z.infer<typeof AnswerType>;
export const AnswerTypesFile = z.partialRecord(
  AnswerType,
  z.strictObject({
    asks: TermList,
    carries: TermList,
    /** Set: a value counts only when it says something the question does not (a name not asked with); these words of it do not. */
    generic: z.array(z.string().min(1)).optional(),
    /** Count: where the question names what it counts ("how many *credits*", 「何*単位*」); the match is the thing. */
    counted: TermList.optional(),
  }),
);
export type AnswerTypesFile = z.infer<typeof AnswerTypesFile>;

/** Chat shorthand and one-letter slips in Latin words (`lexicon/chat-forms.yaml`). */
export const ChatFormsFile = z.strictObject({
  abbreviations: z.record(z.string().min(1), z.string().min(1)),
  spelling: z.array(z.string().regex(/^[a-z]+$/)),
});
export type ChatFormsFile = z.infer<typeof ChatFormsFile>;

export interface Lexicon {
  requests: RequestsFile;
  partnerTerms: PartnerTermsFile;
  topics: TopicsFile;
  glossary: GlossaryFile;
  answerTypes: AnswerTypesFile;
  chatForms: ChatFormsFile;
}

export const LEXICON_FILES = {
  requests: ['lexicon/requests.yaml', RequestsFile],
  partnerTerms: ['lexicon/partner-terms.yaml', PartnerTermsFile],
  topics: ['lexicon/topics.yaml', TopicsFile],
  glossary: ['lexicon/glossary.yaml', GlossaryFile],
  answerTypes: ['lexicon/answer-types.yaml', AnswerTypesFile],
  chatForms: ['lexicon/chat-forms.yaml', ChatFormsFile],
} as const;

/** Every entry that does not compile, with where it is. */
export function checkLexicon(lexicon: Lexicon): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || (typeof v === 'object' && v && 're' in v)))
      for (const problem of checkEntries(value as TermEntry[])) problems.push(`${path}: ${problem}`);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  for (const [name, content] of Object.entries(lexicon)) walk(content, name);
  const owner = new Map<string, string>();
  for (const group of lexicon.glossary.groups)
    for (const word of [...group.ja, ...group.en]) {
      const key = word.normalize('NFKC').toLowerCase();
      const earlier = owner.get(key);
      if (earlier && earlier !== group.concept)
        problems.push(`glossary: "${word}" is in both "${earlier}" and "${group.concept}"`);
      owner.set(key, group.concept);
    }
  return problems;
}
