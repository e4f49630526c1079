/**
 * The case store over any `SqlClient` (PGlite or PostgreSQL). A case and its "notify staff"
 * job are written in one transaction before the student is told the case id; delivery claims
 * a job (FOR UPDATE SKIP LOCKED) so two workers never send the same job (outbox-sql.ts).
 */
import type { StoreProbe } from '../../domain/metrics.ts';
import {
  checkTransition,
  formatCaseId,
  nextStatus,
  type CaseEvent,
  type CaseRecord,
  type StaffAction,
} from '../../domain/cases.ts';
import type {
  AnswerLogEntry,
  CaseCard,
  CaseFilter,
  CasePage,
  CasePageFilter,
  CaseStore,
  HandoverRequest,
  IncomingRecord,
  OutboxJob,
  QueuedPost,
  StatsReport,
} from '../../domain/ports.ts';
import type { ConversationRef, HandoverReason, Lang, Turn } from '../../domain/types.ts';
import { DeskError } from '../../domain/errors.ts';
import { OutboxJob as OutboxJobSchema } from '../../domain/outbox.ts';
import { MIGRATIONS } from './migrations.ts';
import { migrate, type SqlClient } from './sql-client.ts';
import { computeStats } from './stats.ts';
import * as inbox from './inbox-sql.ts';
import { deliverDue, releaseClaims } from './outbox-sql.ts';
import { openCaseOfConversation } from './case-reuse.ts';
import { listCasePage } from './case-page.ts';

type Row = Record<string, unknown>;
const iso = (value: unknown) =>
  value instanceof Date
    ? value.toISOString()
    : value === null || value === undefined
      ? null
      : new Date(String(value)).toISOString();
const json = <T>(value: unknown, fallback: T): T =>
  value === null || value === undefined
    ? fallback
    : typeof value === 'string'
      ? (JSON.parse(value) as T)
      : (value as T);

