/** Rows of the case store's tables as the domain's records (cases, outbox jobs). */
import type { CaseEvent, CaseRecord } from '../../domain/cases.ts';
import { DeskError } from '../../domain/errors.ts';
import { OutboxJob as OutboxJobSchema } from '../../domain/outbox.ts';
import type { OutboxJob } from '../../domain/ports.ts';
import type { HandoverReason, Lang, Turn } from '../../domain/types.ts';

export type Row = Record<string, unknown>;
export const iso = (value: unknown) =>
  value instanceof Date
    ? value.toISOString()
    : value === null || value === undefined
      ? null
      : new Date(String(value)).toISOString();
export const json = <T>(value: unknown, fallback: T): T =>
  value === null || value === undefined
    ? fallback
    : typeof value === 'string'
      ? (JSON.parse(value) as T)
      : (value as T);

export function toCase(row: Row, events: CaseEvent[]): CaseRecord {
  return {
    id: String(row.id),
    conversation: String(row.conversation),
    lang: row.lang as Lang,
    question: String(row.question),
    recentTurns: json<Turn[]>(row.recent_turns, []),
    reason: row.reason as HandoverReason,
    generalRule: (row.general_rule as string | null) ?? null,
    answerId: (row.answer_id as string | null) ?? null,
    status: row.status as CaseRecord['status'],
    assignee: (row.assignee as string | null) ?? null,
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    firstReplyAt: iso(row.first_reply_at),
    resolvedAt: iso(row.resolved_at),
    events,
  };
}

/** Parsed with the outbox schema: a malformed row throws (its delivery fails with the reason). */
export function toJob(row: Row): OutboxJob {
  const raw = {
    id: Number(row.id),
    kind: row.kind,
    caseId: (row.case_id as string | null) ?? null,
    conversation: (row.conversation as string | null) ?? null,
    payload: json<unknown>(row.payload, {}),
    idempotencyKey: String(row.idempotency_key),
    attempts: Number(row.attempts),
  };
  const parsed = OutboxJobSchema.safeParse(raw);
  if (!parsed.success)
    throw new DeskError(
      'OUTBOX_MALFORMED',
      `outbox job ${raw.id} (${String(raw.kind)}) is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}
