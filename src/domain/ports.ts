/**
 * The interfaces the core needs and adapters implement. The core imports no chat SDK,
 * database driver or model client; everything outside reaches it through these.
 */
import type { CaseRecord, CaseStatus, StaffAction } from './cases.ts';
import type { OutboxJob } from './outbox.ts';
import type { ConversationRef, HandoverReason, Lang, Passage, Turn } from './types.ts';

export type { OutboxJob };

export interface RetrievedPassageView {
  passage: Passage;
  /** 0..1, comparable across questions. */
  confidence: number;
}

/** Finds the passages that answer a question, in the question's language. */
export interface Retriever {
  retrieve(question: string, lang: Lang, limit?: number): Promise<RetrievedPassageView[]>;
}

/** Short per-conversation memory, so "what about IELTS?" can re-run the last partner question. */
export interface ConversationStore {
  recent(conversation: ConversationRef, limit: number): Promise<Turn[]>;
  append(conversation: ConversationRef, turns: Turn[]): Promise<void>;
}

export interface HandoverRequest {
  conversation: ConversationRef;
  lang: Lang;
  question: string;
  reason: HandoverReason;
  recentTurns: Turn[];
  /** The general rule the assistant already gave, if any. */
  generalRule: string | null;
  answerId: string | null;
}

/** Opens a staff case. Must persist the case (and its notification job) before returning. */
export interface HandoverDesk {
  /** `alreadyOpen`: the conversation's case was still open, so it was reused (no new card). */
  open(request: HandoverRequest): Promise<{ caseId: string; alreadyOpen?: boolean }>;
}

/** Sends staff notifications and relays staff replies (Slack, Discord, a file for the CLI). */
export interface StaffNotifier {
  /** Which conversations this notifier can deliver student replies to (`slack:`, `cli:`...). */
  handlesConversation(conversation: string): boolean;
  /**
   * Sends one job (no transaction is held while it runs: the job is claimed, then settled).
   * When `mayHaveSentBefore(job)`, an earlier send may have reached the platform: look for it
   * before posting again.
   */
  deliver(job: OutboxJob, store: CaseStore): Promise<void>;
}

/** `desk cases list`: a page of cases; `all` includes resolved ones. */
export interface CasePageFilter {
  status?: CaseStatus | 'active' | 'all';
  /** Opened at or after this instant. */
  since?: Date | null;
  limit?: number;
}

export interface CasePage<Record = CaseRecord> {
  cases: Record[];
  /** How many cases match the filter in all. */
  total: number;
  /** How many of them are beyond this page. */
  more: number;
}

export interface CaseFilter {
  status?: CaseStatus | 'active';
  limit?: number;
}

export interface AnswerLogEntry {
  answerId: string;
  conversation: ConversationRef;
  lang: Lang;
  route: string;
  handoverReason: HandoverReason | null;
  caseId: string | null;
}

export interface StatsReport {
  since: string | null;
  questions: number;
  answeredWithoutHandover: number;
  shareWithoutHandover: number | null;
  feedback: { helpful: number; notHelpful: number; helpfulRate: number | null };
  handoversByReason: Record<string, number>;
  medianMinutesToFirstReply: number | null;
  openCasesByAge: { under1Day: number; days1to3: number; over3Days: number };
}

/** Cases and the cards that show them in staff channels. */
export interface CaseRepository {
  /** With `reuseOpen`, the conversation's still-open case is returned instead of a new one. */
  openCase(
    request: HandoverRequest,
    options?: { reuseOpen?: boolean },
  ): Promise<CaseRecord & { alreadyOpen?: boolean }>;
  getCase(id: string): Promise<CaseRecord | null>;
  listCases(filter?: CaseFilter): Promise<CaseRecord[]>;
  /** A page of cases and how many more match (`desk cases list`). */
  listCasePage(filter: CasePageFilter): Promise<CasePage>;
  /** A staff action, checked against the case's status (`checkTransition`); a refusal changes nothing. */
  act(id: string, action: StaffAction, staff: string, text?: string): Promise<CaseRecord>;
  /** Where a case's card was posted in a staff channel, so it can be updated and its thread read. */
  recordCaseCard(card: CaseCard): Promise<void>;
  findCaseCard(caseId: string, platform: string): Promise<CaseCard | null>;
  findCaseByCard(platform: string, channel: string, messageId: string): Promise<string | null>;
}

/** The outbox: staff notifications and staff replies, written with the case, sent by the worker. */
export interface Outbox {
  /** Runs `send` for up to `limit` due jobs, each inside its own row lock (FOR UPDATE SKIP LOCKED). */
  deliverDue(
    kinds: OutboxJob['kind'][],
    limit: number,
    send: (job: OutboxJob, store: CaseStore) => Promise<void>,
    retryDelayMs: (attempts: number) => number,
    conversationPrefix?: string,
  ): Promise<{ delivered: number; failed: number }>;
  /**
   * At start: jobs claimed by a process that died are due again now (their notifier looks for
   * the earlier send first). Returns how many.
   */
  releaseClaims(kinds: OutboxJob['kind'][], conversationPrefix?: string): Promise<number>;
}

