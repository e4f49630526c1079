/**
 * The lexicon compiled for matching: one `Terms` per concept, built once per knowledge load.
 * Countries come from the partner records' own names plus the lexicon's aliases.
 */
import type { PresenceTerms } from './condition-presence.ts';
import type { AnswerType, Lexicon } from '../knowledge/lexicon.ts';
import type { Partner } from '../knowledge/schema.ts';
import type { FacultyId, PartnerField, RegionId } from '../partners/query.ts';
import { normaliseText } from '../text/normalise.ts';
import { sentencesOf } from '../text/sentences.ts';
import { Terms, entrySource, type TermEntry } from '../text/terms.ts';
import type { HandoverNeed } from './interpretation.ts';

export interface Labelled<T extends string> {
  id: T;
  terms: Terms;
}

export interface AnswerTypeTerms {
  id: AnswerType;
  asks: Terms;
  carries: Terms;
  /** When set, a value counts only if it has a word besides these that the question lacks. */
  generic: Set<string> | null;
  /** The thing a count question counts, matched alone ("credits" in "how many credits"). */
  counted: Terms | null;
}

export interface CountryTerms {
  code: string;
  terms: Terms;
  /** False for countries with no partner (answered plainly: "no partner in Canada"). */
  hasPartner: boolean;
}

const labelled = <T extends string>(record: Record<string, TermEntry[]>): Labelled<T>[] =>
  Object.entries(record).map(([id, entries]) => ({ id: id as T, terms: new Terms(entries) }));

/** A passage that says only that the sources lack something, and whom to ask. */
export class SourceLacks {
  private readonly gap: Terms;
  private readonly askOffice: Terms;
  /** "Where can I see it?": a passage saying where it is (別紙1, the office) answers that. */
  readonly whereToFind: Terms;

  constructor(gap: TermEntry[], askOffice: TermEntry[], whereToFind: TermEntry[]) {
    this.gap = new Terms(gap);
    this.askOffice = new Terms(askOffice);
    this.whereToFind = new Terms(whereToFind);
  }

  /** Every sentence says what is missing or whom to ask, and one says what is missing. */
  saysOnly(text: string): boolean {
    const sentences = sentencesOf(normaliseText(text)).map((s) => s.toLowerCase());
    return (
      sentences.some((s) => this.gap.test(s)) &&
      sentences.every((s) => this.gap.test(s) || this.askOffice.test(s))
    );
  }
}

export class Vocabulary {
  readonly instruct: Terms;
  readonly handover: Labelled<HandoverNeed>[];
  readonly actionRequest: Terms;
  readonly handoverPairs: { id: HandoverNeed; about: Terms; asks: Terms; personal: boolean }[];
  readonly firstPerson: Terms;
  readonly hearsay: Terms;
  readonly ownership: Terms;
  /** The rule's own bound asked for (a cap, 上限, 何単位まで): the rule answers it, whoever asks. */
  readonly ruleLimit: Terms;
  readonly selfReference: Terms;
  readonly selfConfiguration: Terms;
  readonly promptText: Terms;
  readonly conditionPresence: PresenceTerms;
  readonly reveal: Terms;
  readonly authorityClaim: Terms;
  readonly directive: Terms;
  readonly officialDocument: Terms;
  readonly composeForMe: Terms;
  readonly documentClaim: Terms;
  readonly falsify: Terms;
  readonly checksReport: Terms;
  readonly thirdPartyPerson: Terms;
  readonly chitChat: Terms;
  readonly tests: Labelled<string>[];
  /** A test's name, then up to three connecting words, then its score: "IELTS overall 6.0". */
  readonly scoreAfterTest: RegExp;
  readonly sections: Labelled<string>[];
  readonly languages: Labelled<string>[];
  readonly regions: Labelled<RegionId>[];
  readonly subregions: { id: string; terms: Terms; countries: string[] }[];
  readonly faculties: Labelled<FacultyId>[];
  readonly graduate: Terms;
  readonly undergraduate: Terms;
  readonly attributes: Labelled<PartnerField>[];
  readonly tuitionWaived: Terms;
  readonly noLanguageRequirement: Terms;
  readonly noGpaRequirement: Terms;
  readonly allFaculties: Terms;
  readonly bothLevels: Terms;
  readonly scoreAsCondition: Terms;
  readonly facultyOnlyAfter: Terms;
  readonly facultyOnlyBefore: Terms;
  readonly languageNeeded: Terms;
  /** The student's own figure, or their meeting a minimum (either makes a figure theirs). */
  readonly studentsOwn: Terms;
  readonly withoutAfter: Terms;
  readonly superlativeLow: Terms;
  readonly institutionKind: Terms;
  readonly shortfall: Terms;
  readonly placeRuledOutAfter: Terms;
  readonly placeRuledOutBefore: Terms;
  readonly superlativeHigh: Terms;
  readonly withoutBefore: Terms;
  readonly languageTaughtIn: Terms;
  readonly requiredGpa: Terms;
  readonly partnerWords: Terms;
  readonly organisations: Terms;
  readonly otherInstitutions: Terms;
  readonly valueFilters: {
    rollingDeadline: Terms;
    yearCondition: Terms;
    tuitionUnknown: Terms;
    requirementInWords: Terms;
    subScoreStated: Terms;
  };
  readonly countries: CountryTerms[];
  readonly domain: Terms;
  readonly weakDomain: Terms;
  readonly exchangeWords: Terms;
  readonly campusEveryday: Terms;
  readonly notInPartnerRecords: Terms;
  readonly questionWords: Terms;
  readonly fillerWords: Terms;
  readonly noiseWords: Terms;
  readonly followUpMarkers: Terms;
  readonly everyOne: Terms;
  readonly programmes: Terms;
  readonly agreementTypes: Terms;
  readonly testAdvice: Terms;
  /** A test's fee, venue, dates, registration or score report, asked of the test itself. */
  readonly testLogistics: Terms;
  readonly tuitionNamed: Terms;
  readonly guideSubjects: Terms;
  readonly sourceLacks: SourceLacks;
  readonly paysTuition: Terms;
  /** What a question asks for (a date, an amount) and how a passage shows it gives one. */
  readonly answerTypes: AnswerTypeTerms[];
  /** Extra names per partner (nicknames, cities), normalised. */
  readonly partnerNames: Record<string, string[]>;

