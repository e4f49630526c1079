/** What every console route shares: its dependencies, the Hono environment, small helpers. */
import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import type { CaseRepository, ConversationStore, Logger, StatsSource } from '../../domain/ports.ts';
import type { StaffDesk } from '../staff-desk.ts';
import type {
  ConsoleRecordStore,
  ConsoleStore,
  InsightStore,
  StaffAccountStore,
  StaffSession,
} from './console-store.ts';
import type { StaffLang } from './office-time.ts';
import type { SignIn } from './sign-in.ts';

export interface ConsoleDeps {
  /** The case store: the cases themselves, their conversations, the stats. */
  cases: CaseRepository & ConversationStore & StatsSource;
  /** The console's own tables. */
  store: ConsoleStore;
  knowledgeDir: string;
  /** The office's time zone (knowledge/office.yaml). */
  timeZone: string;
  /** The console's public address; cookies are Secure when it is https. */
  publicUrl: string | null;
  /** evals/out/report.json, when there is one. */
  evalReportPath: string;
  logger: Logger;
  now?: () => Date;
}

export interface ConsoleServices {
  deps: ConsoleDeps;
  accounts: StaffAccountStore;
  records: ConsoleRecordStore;
  insights: InsightStore;
  signIn: SignIn;
  /** The shared staff desk (claim, claim-then-reply, resolve), wording in each staff language. */
  desk: Record<StaffLang, StaffDesk>;
  now: () => Date;
  /** Form nonces already used: a double-clicked "Send reply" sends once. */
  usedNonces: Set<string>;
}

export type ConsoleEnv = {
  Bindings: HttpBindings;
  Variables: { staff: StaffSession; sessionToken: string; form: Record<string, string> };
};

export type ConsoleContext = Context<ConsoleEnv>;

export const SESSION_COOKIE = 'desk_session';

/** The client address, for the rate limit and the audit log. */
export function clientAddress(c: ConsoleContext): string {
  return c.env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** Reads the posted form (urlencoded or multipart) as plain strings. */
export async function formOf(c: ConsoleContext): Promise<Record<string, string>> {
  const cached = c.get('form');
  if (cached) return cached;
  const body = await c.req.parseBody().catch(() => ({}));
  const form = Object.fromEntries(
    Object.entries(body).filter(([, v]) => typeof v === 'string'),
  ) as Record<string, string>;
  c.set('form', form);
  return form;
}

/** The language of a page before sign-in: ?lang=, then the browser's preference. */
export function guestLang(c: ConsoleContext): StaffLang {
  const asked = c.req.query('lang');
  if (asked === 'ja' || asked === 'en') return asked;
  const accept = c.req.header('accept-language') ?? '';
  return /^\s*en/i.test(accept) ? 'en' : 'ja';
}

/** Only same-site paths under /staff may be a redirect target (no open redirect). */
export function safeNext(next: string | undefined): string {
  return next && /^\/staff(\/[\w\-./?=&%]*)?$/.test(next) && !next.includes('//') ? next : '/staff';
}
