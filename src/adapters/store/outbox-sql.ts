/**
 * Outbox delivery over SQL: claim one due job (one statement: SKIP LOCKED keeps two workers
 * off it, and the claim counts the send), send it with no transaction held (a slow or
 * hanging Web API never holds the store, so acknowledgements never queue behind it), then
 * settle it. A crash mid-send leaves the claim: the job is due again once the claim lapses, or
 * at the next start, and its notifier looks for the earlier send before posting again.
 */
import type { CaseStore, OutboxJob } from '../../domain/ports.ts';
import type { SqlClient } from './sql-client.ts';

type Row = Record<string, unknown>;

/** After this many failed attempts a job is marked failed (kept, visible in `desk cases show`). */
export const MAX_ATTEMPTS = 8;
/** A claimed job is due again after this long if its sender never settled it (it died). */
const CLAIM_MS = 120_000;

export interface DeliveryRun {
  kinds: OutboxJob['kind'][];
  limit: number;
  send: (job: OutboxJob, store: CaseStore) => Promise<void>;
  retryDelayMs: (attempts: number) => number;
  conversationPrefix?: string;
}

export async function deliverDue(
  sql: SqlClient,
  store: CaseStore,
  toJob: (row: Row) => OutboxJob,
  run: DeliveryRun,
): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  // One attempt per job per pass, however short the backoff.
  const attempted: number[] = [];
  for (let i = 0; i < run.limit; i++) {
    // One statement (claim what is due, skipping rows another worker holds), so no
    // transaction stays open across round trips to the embedded store's thread.
    const [row] = await sql.query(
      `UPDATE outbox SET claimed_at = now(), sends = sends + 1,
         next_attempt_at = now() + ($4::text || ' milliseconds')::interval
       WHERE id = (
         SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= now() AND kind = ANY($1::text[])
           AND ($2::text IS NULL OR starts_with(conversation, $2::text)) AND NOT (id = ANY($3::bigint[]))
         ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
       RETURNING *`,
      [run.kinds, run.conversationPrefix ?? null, attempted, String(CLAIM_MS)],
    );
    if (!row) break;
    const id = Number(row.id);
    attempted.push(id);
    try {
      const job = { ...toJob(row), priorSends: Number(row.sends) - 1 };
      await run.send(job, store);
      await sql.query(
        "UPDATE outbox SET status = 'delivered', attempts = attempts + 1, delivered_at = now(), last_error = NULL, claimed_at = NULL WHERE id = $1",
        [id],
      );
      delivered++;
    } catch (error) {
      const attempts = Number(row.attempts) + 1;
      const message =
        error instanceof Error
          ? `${(error as { code?: string }).code ?? 'ERROR'}: ${error.message}`
          : String(error);
      await sql.query(
        `UPDATE outbox SET attempts = $2, last_error = $3, status = $4, claimed_at = NULL,
           next_attempt_at = now() + ($5::text || ' milliseconds')::interval WHERE id = $1`,
        [
          id,
          attempts,
          message.slice(0, 500),
          attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          String(run.retryDelayMs(attempts)),
        ],
      );
      failed++;
    }
  }
  return { delivered, failed };
}

export async function releaseClaims(
  sql: SqlClient,
  kinds: OutboxJob['kind'][],
  conversationPrefix?: string,
): Promise<number> {
  const rows = await sql.query(
    `UPDATE outbox SET next_attempt_at = now(), claimed_at = NULL
     WHERE status = 'pending' AND claimed_at IS NOT NULL AND kind = ANY($1::text[])
       AND ($2::text IS NULL OR starts_with(conversation, $2::text))
     RETURNING id`,
    [kinds, conversationPrefix ?? null],
  );
  return rows.length;
}
