/**
 * Sends what the outbox holds: staff notifications for new and updated cases, and staff
 * replies to students. Retries with exponential backoff; each job carries its idempotency key.
 */
import { DeskError } from '../domain/errors.ts';
import type { CaseStore, Logger, OutboxJob, StaffNotifier } from '../domain/ports.ts';
import { silentLogger } from '../domain/ports.ts';

export interface DeliveryWorkerOptions {
  /** Receives case notifications (the staff channel). */
  staff: StaffNotifier;
  /** Channels that can reach students (`slack:`, `discord:`...); a job for none of them waits. */
  channels?: StaffNotifier[];
  logger?: Logger;
  intervalMs?: number;
  batch?: number;
}

/** 1 s, 2 s, 4 s ... capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

export class DeliveryWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(private readonly store: CaseStore, private readonly options: DeliveryWorkerOptions) {}

  private route(job: OutboxJob): StaffNotifier {
    if (job.kind === 'student_reply') {
      const channel = (this.options.channels ?? []).find((c) => job.conversation && c.handlesConversation(job.conversation));
      if (!channel) throw new DeskError('NO_CHANNEL', `no channel can reach ${job.conversation}`);
      return channel;
    }
    return this.options.staff;
  }

  /** One pass over due jobs. */
  async runOnce(): Promise<{ delivered: number; failed: number }> {
    const logger = this.options.logger ?? silentLogger;
    const kinds: OutboxJob['kind'][] = (this.options.channels ?? []).length > 0 ? ['notify_staff', 'case_updated', 'student_reply'] : ['notify_staff', 'case_updated'];
    return this.store.deliverDue(
      kinds,
      this.options.batch ?? 20,
      async (job, store) => {
        try {
          await this.route(job).deliver(job, store);
          logger.info({ job: job.idempotencyKey, caseId: job.caseId }, 'delivered');
        } catch (error) {
          logger.warn({ job: job.idempotencyKey, caseId: job.caseId, attempts: job.attempts + 1, error }, 'delivery failed; will retry');
          throw error;
        }
      },
      backoffMs,
    );
  }

  start(): void {
    const tick = () => {
      this.running = this.runOnce()
        .catch((error) => (this.options.logger ?? silentLogger).error({ error }, 'delivery pass failed'))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, this.options.intervalMs ?? 2000);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
