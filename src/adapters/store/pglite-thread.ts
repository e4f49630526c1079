/**
 * The serving process's side of the embedded store's thread (pglite-worker.ts): the same
 * `SqlClient` as PGlite in-process, so the store's SQL, migrations and tests are unchanged,
 * but no statement runs on the event loop. The thread keeps the process alive only while a
 * statement is outstanding, as an in-process PGlite would.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  reviveError,
  type StoreCommand,
  type StoreOpening,
  type StoreReady,
  type StoreReply,
} from './pglite-protocol.ts';
import type { SqlClient } from './sql-client.ts';

type Command = StoreCommand extends infer C ? (C extends unknown ? Omit<C, 'id'> : never) : never;

/**
 * Compiled, the thread runs dist's JavaScript; from the sources (tests, tsx), the TypeScript
 * through tsx's loader, registered in the thread before its module loads.
 */
function startWorker(opening: StoreOpening): Worker {
  const here = import.meta.url;
  if (here.endsWith('.js'))
    return new Worker(new URL('./pglite-worker.js', here), { workerData: opening });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./pglite-worker.ts', pathToFileURL(fileURLToPath(here))).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: opening });
}

export async function openPgliteThread(opening: StoreOpening): Promise<SqlClient> {
  const worker = startWorker(opening);
  const pending = new Map<
    number,
    { resolve: (reply: StoreReply) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  let stopped: Error | null = null;
  let closing = false;

  const settleAll = (error: Error) => {
    stopped = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  // The first message says whether the store opened; listeners are removed one by one (Node's
  // own 'newListener' hook on a Worker starts its message port, so never removeAllListeners).
  let onReady!: (message: StoreReady) => void;
  let onFailure!: (error: unknown) => void;
  let onEarlyExit!: (code: number) => void;
  await new Promise<void>((resolve, reject) => {
    onReady = (message) => (message.ready ? resolve() : reject(reviveError(message.error)));
    onFailure = reject;
    onEarlyExit = (code) =>
      reject(new Error(`the embedded store's thread stopped while opening (exit code ${code})`));
    worker.once('message', onReady).once('error', onFailure).once('exit', onEarlyExit);
  })
    .finally(() => worker.off('message', onReady).off('error', onFailure).off('exit', onEarlyExit))
    .catch(async (error: unknown) => {
      await worker.terminate();
      throw error;
    });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (message: StoreReply) => {
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if (pending.size === 0 && !closing) worker.unref();
    waiting.resolve(message);
  });
  worker.on('error', (error) => settleAll(error));
  worker.on('exit', (code) =>
    settleAll(new Error(`the embedded store's thread stopped (exit code ${code})`)),
  );
  worker.unref();

  const call = async (command: Command): Promise<StoreReply & { ok: true }> => {
    if (stopped) throw stopped;
    const id = nextId++;
    const reply = await new Promise<StoreReply>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      if (pending.size === 1) worker.ref();
      worker.postMessage({ ...command, id });
    });
    if (!reply.ok) throw reviveError(reply.error);
    return reply;
  };

  const client = (tx?: number): SqlClient => ({
    query: async (sql, params, options) =>
      (
        await call({
          op: 'query',
          sql,
          ...(params ? { params } : {}),
          ...(tx !== undefined ? { tx } : {}),
          ...(options?.urgent && tx === undefined ? { urgent: true } : {}),
        })
      ).rows as never,
    exec: async (sql) => {
      await call({ op: 'exec', sql, ...(tx !== undefined ? { tx } : {}) });
    },
    transaction: async (work) => {
      // Inside a transaction, a nested one is the same transaction (as PGlite's own).
      if (tx !== undefined) return work(client(tx));
      const { tx: opened } = await call({ op: 'begin' });
      let result;
      try {
        result = await work(client(opened!));
      } catch (error) {
        await call({ op: 'end', tx: opened!, commit: false }).catch(() => undefined);
        throw error;
      }
      await call({ op: 'end', tx: opened!, commit: true });
      return result;
    },
    close: async () => {
      if (tx !== undefined) return;
      // Held until the thread has exited: an unref'd thread lets a process whose last work
      // is this close end with the close unsettled (exit code 13).
      closing = true;
      worker.ref();
      if (!stopped) await call({ op: 'close' });
      await exited;
    },
  });
  return client();
}
