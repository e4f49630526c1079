/**
 * Handover cases: their shape and the rules for moving them (open -> claimed -> answered ->
 * resolved, and reopen). Pure: the stores call `checkTransition` before writing.
 */
import type { ConversationRef, HandoverReason, Lang, Turn } from './types.ts';

export type CaseStatus = 'open' | 'claimed' | 'answered' | 'resolved';
export type StaffAction = 'claim' | 'reply' | 'resolve' | 'reopen';

export interface CaseEvent {
  kind: 'opened' | 'claimed' | 'reply' | 'resolved' | 'reopened';
  actor: string | null;
  text: string | null;
  at: string;
}

export interface CaseRecord {
  id: string;
  conversation: ConversationRef;
  lang: Lang;
  question: string;
  recentTurns: Turn[];
  reason: HandoverReason;
  generalRule: string | null;
  answerId: string | null;
  status: CaseStatus;
  assignee: string | null;
  createdAt: string;
  updatedAt: string;
  firstReplyAt: string | null;
  resolvedAt: string | null;
  events: CaseEvent[];
}

export type CaseErrorCode = 'CASE_NOT_FOUND' | 'CASE_RESOLVED' | 'CASE_CLAIMED_BY_OTHER' | 'CASE_NOT_CLAIMED' | 'CASE_NOT_RESOLVED' | 'EMPTY_REPLY';

/** A refused staff action: nothing was changed. */
export class CaseActionError extends Error {
  constructor(readonly code: CaseErrorCode, message: string) {
    super(message);
  }
}

/** Says why an action is not allowed, or null when it is. */
export function checkTransition(record: Pick<CaseRecord, 'id' | 'status' | 'assignee'>, action: StaffAction, staff: string): CaseActionError | null {
  const { id, status, assignee } = record;
  if (action === 'reopen') return status === 'resolved' ? null : new CaseActionError('CASE_NOT_RESOLVED', `${id} is ${status}, not resolved: nothing to reopen.`);
  if (status === 'resolved') return new CaseActionError('CASE_RESOLVED', `${id} is resolved; reopen it first (desk cases reopen ${id}).`);
  if (assignee && assignee !== staff) return new CaseActionError('CASE_CLAIMED_BY_OTHER', `${id} is claimed by ${assignee}; only they can ${action} it.`);
  if (action === 'resolve' && status === 'open') return new CaseActionError('CASE_NOT_CLAIMED', `${id} is not claimed yet; claim it (and reply) before resolving.`);
  return null;
}

/** The status a case moves to after an allowed action. */
export function nextStatus(current: CaseStatus, action: StaffAction): CaseStatus {
  switch (action) {
    case 'claim':
      return current === 'answered' ? 'answered' : 'claimed';
    case 'reply':
      return 'answered';
    case 'resolve':
      return 'resolved';
    case 'reopen':
      return 'open';
  }
}

export function formatCaseId(sequence: number): string {
  return `EX-${String(sequence).padStart(4, '0')}`;
}
