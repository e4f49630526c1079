/**
 * Every sentence a student or a member of staff reads, as one interface with an English and a
 * Japanese implementation (`en.ts`, `ja.ts`, same keys). Office details are parameters: they
 * always come from `knowledge/office.yaml`, never from here.
 */
import type { CaseStatus } from '../domain/cases.ts';
import type { HandoverReason, Lang } from '../domain/types.ts';
import type { FacultyId, PartnerField } from '../partners/query.ts';
import type { OfficeFile } from '../knowledge/office-schema.ts';
import type { Verdict } from '../partners/engine.ts';

export interface Messages {
  lang: Lang;
  /** Between the parts of a list of phrases. */
  listJoin: string;
  sentenceEnd: string;

  help(office: OfficeFile): string;
  tooLong(limit: number): string;
  binary: string;
  outOfScope(office: OfficeFile): string;
  refused(office: OfficeFile): string;
  /** A certificate, notice or letter asked for: only the office or the university issues one. */
  refusedDocument(office: OfficeFile): string;
  dmSuggestion: string;
  feedbackThanks: string;
  feedbackSorry: string;
  /** The question recorded when a student asks for staff before asking anything. */
  staffRequestPlaceholder: string;
  /** A button or form the bot no longer has (an old message, another app's). */
  unknownAction: string;

  /** Why the assistant hands over, as the student reads it (the first sentence). */
  handoverReason: Record<HandoverReason, string>;
  /** The same reason as staff read it on a case card. */
  staffReason: Record<HandoverReason, string>;
  handedOver(caseId: string, office: OfficeFile, expectation: string): string;
  /** A second handover in a conversation whose case is still open: the same case, no new one. */
  alreadyHandedOver(caseId: string, office: OfficeFile, expectation: string): string;
  contactOffice(office: OfficeFile): string;
  officeContact(office: OfficeFile): string;
  generalRule(rule: string): string;
  /** What the sources say, quoted under a handover they do not answer. */
  sourceSays(text: string): string;
  /** A handover whose question the sources say they do not answer. */
  sourceLacks: string;

  openNow(hours: string): string;
  staffWillReply: string;
  closedOpensToday(time: string): string;
  nextBusinessDay: string;
  /** The next business day by weekday and date (office time), when it is not tomorrow. */
  nextBusinessDayOn(weekday: number, month: number, day: number): string;
  closedUntil(hours: string, when: string, time: string): string;
  /** Said first when the whole day is a public holiday (name from the holiday table). */
  closedTodayHoliday(name: string): string;
  /** Said first when the whole day is an office closure (name from office.yaml). */
  closedTodayClosure(name: string): string;

  /** The urgent-contacts block of an emergency handover (contacts from office.yaml). */
  urgentHeading: string;
  urgentTwentyFourHour(label: string, phone: string): string;
  urgentTwentyFourHourLabel: string;
  urgentNoTwentyFourHour(label: string): string;
  urgentContact(label: string, ways: string, hours: string | null, what: string): string;

  staleNotice(asOf: string, office: OfficeFile): string;
  yearNotice(year: number, asOf: string): string;
  /** A guide date asked for a year the sources do not reach: staff give the current one. */
  yearNotHeld(year: number, asOf: string): string;
  passageLead(title: string): string;

  notAPartner(name: string, asOf: string, office: OfficeFile): string;
  /** A partner named with a question its record never answers (housing, a gym...). */
  notInRecords(partnerNames: string[], topics: string[]): string;
  /** A list asked by a criterion no record holds (English-taught classes, a dormitory): said before the list. */
  criterionNotInRecords(topics: string[], office: OfficeFile): string;
  /** A price asked of something the sources name but do not price (「モナシュの研修の参加費」). */
  priceNotHeld(names: string[]): string;
  /** "And its deadline?" after a list of several: which one. */
  clarifyWhich(names: string[], more: number): string;
  /** Everyday campus matters the international office does not handle. */
  campusMatter(office: OfficeFile): string;
  /** A figure the student stated that the cited source does not give. */
  falsePremise(stated: string[]): string;
  partners: PartnerMessages;
  reasons: ReasonMessages;

  sourcesHeading: string;
  asOfLabel: string;
  caseLabel: string;
  buttons: { helpful: string; notHelpful: string; talkToStaff: string };
  moreRows(count: number): string;
  shortened: string;
  /** Heading of the office's reply relayed to the student's thread (Slack bold, Discord title). */
  staffReplyHeading(office: OfficeFile): string;
  /** A case id after a heading: " (EX-0001)". */
  caseSuffix(caseId: string): string;
  /** The same in the terminal, naming the staff member. */
  terminalStaffReply(caseId: string, staff: string, office: OfficeFile): string;
  /** A partner's name in this language. */
  partnerName(names: { nameEn: string; nameJa: string }): string;

  staff: StaffMessages;
  /** Slack's /ask command. */
  slackAsk: SlackAskMessages;
  /** The first message within the reply budget, and the rest one tap away. */
  reply: ReplyMessages;
}

/** A short first message and the full answer behind Show all, `/more`, `desk ask --full`. */
export interface ReplyMessages {
  /** Matching partners past the ones the first message shows: still counted, never dropped. */
  moreMatches(count: number): string;
  groupNearMiss(count: number): string;
  groupOtherTest(count: number, testLabel: string, office: OfficeFile): string;
  groupNoneStated(count: number): string;
  groupNeedsCheck(count: number, office: OfficeFile): string;
  /** The freshness line of a first message (the full answer keeps the long notice). */
  staleShort(asOf: string, office: OfficeFile): string;
  /** Closes a text cut to the budget. */
  shortened: string;
  showAll: string;
  /** Heading of the full answer posted by Show all. */
  fullAnswerHeading: string;
  /** Show all pressed for an answer this process no longer holds (after a restart). */
  fullAnswerGone: string;
  terminalMoreHint: string;
  askFullHint: string;
  nothingMore: string;
  /** The public reply to a personal matter: nothing of it, only that staff follow up in a DM. */
  followUpInDm(caseId: string | null): string;
}

