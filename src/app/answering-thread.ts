/**
 * `desk serve` answers in a thread of its own (answering-worker.ts): interpreting, searching and
 * composing an answer took the main thread's event loop for 1.0-1.4 s at a time in a burst, so
 * Slack's HTTP requests were not even read (issue 16). The main thread keeps HTTP, the chat
 * clients, the store, the inbox and the work queue; it sends each message to the thread and
 * serves the thread's port calls (conversations, cases, the answer log, a DM, metrics) from
 * the same ports the in-process assistant uses.
 *
 * A thread that dies is started again and the messages it was answering are asked again once
 * (with the same answer id, so a case the first attempt opened is found, not opened twice);
 * a message that fails twice rejects, and the inbox answers it again later, as after any
 * failure (issue 15).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IncomingMessage } from '../assistant/assistant.ts';
import type { Metrics } from '../domain/metrics.ts';
import type { AnswerLog, ConversationStore, HandoverDesk, Logger } from '../domain/ports.ts';
import type { Answer, ConversationRef } from '../domain/types.ts';
import { DeskError } from '../domain/errors.ts';
import {
  FromThread,
  reviveError,
  serialiseError,
  type AnsweringOpening,
  type FromThreadMessage,
  type ToThread,
} from './answering-protocol.ts';
import type { Config } from './config.ts';

export interface AnsweringPorts {
  conversations: ConversationStore;
  handover: HandoverDesk;
  answerLog: AnswerLog;
  metrics: Metrics | null;
  logger: Logger;
}

export interface AnsweringThreadOptions {
  /** The thread's logger's level (default: LOG_LEVEL, else info, as `desk serve`'s own). */
  logLevel?: string;
}

export interface AnsweringThread {
  /** The Assistant's `ask`, answered in the thread. */
  ask(message: IncomingMessage): Promise<Answer>;
  /** Messages sent to the thread and not yet answered. */
  readonly inFlight: number;
  /** How many times the thread was started (1, plus one per restart). */
  readonly starts: number;
  /**
   * Stops the current thread at once, as a crash would (its messages are asked again on the
   * next one). For tests of that path, and nothing else.
   */
  terminateForTest(): Promise<void>;
  /** Stops the thread; messages still in flight reject. */
  close(): Promise<void>;
}

/** A message is asked at most this many times across thread deaths before it rejects. */
const ATTEMPTS = 2;

/**
 * Compiled, the thread runs dist's JavaScript; from the sources (tests, tsx), the TypeScript
 * through tsx's loader, registered in the thread before its module loads (as pglite-thread.ts).
 */
function startWorker(opening: AnsweringOpening): Worker {
  const here = import.meta.url;
  if (here.endsWith('.js'))
    return new Worker(new URL('./answering-worker.js', here), { workerData: opening });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./answering-worker.ts', pathToFileURL(fileURLToPath(here))).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: opening });
}