/** What the inbox queues once a message is answered: the post, and its key (one per message). */
export interface QueuedPost {
  kind: 'student_answer';
  conversation: string;
  payload: unknown;
  idempotencyKey: string;
}

/** An unfinished inbox row: a recorded message whose answer is not queued yet. */
export interface IncomingRecord {
  eventId: string;
  message: unknown;
  attempts: number;
}

/**
 * The durable inbox: a student's message is recorded before the platform is told it arrived,
 * and is done only once its answer is in the outbox (in the same transaction).
 */
export interface InboxLog {
  /**
   * Records a message, leased to the caller for `leaseMs`. `new` the first time; for a repeat,
   * the row's state (`received`: unfinished, re-leased to the caller; `done`: answered).
   */
  recordIncoming(
    eventId: string,
    platform: string,
    message: unknown,
    leaseMs: number,
  ): Promise<'new' | 'received' | 'done'>;
  /** Unfinished rows of a platform whose lease ran out (all of them when `includeLeased`), leased anew. */
  claimIncoming(
    platform: string,
    limit: number,
    leaseMs: number,
    includeLeased: boolean,
  ): Promise<IncomingRecord[]>;
  /** One transaction: the post joins the outbox (once per key) and the row is done. */
  completeIncoming(eventId: string, post: QueuedPost | null): Promise<void>;
  /** Processing failed: the row is due again after `retryMs`. */
  failIncoming(eventId: string, error: string, retryMs: number): Promise<void>;
}

/** Platform event ids already handled: one answer per message across retries and processes. */
export interface EventLog {
  /** True the first time an event id is seen, false for a retry or duplicate. */
  markEventProcessed(eventId: string): Promise<boolean>;
}

/** Usage numbers for `desk stats`. */
export interface StatsSource {
  stats(since: Date | null, now: Date): Promise<StatsReport>;
}

/**
 * Durable state, by concern: cases (and their cards), the outbox, the inbox, conversation memory,
 * processed event ids, the answer log with feedback, and stats. Two adapters (PGlite,
 * PostgreSQL) implement all of it with the same SQL; consumers ask for the part they use.
 */
export interface CaseStore
  extends CaseRepository, Outbox, InboxLog, ConversationStore, EventLog, AnswerLog, StatsSource {
  close(): Promise<void>;
}

export interface CaseCard {
  caseId: string;
  platform: 'slack' | 'discord';
  channel: string;
  messageId: string;
}

/** Structured logging; the adapter redacts personal data before anything is written. */
export interface Logger {
  debug(record: Record<string, unknown>, message?: string): void;
  info(record: Record<string, unknown>, message?: string): void;
  warn(record: Record<string, unknown>, message?: string): void;
  error(record: Record<string, unknown>, message?: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Where answers are recorded (for feedback and stats). */
export interface AnswerLog {
  logAnswer(entry: AnswerLogEntry): Promise<void>;
  /** False when the answer id is unknown. */
  recordFeedback(answerId: string, helpful: boolean): Promise<boolean>;
}

/** One retrieved passage as the model sees it: numbered from 1 in the prompt. */
export interface ModelPassage {
  number: number;
  id: string;
  title: string;
  text: string;
}

export interface GeneratedAnswer {
  answer: string;
  /** Passage numbers the model cites. */
  citations: number[];
  /** False when the model says the passages do not answer the question. */
  answerable: boolean;
}

/**
 * A language model behind an OpenAI-compatible endpoint. Everything it returns is checked by
 * code before it reaches a student; any failure falls back to the no-model answer.
 */
export interface AnswerModel {
  readonly name: string;
  generateAnswer(input: {
    question: string;
    lang: Lang;
    passages: ModelPassage[];
  }): Promise<GeneratedAnswer>;
  /** A message read into the interpretation's shape (validated and checked by the caller). */
  readMessage(input: { question: string; lang: Lang }): Promise<unknown>;
}

/**
 * A chat platform (Slack, Discord, the terminal) as the core sees it. An adapter translates
 * platform events and calls the core (the inbox and the staff desk); it re-implements neither.
 */
export interface ChatChannel {
  /** `slack`, `discord`, `cli`: also the prefix of the conversations it owns. */
  readonly name: string;
  /** Sends case cards (when it has a staff channel) and relays staff replies to its students. */
  readonly notifier: StaffNotifier;
  /** True when a staff channel is configured, so case cards can go here. */
  readonly takesCaseCards: boolean;
  /** Connects and starts receiving events. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One line for the operator once started: where events arrive, where cards go. */
  describe(): string;
}
