/**
 * A PostgreSQL server (DATABASE_URL) through `pg`: several bot processes share it. The server
 * may go away (a restart, a failover): the pool's `error` events are handled (an unhandled one
 * would end the process), the store is marked down while it is away and probed with backoff,
 * and work that needs a connection waits for one (up to `waitMs`) instead of failing at once.
 * A transaction that failed before its COMMIT was sent is retried whole: the server rolled it
 * back, so nothing is half-written and nothing is written twice.
 */
import pg from 'pg';
import type { SqlClient } from './sql-client.ts';
import {
  isConnectionError,
  trackAvailability,
  type StoreAvailability,
} from './store-availability.ts';

export interface PostgresClientOptions {
  /** How long work waits for the server to come back before it fails (default 20 s). */
  waitMs?: number;
  /** Told when the server goes away and when it is back (null). */
  onAvailabilityChange?: (down: string | null) => void;
}

/** The transaction's connection; `lost` says whether the connection itself failed (not the work). */
function wrapConnection(connection: pg.PoolClient, lost: { error: unknown } = { error: null }) {
  const run = async (sql: string, params?: unknown[]) => {
    try {
      return (await connection.query(sql, params)).rows;
    } catch (error) {
      if (isConnectionError(error)) lost.error = error;
      throw error;
    }
  };
  const wrapped: SqlClient = {
    query: run as SqlClient['query'],
    transaction: (work) => work(wrapped),
    exec: async (sql) => {
      await run(sql);
    },
    close: async () => {},
  };
  return { client: wrapped, lost };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function openPostgresClient(
  url: string,
  options: PostgresClientOptions = {},
): SqlClient & StoreAvailability {
  const waitMs = options.waitMs ?? 20_000;
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 5000 });
  let everConnected = false;
  const availability = trackAvailability(
    async () => {
      const client = await pool.connect();
      client.release();
    },
    {
      minMs: 250,
      maxMs: 5000,
      // A server that never answered is a wrong setting, reported as such, not an outage.
      onChange: (down) => {
        if (everConnected) options.onAvailabilityChange?.(down);
      },
    },
  );
  // An idle connection the server closed: without this listener the process would exit.
  pool.on('error', (error) => availability.markDown(error));

  /** A connection, waiting (with backoff) while the server is away, up to `waitMs`. */
  const connect = async (): Promise<pg.PoolClient> => {
    // Before the first connection, a server that does not answer is more likely a wrong
    // DATABASE_URL than an outage: the operator hears about it within seconds.
    const deadline = Date.now() + (everConnected ? waitMs : Math.min(waitMs, 3000));
    let delay = 100;
    for (;;) {
      try {
        const client = await pool.connect();
        // While checked out, an error on this connection fails the query in hand; the
        // listener only keeps it from being an unhandled 'error' event.
        client.on('error', (error) => availability.markDown(error));
        availability.markUp();
        everConnected = true;
        return client;
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        availability.markDown(error);
        if (Date.now() + delay > deadline) throw error;
        await sleep(delay);
        delay = Math.min(delay * 2, 2000);
      }
    }
  };

  const release = (client: pg.PoolClient, error?: unknown) => {
    client.removeAllListeners('error');
    // A broken connection is destroyed, not returned to the pool.
    client.release(error !== undefined && isConnectionError(error) ? (error as Error) : undefined);
  };

  const client: SqlClient & StoreAvailability = {
    unavailable: () => availability.unavailable(),
    markDown: (error) => availability.markDown(error),
    markUp: () => availability.markUp(),
    query: async (sql, params) => {
      const connection = await connect();
      try {
        const result = (await connection.query(sql, params)).rows;
        release(connection);
        return result;
      } catch (error) {
        if (isConnectionError(error)) availability.markDown(error);
        release(connection, error);
        throw error;
      }
    },
    transaction: async (work) => {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const connection = await connect();
        const { client: tx, lost } = wrapConnection(connection);
        let committing = false;
        try {
          await tx.query('BEGIN');
          const result = await work(tx);
          committing = true;
          await tx.query('COMMIT');
          release(connection);
          return result;
        } catch (error) {
          // Only the connection failing is the server's absence; an error of the work (or of
          // a call it made elsewhere, such as a Web API) is the work's own.
          if (lost.error === null) {
            await connection.query('ROLLBACK').catch(() => {});
            release(connection);
            throw error;
          }
          release(connection, lost.error);
          availability.markDown(lost.error);
          // Once COMMIT was sent, whether it landed is unknown: never run the work twice.
          if (committing || Date.now() > deadline) throw error;
        }
      }
    },
    exec: async (sql) => {
      await client.query(sql);
    },
    close: async () => {
      availability.stop();
      await pool.end();
    },
  };
  return client;
}
