/**
 * One platform-free case card: what staff see about a case and which buttons its status
 * allows. Each chat adapter renders it (Block Kit, Discord embeds); none decides it.
 */
import { cardActions, type CaseRecord, type CaseStatus } from '../domain/cases.ts';
import type { Lang } from '../domain/types.ts';
import { messagesFor } from '../messages/index.ts';
import { STAFF_LANG } from './staff-desk.ts';

export interface CaseCardModel {
  caseId: string;
  status: CaseStatus;
  title: string;
  /** Plain text for notifications and clients without rich cards. */
  fallback: string;
  statusLabel: string;
  /** Staff-readable reason, with the reason's id for searching. */
  reason: string;
  /** An emergency abroad: flagged in the title on every platform, whatever the hour. */
  urgent: boolean;
  lang: Lang;
  assignee: string | null;
  /** Student text: adapters make it inert before showing it. */
  question: string;
  generalRule: string | null;
  conversation: string;
  actions: { action: 'claim' | 'resolve'; label: string }[];
  labels: ReturnType<typeof messagesFor>['staff']['fields'];
  replyInThread: string;
  studentThread: string;
  conversationLine: string;
}

export function caseCard(record: CaseRecord, lang: Lang = STAFF_LANG): CaseCardModel {
  const m = messagesFor(lang).staff;
  const reason = `${m.reason(record.reason)}`;
  const urgent = record.reason === 'emergency';
  return {
    caseId: record.id,
    status: record.status,
    title: `${urgent ? m.urgentPrefix : ''}${m.cardTitle(record.id, record.status)}`,
    urgent,
    fallback: m.cardFallback(record.id, record.status, record.reason),
    statusLabel: m.status[record.status],
    reason,
    lang: record.lang,
    assignee: record.assignee,
    question: record.question,
    generalRule: record.generalRule,
    conversation: record.conversation,
    actions: cardActions(record.status).map((action) => ({ action, label: m[action] })),
    labels: m.fields,
    replyInThread: m.replyInThread,
    studentThread: m.studentThread,
    conversationLine: m.conversation(record.conversation),
  };
}
