/**
 * What the numbers page and the knowledge-gap list read from the store: questions per office
 * day and per route, handovers by reason, and the questions that ended "not found" or were
 * marked "not helpful", grouped by their normalised wording.
 */
import type { SqlClient } from '../../handover/sql-client.ts';

export interface DailyCount {
  day: string;
  count: number;
}

export interface GapQuestion {
  /** The normalised wording the group shares. */
  key: string;
  question: string;
  lang: 'ja' | 'en';
  count: number;
  kinds: ('not_found' | 'not_helpful')[];
  lastAt: string;
  caseIds: string[];
}

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());

/** Same question, different typing: NFKC, lower case, one space, no closing punctuation. */
export function questionKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/[?？!！。.、,]+$/u, '')
    .trim();
}

export async function questionsPerDay(sql: SqlClient, timeZone: string, days: number, now: Date): Promise<DailyCount[]> {
  const rows = await sql.query<{ day: string; n: string }>(
    `SELECT to_char(created_at AT TIME ZONE $1, 'YYYY-MM-DD') AS day, count(*) AS n FROM answers
     WHERE created_at > $2::timestamptz - ($3::text || ' days')::interval GROUP BY day ORDER BY day`,
    [timeZone, now, String(days)],
  );
  return rows.map((r) => ({ day: r.day, count: Number(r.n) }));
}

export async function questionsPerRoute(sql: SqlClient, since: Date): Promise<Record<string, number>> {
  const rows = await sql.query<{ route: string; n: string }>('SELECT route, count(*) AS n FROM answers WHERE created_at >= $1 GROUP BY route ORDER BY route', [since]);
  return Object.fromEntries(rows.map((r) => [r.route, Number(r.n)]));
}

export async function knowledgeGaps(sql: SqlClient, limit = 200): Promise<GapQuestion[]> {
  const notFound = await sql.query(`SELECT id, question, lang, created_at FROM cases WHERE reason = 'not_found' ORDER BY created_at DESC LIMIT $1`, [limit]);
  // An answer row has no question text: take the student's last turn before the answer.
  const notHelpful = await sql.query(
    `SELECT a.id, a.lang, f.at, a.case_id,
       (SELECT t.text FROM conversation_turns t WHERE t.conversation = a.conversation AND t.role = 'student' AND t.at <= a.created_at ORDER BY t.id DESC LIMIT 1) AS question
     FROM feedback f JOIN answers a ON a.id = f.answer_id WHERE NOT f.helpful ORDER BY f.at DESC LIMIT $1`,
    [limit],
  );
  const groups = new Map<string, GapQuestion>();
  const add = (question: unknown, lang: unknown, kind: GapQuestion['kinds'][number], at: unknown, caseId: unknown) => {
    if (typeof question !== 'string' || !question.trim()) return;
    const key = questionKey(question);
    const group = groups.get(key) ?? { key, question: question.trim(), lang: lang === 'ja' ? 'ja' : 'en', count: 0, kinds: [], lastAt: iso(at), caseIds: [] };
    group.count += 1;
    if (!group.kinds.includes(kind)) group.kinds.push(kind);
    if (iso(at) > group.lastAt) group.lastAt = iso(at);
    if (typeof caseId === 'string' && caseId && !group.caseIds.includes(caseId)) group.caseIds.push(caseId);
    groups.set(key, group);
  };
  for (const row of notFound) add(row.question, row.lang, 'not_found', row.created_at, row.id);
  for (const row of notHelpful) add(row.question, row.lang, 'not_helpful', row.at, row.case_id);
  return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}
