/**
 * Sends what the outbox holds: staff notifications for new and updated cases, and staff
 * replies to students. Retries with exponential backoff; each job carries its idempotency key.
 */
import { DeskError } from '../domain/errors.ts';
import type { CaseStore, Logger, OutboxJob, StaffNotifier } from '../domain/ports.ts';
import { silentLogger } from '../domain/ports.ts';
import type { Metrics } from '../domain/metrics.ts';

export interface DeliveryWorkerOptions {
  /** Receives case notifications (the staff channel). */
  staff: StaffNotifier;
  /** Channels that can reach students (`slack:`, `discord:`...); a job for none of them waits. */
  channels?: StaffNotifier[];
  logger?: Logger;
  intervalMs?: number;
  batch?: number;
  metrics?: Metrics;
  /**
   * The kinds this worker sends (default: staff jobs, plus staff replies when it has channels).
   * A chat channel runs its own worker for `student_answer`, nudged as each answer is queued.
   */
  kinds?: OutboxJob['kind'][];
  /** Only jobs for these conversations (`slack:`). */
  conversationPrefix?: string;
  /** Test-only fault points (`posting:<kind>`): pauses there so a test can kill the process. */
  pause?: (point: string) => Promise<void>;
  /** Waits, before each send, for what must go first (a chat channel's acknowledgements). */
  beforeSend?: () => Promise<void>;
}

/** 1 s, 2 s, 4 s ... capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));
}

export class DeliveryWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: CaseStore,
    private readonly options: DeliveryWorkerOptions,
  ) {}

  private route(job: OutboxJob): StaffNotifier {
    if (job.kind === 'student_reply' || job.kind === 'student_answer') {
      const channel = (this.options.channels ?? []).find(
        (c) => job.conversation && c.handlesConversation(job.conversation),
      );
      if (!channel) throw new DeskError('NO_CHANNEL', `no channel can reach ${job.conversation}`);
      return channel;
    }
    return this.options.staff;
  }

  /** One pass over due jobs. */
  async runOnce(): Promise<{ delivered: number; failed: number }> {
    const logger = this.options.logger ?? silentLogger;
    return this.store.deliverDue(
      this.kinds(),
      this.options.batch ?? 20,
      async (job, store) => {
        try {
          await this.options.pause?.(`posting:${job.kind}`);
          await this.options.beforeSend?.();
          await this.route(job).deliver(job, store);
          this.options.metrics?.delivered(job.kind);
          logger.info({ job: job.idempotencyKey, caseId: job.caseId }, 'delivered');
        } catch (error) {
          this.options.metrics?.deliveryFailed(job.kind);
          logger.warn(
            { job: job.idempotencyKey, caseId: job.caseId, attempts: job.attempts + 1, error },
            'delivery failed; will retry',
          );
          throw error;
        }
      },
      backoffMs,
      this.options.conversationPrefix,
    );
  }

  /** Jobs a dead process had claimed are due now (run before a first pass after a restart). */
  releaseClaims(): Promise<number> {
    return this.store.releaseClaims(this.kinds(), this.options.conversationPrefix);
  }

  private kinds(): OutboxJob['kind'][] {
    if (this.options.kinds) return this.options.kinds;
    return (this.options.channels ?? []).length > 0
      ? ['notify_staff', 'case_updated', 'student_reply']
      : ['notify_staff', 'case_updated'];
  }

  /**
   * Starts passes every `intervalMs`. First, jobs a dead process had claimed are due again
   * (their notifier looks for the earlier send before posting).
   */
  start(): void {
    this.stopped = false;
    const released = this.releaseClaims().catch((error) =>
      (this.options.logger ?? silentLogger).warn({ error }, 'could not release old claims'),
    );
    const tick = () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.again = false;
      this.running = released
        .then(() => this.runOnce())
        .catch((error) =>
          (this.options.logger ?? silentLogger).error({ error }, 'delivery pass failed'),
        )
        .finally(() => {
          this.running = null;
          if (this.stopped) return;
          this.timer = setTimeout(tick, this.again ? 0 : (this.options.intervalMs ?? 2000));
        });
    };
    this.tick = tick;
    this.timer = setTimeout(tick, 0);
  }

  private tick: (() => void) | null = null;

  /** Something was just queued: run a pass now (or right after the one running). */
  nudge(): void {
    if (this.stopped || !this.tick) return;
    if (this.running) this.again = true;
    else this.tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
