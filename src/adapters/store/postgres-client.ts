/** A PostgreSQL server (DATABASE_URL) through `pg`: several bot processes share it. */
import pg from 'pg';
import type { SqlClient } from './sql-client.ts';

function wrapConnection(connection: pg.PoolClient): SqlClient {
  return {
    query: async (sql, params) => (await connection.query(sql, params)).rows,
    transaction: (work) => work(wrapConnection(connection)),
    exec: async (sql) => {
      await connection.query(sql);
    },
    close: async () => {},
  };
}

export function openPostgresClient(url: string): SqlClient {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  return {
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    transaction: async (work) => {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(wrapConnection(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
