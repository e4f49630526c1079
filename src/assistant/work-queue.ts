/**
 * Acknowledge first, work after (issue 16): a channel records a message, acknowledges it, and
 * hands the answering to this queue, which runs at most `concurrency` tasks at once and starts
 * each one after pending I/O (setImmediate), so a burst of questions cannot keep the process
 * from reading, recording and acknowledging the next events.
 */
export class WorkQueue {
  private readonly waiting: (() => Promise<void>)[] = [];
  private running = 0;
  private readonly drained: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly onError: (error: unknown) => void,
  ) {
    if (!(concurrency >= 1)) throw new Error('WorkQueue needs a concurrency of at least 1');
  }

  /** Tasks queued or running. */
  get size(): number {
    return this.waiting.length + this.running;
  }

  push(task: () => Promise<void>): void {
    this.waiting.push(task);
    this.next();
  }

  /** Resolves once every task pushed so far (and any they push) has finished. */
  drain(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  private next(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const task = this.waiting.shift()!;
      this.running++;
      setImmediate(() => {
        task()
          .catch((error: unknown) => this.onError(error))
          .finally(() => {
            this.running--;
            this.next();
            if (this.size === 0) for (const resolve of this.drained.splice(0)) resolve();
          });
      });
    }
  }
}
