import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGLITE_INITDB_PARAMS, PGLITE_START_PARAMS } from './pglite-memory.ts';
import { openPgliteThread } from './pglite-thread.ts';
import type { SqlClient } from './sql-client.ts';

describe('the embedded store in its own thread', () => {
  let sql: SqlClient;
  beforeAll(async () => {
    sql = await openPgliteThread({
      directory: null,
      startParams: PGLITE_START_PARAMS,
      initDbStartParams: PGLITE_INITDB_PARAMS,
    });
    await sql.exec('CREATE TABLE t (id serial PRIMARY KEY, v text UNIQUE, at timestamptz)');
  });
  afterAll(() => sql.close());

  it('returns rows with their types (dates stay dates)', async () => {
    const [row] = await sql.query<{ id: number; at: Date }>(
      "INSERT INTO t (v, at) VALUES ($1, '2026-04-01T00:00:00Z') RETURNING id, at",
      ['one'],
    );
    expect(row!.at).toBeInstanceOf(Date);
    expect(row!.at.toISOString()).toBe('2026-04-01T00:00:00.000Z');
  });

  it("keeps PostgreSQL's error fields across the thread", async () => {
    await sql.query('INSERT INTO t (v) VALUES ($1)', ['dup']);
    const error = await sql.query('INSERT INTO t (v) VALUES ($1)', ['dup']).catch((e) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as { code?: string }).code).toBe('23505');
  });

  it('commits a transaction, and rolls one back when its work throws', async () => {
    await sql.transaction(async (tx) => {
      await tx.query('INSERT INTO t (v) VALUES ($1)', ['kept']);
      await tx.transaction((inner) => inner.query('INSERT INTO t (v) VALUES ($1)', ['nested']));
    });
    await expect(
      sql.transaction(async (tx) => {
        await tx.query('INSERT INTO t (v) VALUES ($1)', ['dropped']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const rows = await sql.query<{ v: string }>(
      "SELECT v FROM t WHERE v IN ('kept', 'nested', 'dropped') ORDER BY v",
    );
    expect(rows.map((r) => r.v)).toEqual(['kept', 'nested']);
  });

  it('runs an urgent statement before statements that were waiting longer', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The transaction holds the store until it is released; both statements queue behind it.
    const transaction = sql.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await held;
    });
    // `begin` was posted first, so the thread is inside the transaction when these arrive.
    const normal = sql.query("SELECT 'normal'").then(() => order.push('normal'));
    const urgent = sql
      .query("SELECT 'urgent'", [], { urgent: true })
      .then(() => order.push('urgent'));
    // Both messages reach the thread before the transaction ends (postMessage keeps order).
    release();
    await Promise.all([transaction, normal, urgent]);
    expect(order).toEqual(['urgent', 'normal']);
  });
});
