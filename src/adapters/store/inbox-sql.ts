/**
 * The durable inbox's SQL (issue 15): a message is recorded (and leased to the process that
 * received it) before it is acknowledged; it is done in the same transaction that puts its
 * answer in the outbox, so a crash anywhere in between leaves it unfinished, to be answered
 * by the next process, never answered twice (the answer's outbox key is unique).
 */
import type { IncomingRecord, QueuedPost } from '../../domain/ports.ts';
import type { SqlClient } from './sql-client.ts';

const interval = (ms: number) => String(Math.max(0, Math.round(ms)));

export async function recordIncoming(
  sql: SqlClient,
  eventId: string,
  platform: string,
  message: unknown,
  leaseMs: number,
): Promise<'new' | 'received' | 'done'> {
  // xmax = 0 on the returned row means it was inserted, not updated by the conflict clause.
  const [row] = await sql.query<{ status: string; inserted: boolean }>(
    `INSERT INTO inbox (event_id, platform, message, next_attempt_at)
       VALUES ($1, $2, $3, now() + ($4::text || ' milliseconds')::interval)
     ON CONFLICT (event_id) DO UPDATE SET next_attempt_at = CASE
       WHEN inbox.status = 'received' THEN EXCLUDED.next_attempt_at ELSE inbox.next_attempt_at END
     RETURNING status, (xmax = 0) AS inserted`,
    [eventId, platform, JSON.stringify(message), interval(leaseMs)],
    // The platform is waiting for this insert before it is acknowledged.
    { urgent: true },
  );
  if (!row) throw new Error(`the inbox did not record ${eventId}`);
  if (row.inserted) return 'new';
  return row.status === 'done' ? 'done' : 'received';
}

export async function claimIncoming(
  sql: SqlClient,
  platform: string,
  limit: number,
  leaseMs: number,
  includeLeased: boolean,
): Promise<IncomingRecord[]> {
  const rows = await sql.query(
    `UPDATE inbox SET next_attempt_at = now() + ($4::text || ' milliseconds')::interval
     WHERE event_id IN (
       SELECT event_id FROM inbox WHERE platform = $1 AND status = 'received'
         AND ($3 OR next_attempt_at <= now())
       ORDER BY received_at LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING event_id, message, attempts`,
    [platform, limit, includeLeased, interval(leaseMs)],
  );
  return rows.map((row) => ({
    eventId: String(row.event_id),
    message: typeof row.message === 'string' ? JSON.parse(row.message) : row.message,
    attempts: Number(row.attempts),
  }));
}

export async function completeIncoming(
  sql: SqlClient,
  eventId: string,
  post: QueuedPost | null,
): Promise<void> {
  const done =
    "UPDATE inbox SET status = 'done', done_at = now(), last_error = NULL WHERE event_id = $1";
  if (!post) {
    await sql.query(done, [eventId]);
    return;
  }
  // One statement, so one atomic step (no transaction held open across round trips to the
  // embedded store's thread): the answer is queued and the message done, or neither.
  await sql.query(
    `WITH queued AS (
       INSERT INTO outbox (kind, conversation, payload, idempotency_key) VALUES ($2, $3, $4, $5)
       ON CONFLICT (idempotency_key) DO NOTHING)
     ${done}`,
    [eventId, post.kind, post.conversation, JSON.stringify(post.payload), post.idempotencyKey],
  );
}

export async function failIncoming(
  sql: SqlClient,
  eventId: string,
  error: string,
  retryMs: number,
): Promise<void> {
  await sql.query(
    `UPDATE inbox SET attempts = attempts + 1, last_error = $2,
       next_attempt_at = now() + ($3::text || ' milliseconds')::interval
     WHERE event_id = $1 AND status = 'received'`,
    [eventId, error.slice(0, 500), interval(retryMs)],
  );
}

class WarmUpDone extends Error {}

/**
 * Records a few throw-away messages in a transaction that is rolled back, so the first burst of
 * events after a start does not pay for the insert's first planning and page reads while the
 * platforms wait for their acknowledgements (issue 16: on the embedded store, the first 10-16
 * acknowledgements of a burst at start took over a second; none later did). Nothing is kept.
 */
export async function warmUpInbox(sql: SqlClient, rounds = 20): Promise<void> {
  await sql
    .transaction(async (tx) => {
      for (let round = 0; round < rounds; round++)
        await recordIncoming(tx, `warm-up:${round}`, 'warm-up', { round }, 0);
      throw new WarmUpDone();
    })
    .catch((error: unknown) => {
      if (!(error instanceof WarmUpDone)) throw error;
    });
}