  constructor(lexicon: Lexicon, partners: Partner[]) {
    const { requests, partnerTerms: p, topics } = lexicon;
    this.instruct = new Terms(requests.instruct);
    this.handover = labelled<HandoverNeed>(requests.handover);
    this.actionRequest = new Terms(requests.actionRequest);
    this.handoverPairs = Object.entries(requests.handoverPairs).map(([id, pair]) => ({
      id: id as HandoverNeed,
      about: new Terms(pair.about),
      asks: new Terms(pair.asks),
      personal: pair.personal,
    }));
    this.firstPerson = new Terms(requests.firstPerson);
    this.hearsay = new Terms(requests.hearsay);
    this.ownership = new Terms(requests.ownership);
    this.ruleLimit = new Terms(requests.ruleLimit);
    this.selfReference = new Terms(requests.selfReference);
    this.selfConfiguration = new Terms(requests.selfConfiguration);
    this.promptText = new Terms(requests.promptText);
    const presence = p.conditionPresence;
    const none = new Terms([]);
    this.conditionPresence = {
      conditions: {
        language: new Terms(presence?.conditions.language ?? []),
        gpa: new Terms(presence?.conditions.gpa ?? []),
        year: new Terms(presence?.conditions.year ?? []),
      },
      absentAfter: presence ? new Terms(presence.absentAfter) : none,
      absentBefore: presence ? new Terms(presence.absentBefore) : none,
      statedAfter: presence ? new Terms(presence.statedAfter) : none,
      statedBefore: presence ? new Terms(presence.statedBefore) : none,
    };
    this.reveal = new Terms(requests.reveal);
    this.authorityClaim = new Terms(requests.authorityClaim);
    this.directive = new Terms(requests.directive);
    this.officialDocument = new Terms(requests.officialDocument);
    this.composeForMe = new Terms(requests.composeForMe);
    this.documentClaim = new Terms(requests.documentClaim);
    this.falsify = new Terms(requests.falsify);
    this.checksReport = new Terms(requests.checksReport);
    this.thirdPartyPerson = new Terms(requests.thirdPartyPerson);
    this.chitChat = new Terms(requests.chitChat);
    this.tests = labelled(p.tests);
    const connectors = p.scoreConnectors.map(entrySource).join('|');
    this.scoreAfterTest = new RegExp(
      String.raw`^[\s:：は=が、,の]*(?:(?:${connectors})[\s:：は=が、,]*){0,3}(\d{1,3}(?:\.\d)?)`,
    );
    this.sections = labelled(p.sections);
    this.languages = labelled(p.languages);
    this.regions = labelled<RegionId>(p.regions);
    this.subregions = Object.entries(p.subregions).map(([id, s]) => ({
      id,
      terms: new Terms(s.terms),
      countries: s.countries,
    }));
    this.faculties = labelled<FacultyId>(p.faculties);
    this.graduate = new Terms(p.levels.graduate);
    this.undergraduate = new Terms(p.levels.undergraduate);
    this.attributes = labelled<PartnerField>(p.attributes);
    this.tuitionWaived = new Terms(p.tuitionWaived);
    this.noLanguageRequirement = new Terms(p.noLanguageRequirement);
    this.noGpaRequirement = new Terms(p.noGpaRequirement);
    this.allFaculties = new Terms(p.allFaculties);
    this.bothLevels = new Terms(p.bothLevels);
    this.scoreAsCondition = new Terms(p.scoreAsCondition);
    this.facultyOnlyAfter = new Terms(p.facultyOnly.after);
    this.facultyOnlyBefore = new Terms(p.facultyOnly.before);
    this.languageNeeded = new Terms(p.languageAsRequirement.needed);
    this.studentsOwn = new Terms([...p.studentsOwn.own, ...p.studentsOwn.meets]);
    this.withoutAfter = new Terms(p.goesWithout.after);
    this.superlativeLow = new Terms(p.superlative.low);
    this.institutionKind = new Terms(p.institutionKind);
    this.shortfall = new Terms(p.shortfall);
    this.placeRuledOutAfter = new Terms(p.placeRuledOut.after);
    this.placeRuledOutBefore = new Terms(p.placeRuledOut.before);
    this.superlativeHigh = new Terms(p.superlative.high);
    this.withoutBefore = new Terms(p.goesWithout.before);
    this.languageTaughtIn = new Terms(p.languageAsRequirement.taughtIn);
    this.requiredGpa = new Terms(p.requiredGpa);
    this.partnerWords = new Terms(p.partnerWords);
    this.organisations = new Terms(p.organisations);
    this.otherInstitutions = new Terms(p.otherInstitutions);
    this.valueFilters = {
      rollingDeadline: new Terms(p.valueFilters.rollingDeadline),
      yearCondition: new Terms(p.valueFilters.yearCondition),
      tuitionUnknown: new Terms(p.valueFilters.tuitionUnknown),
      requirementInWords: new Terms(p.valueFilters.requirementInWords),
      subScoreStated: new Terms(p.valueFilters.subScoreStated),
    };
    this.domain = new Terms(topics.domain);
    this.weakDomain = new Terms(topics.weakDomain);
    this.exchangeWords = new Terms(topics.exchangeWords);
    this.campusEveryday = new Terms(topics.campusEveryday);
    this.notInPartnerRecords = new Terms(topics.notInPartnerRecords);
    this.questionWords = new Terms(topics.questionWords);
    this.fillerWords = new Terms(topics.fillerWords);
    this.noiseWords = new Terms(topics.noiseWords);
    this.followUpMarkers = new Terms(topics.followUpMarkers);
    this.everyOne = new Terms(topics.everyOne);
    this.programmes = new Terms(topics.programmes);
    this.agreementTypes = new Terms(topics.agreementTypes);
    this.testAdvice = new Terms(topics.testAdvice);
    this.testLogistics = new Terms(topics.testLogistics);
    this.tuitionNamed = new Terms(topics.tuitionNamed);
    this.guideSubjects = new Terms(topics.guideSubjects);
    this.sourceLacks = new SourceLacks(
      topics.sourceLacks.gap,
      topics.sourceLacks.askOffice,
      topics.sourceLacks.whereToFind,
    );
    this.paysTuition = new Terms(topics.paysTuition);
    this.answerTypes = Object.entries(lexicon.answerTypes).map(([id, type]) => ({
      id: id as AnswerType,
      asks: new Terms(type.asks),
      carries: new Terms(type.carries),
      generic: type.generic ? new Set(type.generic.map((w) => w.toLowerCase())) : null,
      counted: type.counted ? new Terms(type.counted) : null,
    }));
    this.partnerNames = Object.fromEntries(
      Object.entries(p.partnerNames).map(([id, names]) => [
        id,
        names.map((n) => normaliseText(n).toLowerCase()),
      ]),
    );
    this.countries = countryTerms(partners, p.countryAliases, p.otherCountries);
  }
}

function countryTerms(
  partners: Partner[],
  aliases: Record<string, TermEntry[]>,
  others: { code: string; terms: TermEntry[] }[],
): CountryTerms[] {
  const names = new Map<string, Set<string>>();
  for (const partner of partners) {
    const set = names.get(partner.country.code) ?? new Set<string>();
    set.add(partner.country.ja).add(partner.country.en.toLowerCase());
    names.set(partner.country.code, set);
  }
  const own = [...names].map(([code, set]) => ({
    code,
    terms: new Terms([...set, ...(aliases[code] ?? [])]),
    hasPartner: true,
  }));
  return [
    ...own,
    ...others.map((o) => ({ code: o.code, terms: new Terms(o.terms), hasPartner: false })),
  ];
}
