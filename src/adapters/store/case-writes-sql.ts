/**
 * The case store's writes that need a transaction: opening a case (with its "notify staff"
 * job, so no case exists that staff will not hear of) and a staff action (with the reply and
 * update jobs it queues). Each returns the case id; the store reads the case back.
 */
import {
  checkTransition,
  formatCaseId,
  nextStatus,
  type CaseRecord,
  type StaffAction,
} from '../../domain/cases.ts';
import { DeskError } from '../../domain/errors.ts';
import type { HandoverRequest } from '../../domain/ports.ts';
import { openCaseOfConversation } from './case-reuse.ts';
import type { SqlClient } from './sql-client.ts';

/**
 * With `reuseOpen`, a conversation whose case is still open gets that case back
 * (`alreadyOpen: true`) and nothing new is queued for staff.
 */
export async function openCase(
  sql: SqlClient,
  request: HandoverRequest,
  options: { reuseOpen?: boolean },
): Promise<{ id: string; alreadyOpen: boolean }> {
  let alreadyOpen = false;
  const id = await sql.transaction(async (tx) => {
    // One case per answer: a message answered again after a crash finds the case it opened.
    if (request.answerId) {
      const [opened] = await tx.query('SELECT id FROM cases WHERE answer_id = $1 LIMIT 1', [
        request.answerId,
      ]);
      if (opened) return String(opened.id);
    }
    if (options.reuseOpen) {
      const open = await openCaseOfConversation(tx, request.conversation);
      if (open) {
        alreadyOpen = true;
        return open;
      }
    }
    const [sequence] = await tx.query<{ n: string }>("SELECT nextval('case_number_seq') AS n");
    const caseId = formatCaseId(Number(sequence!.n));
    await tx.query(
      `INSERT INTO cases (id, conversation, lang, question, recent_turns, reason, general_rule, answer_id, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open')`,
      [
        caseId,
        request.conversation,
        request.lang,
        request.question,
        JSON.stringify(request.recentTurns),
        request.reason,
        request.generalRule,
        request.answerId,
      ],
    );
    await tx.query('INSERT INTO case_events (case_id, kind) VALUES ($1, $2)', [caseId, 'opened']);
    await tx.query(
      `INSERT INTO outbox (kind, case_id, conversation, payload, idempotency_key) VALUES ('notify_staff', $1, $2, $3, $4)`,
      [
        caseId,
        request.conversation,
        JSON.stringify({
          caseId,
          reason: request.reason,
          lang: request.lang,
          question: request.question,
          conversation: request.conversation,
        }),
        `notify_staff:${caseId}`,
      ],
    );
    return caseId;
  });
  return { id, alreadyOpen };
}

export async function actOnCase(
  sql: SqlClient,
  id: string,
  action: StaffAction,
  staff: string,
  text?: string,
): Promise<string> {
  const caseId = id.toUpperCase();
  await sql.transaction(async (tx) => {
    const [row] = await tx.query(
      'SELECT id, status, assignee, conversation, lang FROM cases WHERE id = $1 FOR UPDATE',
      [caseId],
    );
    if (!row) throw new DeskError('CASE_NOT_FOUND', `No case ${caseId}.`);
    const current = {
      id: caseId,
      status: row.status as CaseRecord['status'],
      assignee: (row.assignee as string | null) ?? null,
    };
    const refusal = checkTransition(current, action, staff);
    if (refusal) throw refusal;
    if (action === 'reply' && !text?.trim())
      throw new DeskError('EMPTY_REPLY', 'A reply needs text.');
    const status = nextStatus(current.status, action);
    const assignee = action === 'reopen' ? null : staff;
    await tx.query(
      `UPDATE cases SET status = $2, assignee = $3, updated_at = now(),
           first_reply_at = CASE WHEN $4 AND first_reply_at IS NULL THEN now() ELSE first_reply_at END,
           resolved_at = CASE WHEN $2 = 'resolved' THEN now() WHEN $2 = 'open' THEN NULL ELSE resolved_at END
         WHERE id = $1`,
      [caseId, status, assignee, action === 'reply'],
    );
    const kind = { claim: 'claimed', reply: 'reply', resolve: 'resolved', reopen: 'reopened' }[
      action
    ];
    const [event] = await tx.query<{ id: string }>(
      'INSERT INTO case_events (case_id, kind, actor, text) VALUES ($1, $2, $3, $4) RETURNING id',
      [caseId, kind, staff, text ?? null],
    );
    if (action === 'reply') {
      // The reply reaches the student through the same outbox as staff notifications.
      await tx.query(
        `INSERT INTO outbox (kind, case_id, conversation, payload, idempotency_key) VALUES ('student_reply', $1, $2, $3, $4)`,
        [
          caseId,
          row.conversation,
          JSON.stringify({ caseId, staff, text, lang: row.lang }),
          `student_reply:${caseId}:${event!.id}`,
        ],
      );
    }
    await tx.query(
      `INSERT INTO outbox (kind, case_id, conversation, payload, idempotency_key) VALUES ('case_updated', $1, $2, $3, $4)`,
      [
        caseId,
        row.conversation,
        JSON.stringify({ caseId, status, action, staff }),
        `case_updated:${caseId}:${event!.id}`,
      ],
    );
  });
  return caseId;
}
