/** The read-only queries behind the console's numbers and unanswered-questions pages. */
import type { DailyCount, GapRow, InsightStore } from '../../staff/console/console-store.ts';
import type { SqlClient } from './sql-client.ts';

const iso = (value: unknown) =>
  value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString();

export class SqlInsights implements InsightStore {
  constructor(private readonly sql: SqlClient) {}

  async questionsPerDay(timeZone: string, days: number, now: Date): Promise<DailyCount[]> {
    const rows = await this.sql.query<{ day: string; n: string }>(
      `SELECT to_char(created_at AT TIME ZONE $1, 'YYYY-MM-DD') AS day, count(*) AS n FROM answers
       WHERE created_at > $2::timestamptz - ($3::text || ' days')::interval GROUP BY day ORDER BY day`,
      [timeZone, now, String(days)],
    );
    return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
  }

  async questionsPerRoute(since: Date): Promise<Record<string, number>> {
    const rows = await this.sql.query<{ route: string; n: string }>(
      'SELECT route, count(*) AS n FROM answers WHERE created_at >= $1 GROUP BY route ORDER BY route',
      [since],
    );
    return Object.fromEntries(rows.map((r) => [r.route, Number(r.n)]));
  }

  async gapRows(limit: number): Promise<GapRow[]> {
    const notFound = await this.sql.query(
      `SELECT id, question, lang, created_at FROM cases WHERE reason = 'not_found' ORDER BY created_at DESC LIMIT $1`,
      [limit],
    );
    // An answer row has no question text: take the student's last turn before the answer.
    const notHelpful = await this.sql.query(
      `SELECT a.id, a.lang, f.at, a.case_id,
         (SELECT t.text FROM conversation_turns t WHERE t.conversation = a.conversation AND t.role = 'student' AND t.at <= a.created_at ORDER BY t.id DESC LIMIT 1) AS question
       FROM feedback f JOIN answers a ON a.id = f.answer_id WHERE NOT f.helpful ORDER BY f.at DESC LIMIT $1`,
      [limit],
    );
    return [
      ...notFound.map((r) => ({
        kind: 'not_found' as const,
        question: (r.question as string | null) ?? null,
        lang: String(r.lang),
        at: iso(r.created_at),
        caseId: String(r.id),
      })),
      ...notHelpful.map((r) => ({
        kind: 'not_helpful' as const,
        question: (r.question as string | null) ?? null,
        lang: String(r.lang),
        at: iso(r.at),
        caseId: (r.case_id as string | null) ?? null,
      })),
    ];
  }

  async caseCounts(): Promise<Record<string, number>> {
    const rows = await this.sql.query<{ status: string; n: string }>(
      'SELECT status, count(*) AS n FROM cases GROUP BY status',
    );
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  }
}
