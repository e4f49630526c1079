/**
 * What `desk serve`'s main thread and its answering thread say to each other
 * (answering-thread.ts, answering-worker.ts). The thread runs the same Assistant as every other
 * command; what it cannot hold (the store, a channel's way to open a DM, the metrics registry)
 * stays in the main thread and is reached through port calls. Every message that crosses is
 * plain data; what the main thread receives is parsed (an answer goes on to the outbox).
 */
import { z } from 'zod';
import type { AnsweredEvent } from '../domain/metrics.ts';
import type { AnswerLogEntry, HandoverRequest } from '../domain/ports.ts';
import type { Answer, Turn } from '../domain/types.ts';
import type { SerialisedError } from '../adapters/store/pglite-protocol.ts';
import type { Config } from './config.ts';

export { reviveError, serialiseError } from '../adapters/store/pglite-protocol.ts';
export type { SerialisedError };

/** What the thread is started with (workerData). */
export interface AnsweringOpening {
  config: Config;
  /** The thread's own logger (pino, redacting, to stderr) logs at this level. */
  logLevel: string;
}

/** A message to answer, without the functions a thread boundary cannot carry. */
export interface AskJob {
  kind: 'ask';
  id: number;
  text: string;
  conversation: string;
  isPublic: boolean;
  answerId?: string;
  /** The channel can open a DM with the student (asked for with an `openPrivate` port call). */
  canOpenPrivate: boolean;
}

/** A port of the Assistant's that lives in the main thread, and its arguments. */
export type PortRequest =
  | { port: 'recent'; conversation: string; limit: number }
  | { port: 'append'; conversation: string; turns: Turn[] }
  | { port: 'openCase'; request: HandoverRequest }
  | { port: 'logAnswer'; entry: AnswerLogEntry }
  | { port: 'recordFeedback'; answerId: string; helpful: boolean }
  | { port: 'openPrivate'; job: number };

/** Main thread -> answering thread. */
export type ToThread =
  | AskJob
  | { kind: 'returned'; call: number; ok: true; value: unknown }
  | { kind: 'returned'; call: number; ok: false; error: SerialisedError };

/** Answering thread -> main thread (parsed with `FromThread`). */
export type FromThreadMessage =
  | { kind: 'ready' }
  | { kind: 'failed'; error: SerialisedError }
  | { kind: 'answered'; id: number; ok: true; answer: Answer }
  | { kind: 'answered'; id: number; ok: false; error: SerialisedError }
  | ({ kind: 'call'; call: number } & PortRequest)
  | { kind: 'metric'; event: AnsweredEvent };

const Lang = z.enum(['ja', 'en']);
const Route = z.enum(['partners', 'knowledge', 'handover', 'out_of_scope', 'refused']);
const Partner = z
  .object({
    id: z.string(),
    nameEn: z.string(),
    nameJa: z.string(),
    country: z.string(),
    reason: z.string(),
  })
  .passthrough();
const Citation = z
  .object({ id: z.string(), title: z.string(), source: z.string(), asOf: z.string() })
  .passthrough();

/** The command-line contract's Answer, as the channels and the outbox read it. */
export const AnswerSchema = z
  .object({
    answerId: z.string(),
    question: z.string(),
    lang: Lang,
    route: Route,
    answer: z.string(),
    more: z.string().nullish(),
    citations: z.array(Citation),
    partners: z.array(Partner),
    related: z
      .object({
        otherTest: z.array(Partner),
        noneStated: z.array(Partner),
        nearMiss: z.array(Partner),
      })
      .nullable(),
    handover: z
      .object({ reason: z.string(), caseId: z.string().nullable() })
      .passthrough()
      .nullable(),
    confidence: z.number(),
    latencyMs: z.number(),
    mode: z.enum(['extractive', 'model']),
    privateFollowUp: z.object({ conversation: z.string(), answer: z.string() }).nullish(),
    verifier: z.object({ passed: z.boolean(), reasons: z.array(z.string()) }).nullable(),
  })
  .passthrough();

export const TurnSchema = z
  .object({
    role: z.enum(['student', 'assistant']),
    text: z.string(),
    at: z.string(),
    partnerQuery: z.unknown().optional(),
  })
  .passthrough();

const Serialised = z.object({
  message: z.string(),
  name: z.string(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

const HandoverRequestSchema = z
  .object({
    conversation: z.string(),
    lang: Lang,
    question: z.string(),
    reason: z.string(),
    recentTurns: z.array(TurnSchema),
    generalRule: z.string().nullable(),
    answerId: z.string().nullable(),
  })
  .passthrough();

const AnswerLogEntrySchema = z
  .object({
    answerId: z.string(),
    conversation: z.string(),
    lang: Lang,
    route: z.string(),
    handoverReason: z.string().nullable(),
    caseId: z.string().nullable(),
  })
  .passthrough();

const call = { kind: z.literal('call'), call: z.number() };

export const FromThread = z.union([
  z.object({ kind: z.literal('ready') }),
  z.object({ kind: z.literal('failed'), error: Serialised }),
  z.object({
    kind: z.literal('answered'),
    id: z.number(),
    ok: z.literal(true),
    answer: AnswerSchema,
  }),
  z.object({
    kind: z.literal('answered'),
    id: z.number(),
    ok: z.literal(false),
    error: Serialised,
  }),
  z.object({ ...call, port: z.literal('recent'), conversation: z.string(), limit: z.number() }),
  z.object({
    ...call,
    port: z.literal('append'),
    conversation: z.string(),
    turns: z.array(TurnSchema),
  }),
  z.object({ ...call, port: z.literal('openCase'), request: HandoverRequestSchema }),
  z.object({ ...call, port: z.literal('logAnswer'), entry: AnswerLogEntrySchema }),
  z.object({
    ...call,
    port: z.literal('recordFeedback'),
    answerId: z.string(),
    helpful: z.boolean(),
  }),
  z.object({ ...call, port: z.literal('openPrivate'), job: z.number() }),
  z.object({
    kind: z.literal('metric'),
    event: z
      .object({
        conversation: z.string(),
        route: Route,
        lang: Lang,
        latencyMs: z.number(),
        handoverReason: z.string().nullable(),
      })
      .passthrough(),
  }),
]);

/** What a port call returns, checked where it arrives (the answering thread). */
export const PortResults = {
  recent: z.array(TurnSchema),
  append: z.undefined(),
  openCase: z.object({ caseId: z.string(), alreadyOpen: z.boolean().optional() }),
  logAnswer: z.undefined(),
  recordFeedback: z.boolean(),
  openPrivate: z.string().nullable(),
} satisfies Record<PortRequest['port'], z.ZodType>;
