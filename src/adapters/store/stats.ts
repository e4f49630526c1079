/** `desk stats`: what the office needs to see about the assistant, from the store. */
import type { StatsReport } from '../../domain/ports.ts';
import type { SqlClient } from './sql-client.ts';

export async function computeStats(sql: SqlClient, since: Date | null, now: Date): Promise<StatsReport> {
  const from = since ?? new Date(0);
  const [answers] = await sql.query<{ total: string; plain: string }>(
    "SELECT count(*) AS total, count(*) FILTER (WHERE route <> 'handover') AS plain FROM answers WHERE created_at >= $1",
    [from],
  );
  const [feedback] = await sql.query<{ helpful: string; not_helpful: string }>(
    `SELECT count(*) FILTER (WHERE f.helpful) AS helpful, count(*) FILTER (WHERE NOT f.helpful) AS not_helpful
     FROM feedback f JOIN answers a ON a.id = f.answer_id WHERE a.created_at >= $1`,
    [from],
  );
  const reasons = await sql.query<{ reason: string; n: string }>('SELECT reason, count(*) AS n FROM cases WHERE created_at >= $1 GROUP BY reason ORDER BY reason', [from]);
  const [median] = await sql.query<{ minutes: number | null }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_reply_at - created_at) / 60) AS minutes
     FROM cases WHERE first_reply_at IS NOT NULL AND created_at >= $1`,
    [from],
  );
  const [ages] = await sql.query<{ a: string; b: string; c: string }>(
    `SELECT count(*) FILTER (WHERE created_at > $1::timestamptz - interval '1 day') AS a,
            count(*) FILTER (WHERE created_at <= $1::timestamptz - interval '1 day' AND created_at > $1::timestamptz - interval '3 days') AS b,
            count(*) FILTER (WHERE created_at <= $1::timestamptz - interval '3 days') AS c
     FROM cases WHERE status <> 'resolved'`,
    [now],
  );
  const total = Number(answers!.total);
  const helpful = Number(feedback!.helpful);
  const notHelpful = Number(feedback!.not_helpful);
  return {
    since: since ? since.toISOString() : null,
    questions: total,
    answeredWithoutHandover: Number(answers!.plain),
    shareWithoutHandover: total > 0 ? Number(answers!.plain) / total : null,
    feedback: { helpful, notHelpful, helpfulRate: helpful + notHelpful > 0 ? helpful / (helpful + notHelpful) : null },
    handoversByReason: Object.fromEntries(reasons.map((r) => [r.reason, Number(r.n)])),
    medianMinutesToFirstReply: median?.minutes === null || median?.minutes === undefined ? null : Math.round(Number(median.minutes) * 10) / 10,
    openCasesByAge: { under1Day: Number(ages!.a), days1to3: Number(ages!.b), over3Days: Number(ages!.c) },
  };
}
