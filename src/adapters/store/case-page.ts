/**
 * One page of cases for `desk cases list`: filtered by status and opening date, oldest first
 * (the order staff work them in), with how many more match beyond the page, so a long list
 * never silently stops.
 */
import type { CasePage, CasePageFilter } from '../../domain/ports.ts';
import type { SqlClient } from './sql-client.ts';

export const DEFAULT_CASE_PAGE = 50;

/** `rowToCase` turns a `cases` row into a record (the store's own mapping). */
export async function listCasePage<Record>(
  sql: SqlClient,
  filter: CasePageFilter,
  rowToCase: (row: { [key: string]: unknown }) => Record,
): Promise<CasePage<Record>> {
  const status = filter.status ?? 'active';
  const limit = Math.max(0, Math.floor(filter.limit ?? DEFAULT_CASE_PAGE));
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (status === 'active') conditions.push("status <> 'resolved'");
  else if (status !== 'all') {
    params.push(status);
    conditions.push(`status = $${params.length}`);
  }
  if (filter.since) {
    params.push(filter.since.toISOString());
    conditions.push(`created_at >= $${params.length}`);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const [count] = await sql.query<{ n: string }>(
    `SELECT count(*) AS n FROM cases ${where}`,
    params,
  );
  const rows = await sql.query(
    `SELECT * FROM cases ${where} ORDER BY created_at, id LIMIT $${params.length + 1}`,
    [...params, limit],
  );
  const total = Number(count?.n ?? 0);
  return { cases: rows.map(rowToCase), total, more: Math.max(0, total - rows.length) };
}
