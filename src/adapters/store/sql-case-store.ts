/**
 * The case store over any `SqlClient` (PGlite or PostgreSQL). A case and its "notify staff"
 * job are written in one transaction before the student is told the case id; delivery claims
 * a job (FOR UPDATE SKIP LOCKED) so two workers never send the same job (outbox-sql.ts).
 */
import type { StoreProbe } from '../../domain/metrics.ts';
import type { CaseEvent, CaseRecord, StaffAction } from '../../domain/cases.ts';
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
import type { ConversationRef, Turn } from '../../domain/types.ts';
import { MIGRATIONS } from './migrations.ts';
import { migrate, type SqlClient } from './sql-client.ts';
import { computeStats } from './stats.ts';
import * as inbox from './inbox-sql.ts';
import { deliverDue, releaseClaims } from './outbox-sql.ts';
import { listCasePage } from './case-page.ts';
import { iso, json, toCase, toJob } from './case-rows.ts';
import { actOnCase, openCase } from './case-writes-sql.ts';

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
    const { id, alreadyOpen } = await openCase(this.sql, request, options);
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
    return (await this.getCase(await actOnCase(this.sql, id, action, staff, text)))!;
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

  /** The record-before-ack insert run once and rolled back, before the channels start. */
  warmUpInbox(): Promise<void> {
    return inbox.warmUpInbox(this.sql);
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
