/**
 * What the console keeps in the store, as ports: staff accounts and sessions, its records
 * (audit log, saved replies, private notes) and the read-only queries behind the numbers and
 * the unanswered questions. src/adapters/store/ implements them over the case store's SQL.
 */
import type { StaffLang } from './office-time.ts';

export interface StaffAccount {
  email: string;
  passwordHash: string | null;
  lang: StaffLang;
  failedAttempts: number;
  lockedUntil: Date | null;
}

export interface StaffSession {
  email: string;
  lang: StaffLang;
  csrfToken: string;
  expiresAt: Date;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const SESSION_DAYS = 7;
export const INVITE_HOURS = 72;

export interface StaffAccountStore {
  find(email: string): Promise<StaffAccount | null>;
  /** Creates the account (or renews its invitation); returns a one-time sign-in token. */
  invite(email: string, now: Date): Promise<string>;
  findByInvite(token: string, now: Date): Promise<StaffAccount | null>;
  /** Sets the password, spends the invitation and clears any lockout. */
  setPassword(email: string, passwordHash: string): Promise<void>;
  setLang(email: string, lang: StaffLang): Promise<void>;
  /** Counts a wrong password; locks the account for `lockMs` when it reaches `limit`. */
  recordFailure(
    email: string,
    limit: number,
    lockMs: number,
    now: Date,
  ): Promise<{ locked: boolean }>;
  recordSuccess(email: string, now: Date): Promise<void>;
  createSession(
    email: string,
    now: Date,
  ): Promise<{ token: string; csrfToken: string; expiresAt: Date }>;
  session(token: string, now: Date): Promise<StaffSession | null>;
  endSession(token: string): Promise<void>;
}

export interface AuditEntry {
  actor: string;
  action: string;
  target?: string | null;
  detail?: Record<string, unknown> | null;
  address?: string | null;
}

export interface SavedReply {
  id: number;
  lang: StaffLang;
  title: string;
  body: string;
  createdBy: string;
}

export interface CaseNote {
  author: string;
  text: string;
  at: string;
}

export interface ConsoleRecordStore {
  audit(entry: AuditEntry): Promise<void>;
  auditTrail(target: string): Promise<{ actor: string; action: string; at: string }[]>;
  savedReplies(): Promise<SavedReply[]>;
  addSavedReply(reply: Omit<SavedReply, 'id'>): Promise<number>;
  deleteSavedReply(id: number): Promise<boolean>;
  notes(caseId: string): Promise<CaseNote[]>;
  addNote(caseId: string, author: string, text: string): Promise<void>;
}

export interface DailyCount {
  day: string;
  count: number;
}

/** A question that ended "not found" (a case) or whose answer was marked "not helpful". */
export interface GapRow {
  kind: 'not_found' | 'not_helpful';
  question: string | null;
  lang: string;
  at: string;
  caseId: string | null;
}

export interface InsightStore {
  /** Answers per calendar day in `timeZone`, for the last `days` days. */
  questionsPerDay(timeZone: string, days: number, now: Date): Promise<DailyCount[]>;
  questionsPerRoute(since: Date): Promise<Record<string, number>>;
  gapRows(limit: number): Promise<GapRow[]>;
  caseCounts(): Promise<Record<string, number>>;
}

export interface ConsoleStore {
  accounts: StaffAccountStore;
  records: ConsoleRecordStore;
  insights: InsightStore;
}