function toCase(row: Row, events: CaseEvent[]): CaseRecord {
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
function toJob(row: Row): OutboxJob {
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

export class SqlCaseStore implements CaseStore, StoreProbe {
  private constructor(private readonly sql: SqlClient) {}

  static async open(sql: SqlClient): Promise<SqlCaseStore> {
    await migrate(sql, MIGRATIONS);
    return new SqlCaseStore(sql);
  }

  /**
   * With `reuseOpen`, a conversation whose case is still open gets that case back
   * (`alreadyOpen: true`) and nothing new is queued for staff.
   */
  async openCase(
    request: HandoverRequest,
    options: { reuseOpen?: boolean } = {},
  ): Promise<CaseRecord & { alreadyOpen?: boolean }> {
    let alreadyOpen = false;
    const id = await this.sql.transaction(async (tx) => {
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
    const record = (await this.getCase(id))!;
    return alreadyOpen ? { ...record, alreadyOpen } : record;
  }

  async getCase(id: string): Promise<CaseRecord | null> {
    const [row] = await this.sql.query('SELECT * FROM cases WHERE id = $1', [id.toUpperCase()]);
    if (!row) return null;
    const events = await this.sql.query(
      'SELECT kind, actor, text, at FROM case_events WHERE case_id = $1 ORDER BY id',
      [row.id],
    );
    return toCase(
      row,
      events.map((e) => ({
        kind: e.kind as CaseEvent['kind'],
        actor: (e.actor as string | null) ?? null,
        text: (e.text as string | null) ?? null,
        at: iso(e.at)!,
      })),
    );
  }

  async listCases(filter: CaseFilter = {}): Promise<CaseRecord[]> {
    const status = filter.status ?? 'active';
    const where = status === 'active' ? "WHERE status <> 'resolved'" : 'WHERE status = $2';
    const rows = await this.sql.query(
      `SELECT * FROM cases ${where} ORDER BY created_at, id LIMIT $1`,
      status === 'active' ? [filter.limit ?? 100] : [filter.limit ?? 100, status],
    );
    return rows.map((row) => toCase(row, []));
  }

  listCasePage(filter: CasePageFilter): Promise<CasePage> {
    return listCasePage(this.sql, filter, (row) => toCase(row, []));
  }

  async act(id: string, action: StaffAction, staff: string, text?: string): Promise<CaseRecord> {
    const caseId = id.toUpperCase();
    await this.sql.transaction(async (tx) => {
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
    return (await this.getCase(caseId))!;
  }

  deliverDue(
    kinds: OutboxJob['kind'][],
    limit: number,
    send: (job: OutboxJob, store: CaseStore) => Promise<void>,
    retryDelayMs: (attempts: number) => number,
    conversationPrefix?: string,
  ): Promise<{ delivered: number; failed: number }> {
    return deliverDue(this.sql, this, toJob, {
      kinds,
      limit,
      send,
      retryDelayMs,
      ...(conversationPrefix ? { conversationPrefix } : {}),
    });
  }

  releaseClaims(kinds: OutboxJob['kind'][], conversationPrefix?: string): Promise<number> {
    return releaseClaims(this.sql, kinds, conversationPrefix);
  }

  recordIncoming(
    eventId: string,
    platform: string,
    message: unknown,
    leaseMs: number,
  ): Promise<'new' | 'received' | 'done'> {
    return inbox.recordIncoming(this.sql, eventId, platform, message, leaseMs);
  }

  claimIncoming(
    platform: string,
    limit: number,
    leaseMs: number,
    includeLeased: boolean,
  ): Promise<IncomingRecord[]> {
    return inbox.claimIncoming(this.sql, platform, limit, leaseMs, includeLeased);
  }

  completeIncoming(eventId: string, post: QueuedPost | null): Promise<void> {
    return inbox.completeIncoming(this.sql, eventId, post);
  }

  failIncoming(eventId: string, error: string, retryMs: number): Promise<void> {
    return inbox.failIncoming(this.sql, eventId, error, retryMs);
  }

  async pendingJobs(
    caseId: string,
  ): Promise<(OutboxJob & { status: string; lastError: string | null })[]> {
    const rows = await this.sql.query('SELECT * FROM outbox WHERE case_id = $1 ORDER BY id', [
      caseId,
    ]);
    return rows.map((row) => ({
      ...toJob(row),
      status: String(row.status),
      lastError: (row.last_error as string | null) ?? null,
    }));
  }

  async recent(conversation: ConversationRef, limit: number): Promise<Turn[]> {
    const rows = await this.sql.query(
      'SELECT role, text, partner_query, at FROM conversation_turns WHERE conversation = $1 ORDER BY id DESC LIMIT $2',
      [conversation, limit],
    );
    return rows.reverse().map((row) => ({
      role: row.role as Turn['role'],
      text: String(row.text),
      at: iso(row.at)!,
      ...(row.partner_query ? { partnerQuery: json(row.partner_query, null) } : {}),
    }));
  }

  async append(conversation: ConversationRef, turns: Turn[]): Promise<void> {
    if (turns.length === 0) return;
    // One multi-row statement: atomic, in order, and one round trip.
    const at = (i: number, column: number) => `$${4 * i + column + 2}`;
    const rows = turns.map((_, i) => `($1, ${[0, 1, 2, 3].map((c) => at(i, c)).join(', ')})`);
    await this.sql.query(
      `INSERT INTO conversation_turns (conversation, at, role, text, partner_query) VALUES ${rows.join(', ')}`,
      [
        conversation,
        ...turns.flatMap((turn) => [
          turn.at,
          turn.role,
          turn.text,
          turn.partnerQuery ? JSON.stringify(turn.partnerQuery) : null,
        ]),
      ],
    );
  }

  async markEventProcessed(eventId: string): Promise<boolean> {
    const rows = await this.sql.query(
      'INSERT INTO processed_events (event_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING event_id',
      [eventId],
      // Also on the acknowledgement path (buttons, staff replies).
      { urgent: true },
    );
    return rows.length === 1;
  }

  async logAnswer(entry: AnswerLogEntry): Promise<void> {
    await this.sql.query(
      'INSERT INTO answers (id, conversation, lang, route, handover_reason, case_id) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING',
      [
        entry.answerId,
        entry.conversation,
        entry.lang,
        entry.route,
        entry.handoverReason,
        entry.caseId,
      ],
    );
  }

  async recordFeedback(answerId: string, helpful: boolean): Promise<boolean> {
    const known = await this.sql.query('SELECT 1 FROM answers WHERE id = $1', [answerId]);
    if (known.length === 0) return false;
    await this.sql.query(
      'INSERT INTO feedback (answer_id, helpful) VALUES ($1, $2) ON CONFLICT (answer_id) DO UPDATE SET helpful = $2, at = now()',
      [answerId, helpful],
    );
    return true;
  }

  async stats(since: Date | null, now: Date): Promise<StatsReport> {
    return computeStats(this.sql, since, now);
  }

  async recordCaseCard(card: CaseCard): Promise<void> {
    await this.sql.query(
      'INSERT INTO case_cards (case_id, platform, channel, message_id) VALUES ($1, $2, $3, $4) ON CONFLICT (case_id, platform) DO UPDATE SET channel = $3, message_id = $4',
      [card.caseId, card.platform, card.channel, card.messageId],
    );
  }

  async findCaseCard(caseId: string, platform: string): Promise<CaseCard | null> {
    const [row] = await this.sql.query(
      'SELECT * FROM case_cards WHERE case_id = $1 AND platform = $2',
      [caseId, platform],
    );
    return row
      ? {
          caseId: String(row.case_id),
          platform: row.platform as CaseCard['platform'],
          channel: String(row.channel),
          messageId: String(row.message_id),
        }
      : null;
  }

  async findCaseByCard(
    platform: string,
    channel: string,
    messageId: string,
  ): Promise<string | null> {
    const [row] = await this.sql.query(
      'SELECT case_id FROM case_cards WHERE platform = $1 AND channel = $2 AND message_id = $3',
      [platform, channel, messageId],
    );
    return row ? String(row.case_id) : null;
  }

  /** StoreProbe: readiness and the outbox-depth gauge. */
  async ping(): Promise<void> {
    const down = this.unavailable();
    if (down) throw new Error(down);
    await this.sql.query('SELECT 1');
  }

  /** Null while the database answers; else why not (a PostgreSQL server that went away). */
  unavailable(): string | null {
    return this.sql.unavailable?.() ?? null;
  }

  async outboxDepth(): Promise<number> {
    const [row] = await this.sql.query<{ n: string }>(
      "SELECT count(*) AS n FROM outbox WHERE status = 'pending'",
    );
    return Number(row?.n ?? 0);
  }

  /** The SQL connection, for modules that keep their own tables in this store (the staff console). */
  sqlClient(): SqlClient {
    return this.sql;
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
