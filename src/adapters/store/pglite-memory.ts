/**
 * Keeping the embedded store within the product's 300 MB (issue 16; figures in bench/RESULTS.md).
 *
 * - PostgreSQL's own caches are sized for a server: the start parameters below shrink them to
 *   what one desk's tables need (shared_buffers 8 MB instead of 128 MB...). An existing store
 *   then opens at about 100 MB instead of 220 MB.
 * - A new data directory runs initdb, for which PGlite starts a second PostgreSQL instance
 *   whose memory this process never gets back (about 650 MB left after a GC). So a new
 *   directory is initialised by a short-lived child process, and this process opens the
 *   result as an existing store.
 * - V8 compiles PGlite's 9 MB WebAssembly twice: at once with its baseline compiler (Liftoff),
 *   then again, in background threads, with its optimising one (TurboFan), keeping both. The
 *   second copy cost 50-70 MB of RSS and, on two busy cores, more CPU than it ever saved (open
 *   and 700 statements: 1.6 s baseline-only against 4.7-5.2 s), so only the baseline is used.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

/** The flag that keeps V8 to its baseline WebAssembly compiler (see above). */
export const BASELINE_WASM_FLAG = '--liftoff-only';

/**
 * Applies BASELINE_WASM_FLAG to this process (every thread). V8 reads it when it compiles a
 * module, so it holds when set before PGlite first loads its WebAssembly, as here.
 */
export function useBaselineWasmCompiler(): void {
  setFlagsFromString(BASELINE_WASM_FLAG);
}

/** PGlite's own defaults (PGlite.defaultStartParams in 0.5). */
export const PGLITE_DEFAULT_START_PARAMS = [
  '--single',
  '-F',
  '-O',
  '-j',
  '-c',
  'search_path=public',
  '-c',
  'exit_on_error=false',
  '-c',
  'log_checkpoints=false',
  '-c',
  'max_worker_processes=0',
  '-c',
  'max_parallel_workers=0',
  '-c',
  'max_parallel_workers_per_gather=0',
  '-c',
  'io_method=sync',
  '-c',
  'max_parallel_maintenance_workers=0',
];
/** Small caches: where most of the embedded store's memory went. */
export const PGLITE_SMALL_CACHES = [
  '-c',
  'shared_buffers=8MB',
  '-c',
  'work_mem=1MB',
  '-c',
  'maintenance_work_mem=4MB',
  '-c',
  'temp_buffers=1MB',
  '-c',
  'wal_buffers=256kB',
];
export const PGLITE_START_PARAMS = [...PGLITE_DEFAULT_START_PARAMS, ...PGLITE_SMALL_CACHES];
/** The same caches written into the new cluster's postgresql.conf by initdb. */
export const PGLITE_INITDB_PARAMS = PGLITE_SMALL_CACHES;

export function isInitialised(directory: string): boolean {
  return existsSync(join(directory, 'PG_VERSION'));
}

/** Runs initdb for `directory` in a child process; resolves when the cluster is on disk. */
export async function initialiseInChild(directory: string): Promise<void> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const options = { startParams: PGLITE_START_PARAMS, initDbStartParams: PGLITE_INITDB_PARAMS };
  const script = `const { PGlite } = require(${JSON.stringify(entry)});
PGlite.create(${JSON.stringify(directory)}, ${JSON.stringify(options)}).then((db) => db.close()).catch((error) => { console.error(String(error && error.stack || error)); process.exit(1); });`;
  const child = spawn(process.execPath, [BASELINE_WASM_FLAG, '-e', script], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0 || !isInitialised(directory))
    throw new Error(
      `could not initialise the embedded store in ${directory}: ${stderr.trim().slice(-1000)}`,
    );
}
