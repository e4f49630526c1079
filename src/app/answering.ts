/**
 * Where `desk serve` answers: in ANSWER_THREADS threads beside the one that acknowledges
 * (answering-thread.ts), each message to the thread with the fewest in flight; or in the main
 * thread, when ANSWER_THREADS is 0, in model mode (an answer there is mostly waiting on the
 * model's HTTP reply, which does not hold the event loop) or when no thread could start.
 * Feedback and "talk to staff" stay in the main thread: a store write, or a handover message,
 * cost little.
 */
import type { AssistantService } from '../assistant/assistant.ts';
import type { Metrics } from '../domain/metrics.ts';
import { startAnsweringThread, type AnsweringThread } from './answering-thread.ts';
import type { Runtime } from './runtime.ts';

export interface Answering {
  assistant: AssistantService;
  /** Threads answering (0: the main thread answers). */
  threads: number;
  close(): Promise<void>;
}

export async function startAnswering(
  runtime: Runtime,
  metrics: Metrics | null,
): Promise<Answering> {
  const { config, logger } = runtime;
  const inProcess: Answering = { assistant: runtime.assistant, threads: 0, close: async () => {} };
  if (config.answerThreads === 0 || runtime.model) return inProcess;
  const ports = { ...runtime.ports, metrics, logger };
  const started = await Promise.allSettled(
    Array.from({ length: config.answerThreads }, () => startAnsweringThread(config, ports)),
  );
  const threads: AnsweringThread[] = started.flatMap((s) =>
    s.status === 'fulfilled' ? [s.value] : [],
  );
  const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(threads.map((thread) => thread.close()));
    logger.warn(
      { error: failed.reason },
      'the answering thread could not start; answering in the main thread',
    );
    return inProcess;
  }
  const main = runtime.assistant;
  const leastBusy = () =>
    threads.reduce((best, thread) => (thread.inFlight < best.inFlight ? thread : best));
  return {
    assistant: {
      ask: (message) => leastBusy().ask(message),
      feedback: (answerId, helpful, lang) => main.feedback(answerId, helpful, lang),
      requestStaff: (conversation, reason, lang) => main.requestStaff(conversation, reason, lang),
      knowledge: main.knowledge,
    },
    threads: threads.length,
    close: async () => {
      await Promise.all(threads.map((thread) => thread.close()));
    },
  };
}
