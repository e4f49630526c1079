/**
 * Whether the database answers, as the PostgreSQL client last saw it. A lost connection marks
 * the store down at once (so new messages are refused for the platform to retry, and /readyz
 * says so) and starts a probe with backoff that marks it up again when a connection succeeds.
 */
export interface StoreAvailability {
  /** Null while the store answers; else a sentence saying why not. */
  unavailable(): string | null;
  markDown(error: unknown): void;
  markUp(): void;
}

/** Errors that mean "the server is not there", not "this statement is wrong". */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '08000',
  '08003',
  '08006',
  '08001',
  '08004',
]);

export function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(
    message,
  );
}

export interface BackoffOptions {
  /** First wait between probes; doubled each time up to `maxMs`. */
  minMs: number;
  maxMs: number;
}

/** Tracks availability and, while down, probes with exponential backoff until `probe` succeeds. */
export function trackAvailability(
  probe: () => Promise<void>,
  options: BackoffOptions & { onChange?: (down: string | null) => void },
): StoreAvailability & { stop(): void } {
  let down: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  let delay = options.minMs;
  let stopped = false;
  const schedule = () => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = null;
      probe().then(
        () => state.markUp(),
        (error: unknown) => {
          state.markDown(error);
          delay = Math.min(delay * 2, options.maxMs);
          schedule();
        },
      );
    }, delay);
    timer.unref();
  };
  const state = {
    unavailable: () => down,
    markDown(error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      const changed = down === null;
      down = reason || 'the connection was lost';
      if (changed) options.onChange?.(down);
      schedule();
    },
    markUp() {
      const changed = down !== null;
      down = null;
      delay = options.minMs;
      if (timer) clearTimeout(timer);
      timer = null;
      if (changed) options.onChange?.(null);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
  return state;
}
