/**
 * `desk serve`'s answering thread (started by answering-thread.ts): the knowledge, the index and
 * the Assistant, built by createRuntime as for every command, so a question is answered by the
 * same code as `desk ask`; only its ports (conversations, cases, the answer log, metrics, a
 * DM with the student) are calls back to the main thread, which holds the store and the
 * channels. Interpreting, searching and composing then never hold up the main thread's
 * acknowledgements (issue 16).
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { z } from 'zod';
import type { AnsweredEvent, Metrics } from '../domain/metrics.ts';
import type { AnswerLog, ConversationStore, HandoverDesk } from '../domain/ports.ts';
import { createLogger } from '../adapters/logging/logger.ts';
import {
  PortResults,
  reviveError,
  serialiseError,
  type AnsweringOpening,
  type AskJob,
  type FromThreadMessage,
  type PortRequest,
  type ToThread,
} from './answering-protocol.ts';
import { createRuntime } from './runtime.ts';

const port = parentPort!;
const { config, logLevel } = workerData as AnsweringOpening;
const send = (message: FromThreadMessage) => port.postMessage(message);

const waiting = new Map<
  number,
  { resolve: (value: unknown) => void; reject: (e: Error) => void }
>();
let nextCall = 1;

/** One port call to the main thread; what comes back is checked against the port's result. */
async function call<P extends PortRequest['port']>(
  request: Extract<PortRequest, { port: P }>,
): Promise<z.infer<(typeof PortResults)[P]>> {
  const id = nextCall++;
  const value = await new Promise<unknown>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    send({ kind: 'call', call: id, ...request } as FromThreadMessage);
  });
  const parsed = PortResults[request.port].safeParse(value);
  if (!parsed.success)
    throw new Error(`the main thread's ${request.port} returned an unexpected value`);
  return parsed.data as z.infer<(typeof PortResults)[P]>;
}

const conversations: ConversationStore = {
  recent: (conversation, limit) => call({ port: 'recent', conversation, limit }),
  append: async (conversation, turns) => {
    await call({ port: 'append', conversation, turns });
  },
};
const handover: HandoverDesk = {
  open: (request) => call({ port: 'openCase', request }),
};
const answerLog: AnswerLog = {
  logAnswer: async (entry) => {
    await call({ port: 'logAnswer', entry });
  },
  recordFeedback: (answerId, helpful) => call({ port: 'recordFeedback', answerId, helpful }),
};
const metrics: Metrics = {
  answered: (event: AnsweredEvent) => send({ kind: 'metric', event }),
  // The assistant only counts answers; deliveries and reconnections are the main thread's.
  delivered() {},
  deliveryFailed() {},
  channelReconnect() {},
};

async function answer(runtime: Awaited<ReturnType<typeof createRuntime>>, job: AskJob) {
  try {
    const reply = await runtime.assistant.ask({
      text: job.text,
      conversation: job.conversation,
      isPublic: job.isPublic,
      ...(job.answerId ? { answerId: job.answerId } : {}),
      ...(job.canOpenPrivate
        ? { openPrivate: () => call({ port: 'openPrivate', job: job.id }) }
        : {}),
    });
    send({ kind: 'answered', id: job.id, ok: true, answer: reply });
  } catch (error) {
    send({ kind: 'answered', id: job.id, ok: false, error: serialiseError(error) });
  }
}

/**
 * The scheduler serves the threads that read, record and acknowledge events before this one:
 * on a busy machine, an answer waits a little longer instead of an acknowledgement missing
 * Slack's 3 s. Linux keeps a niceness per thread (`setpriority` on the calling thread's id);
 * elsewhere it would lower the whole process, so it is left alone.
 */
const ANSWERING_NICENESS = 10;

if (process.platform === 'linux') {
  try {
    setPriority(ANSWERING_NICENESS);
  } catch {
    // Not allowed here: the thread answers at the process's priority.
  }
}

try {
  const runtime = await createRuntime(config, {
    storeMode: 'durable',
    conversations,
    handover,
    answerLog,
    metrics,
    // Model mode answers in the main thread (answering.ts): here, the records only.
    model: null,
    logger: createLogger(logLevel),
  });
  port.on('message', (message: ToThread) => {
    if (message.kind === 'ask') {
      void answer(runtime, message);
      return;
    }
    const pending = waiting.get(message.call);
    if (!pending) return;
    waiting.delete(message.call);
    if (message.ok) pending.resolve(message.value);
    else pending.reject(reviveError(message.error));
  });
  send({ kind: 'ready' });
} catch (error) {
  send({ kind: 'failed', error: serialiseError(error) });
}