/** The words of a list's heading: what the rows were chosen by (「GPA 3.0が条件の」, "in Europe"). */
export interface CriteriaMessages {
  testAny(label: string): string;
  testScore(label: string, score: string): string;
  /** Rows whose requirement is that score (「HSK 4が条件の」). */
  testCondition(label: string, score: string): string;
  gpa(gpa: number): string;
  places(names: string[]): string;
  /** Places ruled out: "outside Asia". */
  outside(names: string[]): string;
  /** `only`: rows open to that faculty (or level) and no other. */
  faculty(faculty: FacultyId, only: boolean): string;
  level(level: 'undergraduate' | 'graduate', only: boolean): string;
  startMonth(month: number): string;
  deadlineMonth(month: number): string;
  deadlineDate(month: number, day: number): string;
  tuitionWaived: string;
  minSlots(count: number): string;
  maxSlots(count: number): string;
  exactSlots(count: number): string;
  noLanguageRequirement: string;
  languageStated: string;
  noYearCondition: string;
  noGpaRequirement: string;
  gpaStated: string;
  subScoreStated: string;
  nameKind(kind: string): string;
  /** 「GPAの条件が最も低い」, "with the most places". */
  extreme(field: 'gpa' | 'deadline' | 'slots', order: 'low' | 'high'): string;
  /** What the rows' GPA minimum is: that figure, at least it, or at most it. */
  requiredGpa(min: number | null, max: number | null): string;
  allFaculties: string;
  yearCondition: string;
  studentYear(year: number): string;
  withoutTests(labels: string[]): string;
  withoutLanguages(names: string[]): string;
  /** Rows whose requirement is in these languages (「中国語が条件の」, "asking for Chinese"). */
  languages(names: string[]): string;
  /** Rows whose entry says the words quoted. */
  quoted(phrases: string[]): string;
  join: string;
}

export interface PartnerMessages {
  all: string;
  criteria: CriteriaMessages;
  headline(count: number, criteria: string, asOf: string): string;
  noneMatch(criteria: string, asOf: string): string;
  line(index: number, name: string, country: string, reason: string): string;
  nearMiss: string;
  otherTestScored(office: OfficeFile): string;
  noneStated: string;
  needsCheck: string;
  noVerdict: string;
  verdict(verdict: Verdict, office: OfficeFile): string;
  /** A match on what the student stated (a GPA) when no language score was given to check. */
  matchLanguageUnchecked: string;
  /** Whether the row lists the student's faculty or level, when the question names one. */
  whoMayGo(
    listed: 'unlimited' | 'listed' | 'not_listed',
    faculty: FacultyId | null,
    level: 'undergraduate' | 'graduate' | null,
    office: OfficeFile,
  ): string;
  field: Record<PartnerField, string>;
  notInSource: string;
  /** After a row's faculties when the table does not show them plainly (a gap says why). */
  facultiesUnclear: string;
  gapJoin: string;
  reasonJoin: string;
  lookupTitle(name: string, country: string, region: string, index: number): string;
  /** The first message of partners compared on what was asked: a heading, then one line each. */
  compareHeadline(fields: string[], asOf: string): string;
  /** Below it, when a compared row has a point the source does not give (said in full below). */
  compareGaps: string;
}

export interface ReasonMessages {
  join: string;
  requirement(requirement: string): string;
  /** A row's year-of-study condition, as the table gives it. */
  yearCondition(condition: string): string;
  otherTest(requirement: string, label: string, office: OfficeFile): string;
  caveats(parts: string[]): string;
  preferred: string;
  meets(option: string, label: string, score: string): string;
  alternatives(options: string[]): string;
  short(option: string, gap: number, alternatives: string): string;
  sectionShort(option: string): string;
  gpaOtherScale(gpa: string, office: OfficeFile): string;
  gpaMeets(entry: string, gpa: number): string;
  gpaShort(entry: string, gap: number): string;
}

/** What staff read when they work cases in a channel (refusals, confirmations, card labels). */
export interface StaffMessages {
  notStaffSlack: string;
  notStaffDiscord: string;
  nothingChanged(reason: string): string;
  replyNotRecorded: string;
  done(caseId: string, action: 'claim' | 'resolve'): string;
  cardTitle(caseId: string, status: CaseStatus): string;
  /** Put before the title of a case that cannot wait for office hours (an emergency abroad). */
  urgentPrefix: string;
  cardFallback(caseId: string, status: CaseStatus, reason: string): string;
  /** A handover reason for staff, in words (`asked for a person`), never the id. */
  reason(reason: HandoverReason): string;
  status: Record<CaseStatus, string>;
  claim: string;
  resolve: string;
  fields: {
    case: string;
    status: string;
    reason: string;
    language: string;
    question: string;
    assignee: string;
    conversation: string;
    ruleGiven: string;
    opened: string;
    thread: string;
  };
  replyInThread: string;
  studentThread: string;
  /** Where the student is, when the card cannot link to the thread (`cli`, or a failed lookup). */
  noThreadLink(platform: string): string;
}

/** What a student reads from Slack's /ask (the answer itself comes from the assistant). */
export interface SlackAskMessages {
  usage: string;
  askedPublicly(userMention: string, question: string): string;
  notInChannel: string;
}
