/**
 * Handover cases: their shape and the rules for moving them (open -> claimed -> answered ->
 * resolved, and reopen). Pure: the stores call `checkTransition` before writing.
 */
import { DeskError, type CaseErrorCode } from './errors.ts';
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


/** Says why an action is not allowed, or null when it is. */
export function checkTransition(record: Pick<CaseRecord, 'id' | 'status' | 'assignee'>, action: StaffAction, staff: string): DeskError<CaseErrorCode> | null {
  const { id, status, assignee } = record;
  if (action === 'reopen') return status === 'resolved' ? null : new DeskError('CASE_NOT_RESOLVED', `${id} is ${status}, not resolved: nothing to reopen.`);
  if (status === 'resolved') return new DeskError('CASE_RESOLVED', `${id} is resolved; reopen it first (desk cases reopen ${id}).`);
  if (assignee && assignee !== staff) return new DeskError('CASE_CLAIMED_BY_OTHER', `${id} is claimed by ${assignee}; only they can ${action} it.`);
  if (action === 'resolve' && status === 'open') return new DeskError('CASE_NOT_CLAIMED', `${id} is not claimed yet; claim it (and reply) before resolving.`);
  return null;
}

/**
 * The buttons a case card shows in its status: claim while open, resolve until resolved
 * (resolving an unclaimed case is refused by `checkTransition` with a reason), none after.
 */
export function cardActions(status: CaseStatus): ('claim' | 'resolve')[] {
  if (status === 'resolved') return [];
  return status === 'open' ? ['claim', 'resolve'] : ['resolve'];
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
