/**
 * Where every channel hands a student's message. Nothing lost (issue 15): the message is
 * recorded in the store before the channel acknowledges it, answered in a bounded work queue
 * (so acknowledgements never wait behind answering), and done only in the transaction that
 * puts its answer in the outbox. A crash anywhere leaves the row unfinished: the next start,
 * or a platform retry, answers it; a retry of a finished message is acknowledged and dropped.
 * The answer id is derived from the event id, so answering again after a crash finds the case
 * the first attempt opened instead of opening another.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ReplyTarget } from '../domain/outbox.ts';
import { silentLogger, type CaseStore, type EventLog, type Logger } from '../domain/ports.ts';
import type { ConversationRef } from '../domain/types.ts';
import type { Assistant } from './assistant.ts';
import { WorkQueue } from './work-queue.ts';

/** What a channel records for a message that needs an answer (parsed again on recovery). */
export const QueuedMessage = z.object({
  text: z.string(),
  conversation: z.string(),
  isPublic: z.boolean(),
  target: ReplyTarget,
  /** The student's platform user id, so a personal handover asked in public can move to a DM. */
  author: z.string().nullish(),
});
export type QueuedMessage = z.infer<typeof QueuedMessage>;

export type Acceptance = 'queued' | 'in-flight' | 'answered';

export interface Inbox {
  /**
   * Records the message, then queues its answering; resolves once it is recorded (acknowledge
   * then). Rejects when the store cannot record it: do not acknowledge (the platform retries).
   * `in-flight` and `answered` are repeats (a retry, a double delivery): acknowledge only.
   */
  accept(eventId: string, message: QueuedMessage): Promise<Acceptance>;
  /** True the first time an event id is seen (for events that are not questions: staff replies, buttons). */
  firstTime(eventId: string): Promise<boolean>;
  /** Answers what earlier processes left unfinished, then sweeps for failed rows now and then. */
  start(): Promise<number>;
  /** Stops sweeping and waits (up to `timeoutMs`) for the answers being worked on. */
  stop(timeoutMs: number): Promise<boolean>;
  /** Messages queued or being answered. */
  readonly size: number;
}

export interface InboxOptions {
  /** The channel's name, which its rows carry (`slack`, `discord`). */
  platform: string;
  /** Answers worked on at once (default 4); the rest wait their turn. */
  concurrency?: number;
  /** An answer was queued in the outbox: the channel's poster can send it now. */
  onQueued?: () => void;
  /** Opens a DM with a student (a personal handover asked in public continues there). */
  openPrivate?: (author: string) => Promise<ConversationRef | null>;
  /** Test-only fault points (`inbox:acked`, `inbox:answered`). */
  pause?: (point: string) => Promise<void>;
  logger?: Logger;
  sweepMs?: number;
}

/** A message being answered is leased this long; after it (a crash), a sweep takes it over. */
const LEASE_MS = 60_000;
const DEFAULT_CONCURRENCY = 4;

/** A UUID-shaped id fixed by the event id: the same message gets the same answer id. */
export function answerIdFor(eventId: string): string {
  const hex = createHash('sha256').update(`answer:${eventId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const retryMs = (attempts: number) => Math.min(300_000, 2000 * 2 ** attempts);

export function createInbox(
  assistant: Pick<Assistant, 'ask'>,
  store: Pick<CaseStore, 'recordIncoming' | 'claimIncoming' | 'completeIncoming' | 'failIncoming'> &
    EventLog,
  options: InboxOptions,
): Inbox {
  const logger = options.logger ?? silentLogger;
  const pause = options.pause ?? (async () => {});
  const working = new Set<string>();
  const queue = new WorkQueue(options.concurrency ?? DEFAULT_CONCURRENCY, (error) =>
    logger.error({ error }, 'inbox work failed'),
  );
  let sweeper: NodeJS.Timeout | null = null;

  const answer = async (eventId: string, message: QueuedMessage, attempts: number) => {
    try {
      await pause('inbox:acked');
      const answerId = answerIdFor(eventId);
      const reply = await assistant.ask({
        text: message.text,
        conversation: message.conversation,
        isPublic: message.isPublic,
        answerId,
        ...(message.author && options.openPrivate
          ? { openPrivate: () => options.openPrivate!(message.author!) }
          : {}),
      });
      await pause('inbox:answered');
      await store.completeIncoming(eventId, {
        kind: 'student_answer',
        conversation: message.conversation,
        payload: { answerId, target: message.target, answer: reply },
        idempotencyKey: `student_answer:${eventId}`,
      });
      options.onQueued?.();
    } catch (error) {
      logger.error(
        { error, code: (error as { code?: string }).code, eventId, attempts: attempts + 1 },
        'could not answer a recorded message; it will be answered again',
      );
      await store
        .failIncoming(eventId, String((error as Error).message ?? error), retryMs(attempts))
        .catch(() => undefined);
    } finally {
      working.delete(eventId);
    }
  };

  const enqueue = (eventId: string, message: QueuedMessage, attempts: number) => {
    working.add(eventId);
    queue.push(() => answer(eventId, message, attempts));
  };

  const takeOver = async (includeLeased: boolean, limit: number) => {
    const rows = await store.claimIncoming(options.platform, limit, LEASE_MS, includeLeased);
    let taken = 0;
    for (const row of rows) {
      if (working.has(row.eventId)) continue;
      const parsed = QueuedMessage.safeParse(row.message);
      if (!parsed.success) {
        logger.error({ eventId: row.eventId }, 'an inbox row is malformed; it is left unanswered');
        await store.failIncoming(row.eventId, 'malformed inbox row', 86_400_000);
        continue;
      }
      enqueue(row.eventId, parsed.data, row.attempts);
      taken++;
    }
    return taken;
  };

  return {
    async accept(eventId, message) {
      if (working.has(eventId)) return 'in-flight';
      const state = await store.recordIncoming(eventId, options.platform, message, LEASE_MS);
      if (state === 'done') return 'answered';
      if (working.has(eventId)) return 'in-flight';
      enqueue(eventId, message, 0);
      return 'queued';
    },
    firstTime: (eventId) => store.markEventProcessed(eventId),
    async start() {
      const recovered = await takeOver(true, 1000);
      if (recovered > 0) logger.info({ recovered }, 'answering messages left unfinished');
      const sweep = () => {
        sweeper = setTimeout(() => {
          takeOver(false, 50)
            .catch((error) => logger.warn({ error }, 'inbox sweep failed'))
            .finally(() => sweeper && sweep());
        }, options.sweepMs ?? 5000);
        sweeper.unref();
      };
      sweep();
      return recovered;
    },
    async stop(timeoutMs) {
      if (sweeper) clearTimeout(sweeper);
      sweeper = null;
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        queue.drain().then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
      ]);
      clearTimeout(timer);
      return finished;
    },
    get size() {
      return queue.size;
    },
  };
}
