/**
 * The little the case store needs from a SQL database, implemented by PGlite and by `pg`.
 * Both speak PostgreSQL with $1 parameters, so the store's SQL is written once.
 */
export interface QueryOptions {
  /**
   * Ahead of other waiting statements where the driver queues them (the embedded store's
   * thread): the inbox's record-before-ack insert, which a platform is waiting on.
   */
  urgent?: boolean;
}

export interface SqlClient {
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<Row[]>;
  /** Runs `work` in one transaction; a thrown error rolls it back. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
  /** Null while the database answers, else why not (a server client); absent when it cannot go away. */
  unavailable?(): string | null;
}

export async function migrate(
  client: SqlClient,
  migrations: { version: number; sql: string }[],
): Promise<void> {
  await client.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  for (const migration of migrations) {
    await client.transaction(async (tx) => {
      // The lock makes concurrent starts (several bot processes on one server) apply each migration once.
      await tx.query('LOCK TABLE schema_migrations IN EXCLUSIVE MODE');
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (done.length > 0) return;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
    });
  }
}
