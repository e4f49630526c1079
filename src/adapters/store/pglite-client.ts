/**
 * The embedded store: PostgreSQL compiled to WASM, persisted under DATA_DIR. One process at a
 * time may open it (PGlite is single-connection), so a lock file guards the folder.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeskError } from '../../domain/errors.ts';
import {
  initialiseInChild,
  isInitialised,
  PGLITE_INITDB_PARAMS,
  PGLITE_START_PARAMS,
} from './pglite-memory.ts';
import { diskSpaceProblem } from './disk-space.ts';
import type { SqlClient } from './sql-client.ts';

function acquireLock(directory: string): () => void {
  const lockFile = join(directory, 'desk.lock');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    let alive = false;
    try {
      if (pid && pid !== process.pid) {
        process.kill(pid, 0);
        alive = true;
      }
    } catch {
      alive = false; // A process that died (even by SIGKILL) leaves a stale lock; take it over.
    }
    if (alive)
      throw new DeskError(
        'STORE_LOCKED',
        `The embedded store in ${directory} is in use by process ${pid} (desk serve or chat). Stop it first, or set DATABASE_URL to share a PostgreSQL server.`,
      );
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function wrapTransaction(tx: Transaction): SqlClient {
  return {
    query: async (sql, params) => (await tx.query(sql, params)).rows as never,
    transaction: (work) => work(wrapTransaction(tx)),
    exec: async (sql) => {
      await tx.exec(sql);
    },
    close: async () => {},
  };
}

export async function openPgliteClient(dataDir: string | null): Promise<SqlClient> {
  let release = () => {};
  let database: PGlite;
  if (dataDir) {
    const directory = join(dataDir, 'db');
    mkdirSync(directory, { recursive: true });
    release = acquireLock(dataDir);
    try {
      if (!isInitialised(directory)) await initialiseInChild(directory);
      database = await PGlite.create(directory, { startParams: PGLITE_START_PARAMS });
    } catch (error) {
      release();
      throw error;
    }
  } else {
    // In memory (tests, benchmarks): no data directory to hand to a child, so initdb runs here.
    database = await PGlite.create({
      startParams: PGLITE_START_PARAMS,
      initDbStartParams: PGLITE_INITDB_PARAMS,
    });
  }
  return {
    query: async (sql, params) => (await database.query(sql, params)).rows as never,
    transaction: (work) => database.transaction((tx) => work(wrapTransaction(tx))),
    exec: async (sql) => {
      await database.exec(sql);
    },
    // A full DATA_DIR: messages are refused before they are acknowledged, /readyz says why.
    ...(dataDir ? { unavailable: () => diskSpaceProblem(dataDir) } : {}),
    close: async () => {
      await database.close();
      release();
    },
  };
}
