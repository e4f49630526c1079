/**
 * The embedded store's own thread (issue 16). PGlite runs PostgreSQL as synchronous
 * WebAssembly: on the serving thread every statement stopped the event loop, so Slack's
 * acknowledgements waited behind answering's store work. Here it runs beside the event loop,
 * one unit at a time (a statement, or a whole transaction), and statements marked urgent (the
 * inbox's record-before-ack insert) go ahead of any that are waiting.
 */
import { PGlite } from '@electric-sql/pglite';
import { parentPort, workerData } from 'node:worker_threads';
import {
  serialiseError,
  type StoreCommand,
  type StoreOpening,
  type StoreReady,
  type StoreReply,
} from './pglite-protocol.ts';

type Unit = () => Promise<void>;

/** Commands for a transaction that is open, in the order they came. */
interface OpenTransaction {
  commands: StoreCommand[];
  wake: (() => void) | null;
}

const port = parentPort!;
const opening = workerData as StoreOpening;
const urgent: Unit[] = [];
const normal: Unit[] = [];
const transactions = new Map<number, OpenTransaction>();
let running = false;

const reply = (message: StoreReply) => port.postMessage(message);
const fail = (id: number, error: unknown) => reply({ id, ok: false, error: serialiseError(error) });

function schedule(unit: Unit, isUrgent: boolean): void {
  (isUrgent ? urgent : normal).push(unit);
  void pump();
}

async function pump(): Promise<void> {
  if (running) return;
  const unit = urgent.shift() ?? normal.shift();
  if (!unit) return;
  running = true;
  try {
    await unit();
  } finally {
    running = false;
    void pump();
  }
}

async function run(database: PGlite, command: StoreCommand): Promise<void> {
  try {
    if (command.op === 'query')
      reply({
        id: command.id,
        ok: true,
        rows: (await database.query(command.sql, command.params)).rows,
      });
    else if (command.op === 'exec') {
      await database.exec(command.sql);
      reply({ id: command.id, ok: true });
    }
  } catch (error) {
    fail(command.id, error);
  }
}

/** A transaction holds the database until its `end`: only its own statements run meanwhile. */
async function transaction(database: PGlite, id: number): Promise<void> {
  const open: OpenTransaction = { commands: [], wake: null };
  transactions.set(id, open);
  try {
    await database.exec('BEGIN');
  } catch (error) {
    transactions.delete(id);
    return fail(id, error);
  }
  reply({ id, ok: true, tx: id });
  for (;;) {
    const command =
      open.commands.shift() ??
      (await new Promise<void>((wake) => (open.wake = wake)).then(() => open.commands.shift()));
    if (!command) continue;
    if (command.op !== 'end') {
      await run(database, command);
      continue;
    }
    transactions.delete(id);
    try {
      await database.exec(command.commit ? 'COMMIT' : 'ROLLBACK');
      reply({ id: command.id, ok: true });
    } catch (error) {
      await database.exec('ROLLBACK').catch(() => undefined);
      fail(command.id, error);
    }
    return;
  }
}

async function main(): Promise<void> {
  let database: PGlite;
  try {
    database = opening.directory
      ? await PGlite.create(opening.directory, { startParams: opening.startParams })
      : await PGlite.create({
          startParams: opening.startParams,
          ...(opening.initDbStartParams ? { initDbStartParams: opening.initDbStartParams } : {}),
        });
  } catch (error) {
    port.postMessage({ ready: false, error: serialiseError(error) } satisfies StoreReady);
    return;
  }
  port.on('message', (command: StoreCommand) => {
    const inTransaction =
      'tx' in command && command.tx !== undefined ? transactions.get(command.tx) : undefined;
    if (inTransaction) {
      inTransaction.commands.push(command);
      inTransaction.wake?.();
      inTransaction.wake = null;
    } else if ('tx' in command && command.tx !== undefined)
      fail(command.id, new Error('the transaction is not open'));
    else if (command.op === 'begin') schedule(() => transaction(database, command.id), false);
    else if (command.op === 'close')
      schedule(async () => {
        await database.close();
        reply({ id: command.id, ok: true });
        port.close();
      }, false);
    else schedule(() => run(database, command), command.op === 'query' && command.urgent === true);
  });
  port.postMessage({ ready: true } satisfies StoreReady);
}

void main();