interface Job {
  message: IncomingMessage;
  attempts: number;
  worker: Worker | null;
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

/** Starts the thread and resolves once its index is loaded; rejects when it cannot start. */
export async function startAnsweringThread(
  config: Config,
  ports: AnsweringPorts,
  options: AnsweringThreadOptions = {},
): Promise<AnsweringThread> {
  const logLevel = options.logLevel ?? config.logLevel ?? 'info';
  const jobs = new Map<number, Job>();
  let nextJob = 1;
  let starts = 0;
  let closing = false;
  let current: Promise<Worker> | null = null;
  /** The thread that answers now (ready); a death is handled for it only, and once. */
  let live: Worker | null = null;

  const post = (worker: Worker, message: ToThread) => worker.postMessage(message);

  const servePort = async (
    worker: Worker,
    message: Extract<FromThreadMessage, { kind: 'call' }>,
  ) => {
    try {
      const value = await portCall(message);
      post(worker, { kind: 'returned', call: message.call, ok: true, value });
    } catch (error) {
      post(worker, {
        kind: 'returned',
        call: message.call,
        ok: false,
        error: serialiseError(error),
      });
    }
  };

  const portCall = async (message: Extract<FromThreadMessage, { kind: 'call' }>) => {
    switch (message.port) {
      case 'recent':
        return ports.conversations.recent(message.conversation, message.limit);
      case 'append':
        return ports.conversations.append(message.conversation, message.turns);
      case 'openCase':
        return ports.handover.open(message.request as never);
      case 'logAnswer':
        return ports.answerLog.logAnswer(message.entry as never);
      case 'recordFeedback':
        return ports.answerLog.recordFeedback(message.answerId, message.helpful);
      case 'openPrivate': {
        const open = jobs.get(message.job)?.message.openPrivate;
        const opened: ConversationRef | null = open ? await open() : null;
        return opened;
      }
    }
  };

  const onMessage = (worker: Worker, raw: unknown) => {
    const parsed = FromThread.safeParse(raw);
    if (!parsed.success) {
      ports.logger.error(
        { issues: parsed.error.issues.slice(0, 3) },
        'the answering thread sent a malformed message',
      );
      return;
    }
    const message = parsed.data as FromThreadMessage;
    if (message.kind === 'call') void servePort(worker, message);
    else if (message.kind === 'metric') ports.metrics?.answered(message.event);
    else if (message.kind === 'answered') {
      const job = jobs.get(message.id);
      if (!job) return;
      jobs.delete(message.id);
      if (jobs.size === 0) worker.unref();
      if (message.ok) job.resolve(message.answer);
      else job.reject(reviveError(message.error));
    }
  };

  /** A thread that died: start another for the messages it held, or give them back. */
  const onDeath = (worker: Worker, why: Error) => {
    // An 'error' is followed by 'exit'; by then another thread may be starting.
    if (worker !== live) return;
    live = null;
    current = null;
    if (closing) return;
    ports.logger.error({ error: why }, 'the answering thread stopped; starting it again');
    for (const [id, job] of jobs) {
      if (job.worker !== worker) continue;
      job.worker = null;
      if (job.attempts >= ATTEMPTS) {
        jobs.delete(id);
        job.reject(
          new DeskError(
            'ANSWERING_THREAD_STOPPED',
            `the answering thread stopped: ${why.message}`,
            { cause: why },
          ),
        );
      } else void dispatch(id, job);
    }
  };

  const launch = () =>
    new Promise<Worker>((resolve, reject) => {
      starts++;
      const worker = startWorker({ config, logLevel });
      let ready = false;
      worker.on('message', (raw: unknown) => {
        if (ready) return onMessage(worker, raw);
        const parsed = FromThread.safeParse(raw);
        if (parsed.success && parsed.data.kind === 'ready') {
          ready = true;
          live = worker;
          if (jobs.size === 0) worker.unref();
          resolve(worker);
        } else if (parsed.success && parsed.data.kind === 'failed') {
          reject(reviveError(parsed.data.error));
          void worker.terminate();
        }
      });
      worker.on('error', (error) => (ready ? onDeath(worker, error) : reject(error)));
      worker.on('exit', (code) => {
        const why = new Error(`the answering thread exited (code ${code})`);
        if (ready) onDeath(worker, why);
        else reject(why);
      });
    });

  const worker = () =>
    (current ??= launch().catch((error: unknown) => {
      current = null;
      throw error;
    }));

  const dispatch = async (id: number, job: Job) => {
    let target: Worker;
    try {
      target = await worker();
    } catch (error) {
      jobs.delete(id);
      job.reject(error as Error);
      return;
    }
    job.attempts++;
    job.worker = target;
    target.ref();
    const { text, conversation, isPublic, answerId, openPrivate } = job.message;
    post(target, {
      kind: 'ask',
      id,
      text,
      conversation,
      isPublic: isPublic ?? false,
      ...(answerId ? { answerId } : {}),
      canOpenPrivate: Boolean(openPrivate),
    });
  };

  await worker();
  return {
    ask: (message) =>
      new Promise<Answer>((resolve, reject) => {
        if (closing)
          return reject(
            new DeskError('ANSWERING_THREAD_STOPPED', 'the answering thread is closed'),
          );
        const id = nextJob++;
        const job: Job = { message, attempts: 0, worker: null, resolve, reject };
        jobs.set(id, job);
        void dispatch(id, job);
      }),
    get inFlight() {
      return jobs.size;
    },
    get starts() {
      return starts;
    },
    async terminateForTest() {
      const running = await current;
      await running?.terminate();
    },
    async close() {
      closing = true;
      const running = await current?.catch(() => null);
      current = null;
      live = null;
      await running?.terminate();
      for (const job of jobs.values())
        job.reject(new DeskError('ANSWERING_THREAD_STOPPED', 'the answering thread was closed'));
      jobs.clear();
    },
  };
}
