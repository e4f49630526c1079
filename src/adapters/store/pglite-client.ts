/**
 * The embedded store: PostgreSQL compiled to WASM, persisted under DATA_DIR. One process at a
 * time may open it (PGlite is single-connection), so a lock file guards the folder.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DeskError } from '../../domain/errors.ts';
import {
  initialiseInChild,
  isInitialised,
  PGLITE_INITDB_PARAMS,
  PGLITE_START_PARAMS,
  useBaselineWasmCompiler,
} from './pglite-memory.ts';
import { diskSpaceProblem } from './disk-space.ts';
import type { StoreOpening } from './pglite-protocol.ts';
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

export interface PgliteClientOptions {
  /**
   * Run PGlite in its own thread (pglite-thread.ts): `desk serve`, where its synchronous
   * WebAssembly on the event loop held up acknowledgements. One-shot commands keep it here.
   */
  thread?: boolean;
}

export async function openPgliteClient(
  dataDir: string | null,
  options: PgliteClientOptions = {},
): Promise<SqlClient> {
  useBaselineWasmCompiler();
  let release = () => {};
  const directory = dataDir ? join(dataDir, 'db') : null;
  if (dataDir && directory) {
    mkdirSync(directory, { recursive: true });
    release = acquireLock(dataDir);
    try {
      if (!isInitialised(directory)) await initialiseInChild(directory);
    } catch (error) {
      release();
      throw error;
    }
  }
  // In memory (tests, benchmarks): no data directory to hand to a child, so initdb runs here.
  const opening: StoreOpening = directory
    ? { directory, startParams: PGLITE_START_PARAMS }
    : { directory, startParams: PGLITE_START_PARAMS, initDbStartParams: PGLITE_INITDB_PARAMS };
  let client: SqlClient;
  try {
    client = options.thread
      ? await (await import('./pglite-thread.ts')).openPgliteThread(opening)
      : inProcess(await createInProcess(opening));
  } catch (error) {
    release();
    throw error;
  }
  return {
    ...client,
    // A full DATA_DIR: messages are refused before they are acknowledged, /readyz says why.
    ...(dataDir ? { unavailable: () => diskSpaceProblem(dataDir) } : {}),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** PGlite's module is loaded only by the thread that runs it. */
async function createInProcess(opening: StoreOpening): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  return opening.directory
    ? PGlite.create(opening.directory, { startParams: opening.startParams })
    : PGlite.create({
        startParams: opening.startParams,
        initDbStartParams: opening.initDbStartParams ?? PGLITE_INITDB_PARAMS,
      });
}

function inProcess(database: PGlite): SqlClient {
  return {
    query: async (sql, params) => (await database.query(sql, params)).rows as never,
    transaction: (work) => database.transaction((tx) => work(wrapTransaction(tx))),
    exec: async (sql) => {
      await database.exec(sql);
    },
    close: () => database.close(),
  };
}
