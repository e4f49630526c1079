/**
 * One platform-free case card: what staff see about a case and which buttons its status
 * allows. Each chat adapter renders it (Block Kit, Discord embeds); none decides it. Staff
 * read the reason in words, the student's question, the rule already given, when it was
 * opened (office time, labelled) and a link to the student's thread, not a reference to decode.
 */
import { cardActions, type CaseRecord, type CaseStatus } from '../domain/cases.ts';
import type { Lang } from '../domain/types.ts';
import { messagesFor } from '../messages/index.ts';
import { formatOfficeTime } from './console/office-time.ts';
import { STAFF_LANG } from './staff-desk.ts';

export interface CaseCardModel {
  caseId: string;
  status: CaseStatus;
  title: string;
  /** Plain text for notifications and clients without rich cards. */
  fallback: string;
  statusLabel: string;
  /** The reason in words, in the staff's language. */
  reason: string;
  /** An emergency abroad: flagged in the title on every platform, whatever the hour. */
  urgent: boolean;
  lang: Lang;
  assignee: string | null;
  /** Student text: adapters make it inert before showing it. */
  question: string;
  generalRule: string | null;
  /** When the case was opened, in the office's time zone, labelled (`2026-12-02 14:12 JST`). */
  openedAt: string;
  /** The student's thread (Slack permalink, Discord jump URL), or null when there is none. */
  threadLink: string | null;
  /** Said instead of a link when there is none (a terminal conversation, a failed lookup). */
  whereNoLink: string;
  actions: { action: 'claim' | 'resolve'; label: string }[];
  labels: ReturnType<typeof messagesFor>['staff']['fields'];
  replyInThread: string;
  studentThread: string;
}

export interface CaseCardOptions {
  lang?: Lang;
  /** The office's time zone (knowledge/office.yaml). */
  timeZone: string;
  threadLink: string | null;
}

export function caseCard(record: CaseRecord, options: CaseCardOptions): CaseCardModel {
  const lang = options.lang ?? STAFF_LANG;
  const m = messagesFor(lang).staff;
  const urgent = record.reason === 'emergency';
  const platform = record.conversation.split(':')[0] ?? '';
  return {
    caseId: record.id,
    status: record.status,
    title: `${urgent ? m.urgentPrefix : ''}${m.cardTitle(record.id, record.status)}`,
    urgent,
    fallback: m.cardFallback(record.id, record.status, m.reason(record.reason)),
    statusLabel: m.status[record.status],
    reason: m.reason(record.reason),
    lang: record.lang,
    assignee: record.assignee,
    question: record.question,
    generalRule: record.generalRule,
    openedAt: record.createdAt ? formatOfficeTime(record.createdAt, options.timeZone, lang) : '-',
    threadLink: options.threadLink,
    whereNoLink: m.noThreadLink(platform),
    actions: cardActions(record.status).map((action) => ({ action, label: m[action] })),
    labels: m.fields,
    replyInThread: m.replyInThread,
    studentThread: m.studentThread,
  };
}
