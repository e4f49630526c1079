/**
 * Graceful stop and connection state for the Slack channel. Every event is counted from the
 * moment the receiver hands it over (before Bolt acknowledges it) until its listener is done,
 * so a stop can wait for exactly the answers Slack was told are coming. Once stopping, an
 * event is refused before its acknowledgement: Slack then redelivers it to the next process.
 */
import type { App, SocketModeReceiver } from '@slack/bolt';

export class StoppingError extends Error {
  readonly code = 'SLACK_CHANNEL_STOPPING';
  constructor() {
    super('the Slack channel is stopping; the event is left for Slack to redeliver');
  }
}

export class InFlight {
  private readonly work = new Set<Promise<unknown>>();
  stopping = false;
  /** Events between the receiver and their acknowledgement (the rest of `size` is relays). */
  receiving = 0;

  get size(): number {
    return this.work.size;
  }

  track<T>(work: Promise<T>): Promise<T> {
    this.work.add(work);
    const forget = () => this.work.delete(work);
    work.then(forget, forget);
    return work;
  }

  /** Waits for the tracked work (and work it starts meanwhile); false if `timeoutMs` ran out first. */
  async drain(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.work.size > 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.work]),
        new Promise((resolve) => (timer = setTimeout(resolve, left))),
      ]);
      clearTimeout(timer);
    }
    return true;
  }
}

/** Wraps `app.processEvent` so every event is tracked, and refused once stopping. */
export function trackEvents(app: App, inFlight: InFlight): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => {
    if (inFlight.stopping) return Promise.reject(new StoppingError());
    inFlight.receiving++;
    const received = processEvent(event);
    const done = () => inFlight.receiving--;
    received.then(done, done);
    return inFlight.track(received);
  };
}

/** Socket Mode connection state from the client's lifecycle events; counts reconnections. */
export function watchSocket(
  receiver: SocketModeReceiver,
  onReconnect: () => void,
): { connected(): boolean } {
  let connected = false;
  receiver.client.on('connected', () => (connected = true));
  receiver.client.on('disconnected', () => (connected = false));
  receiver.client.on('reconnecting', () => {
    connected = false;
    onReconnect();
  });
  receiver.client.on('close', () => (connected = false));
  return { connected: () => connected };
}

/**
 * Acknowledgements first (issue 16): work that can wait a moment (posting an answer, the "seen"
 * mark) waits while events are being received and acknowledged, at most `maxWaitMs`, so a burst
 * of events is acknowledged before the answers to the first of them go out. On two cores the
 * posts' HTTP and store calls otherwise took turns with the acknowledgements on this thread.
 */
export async function afterAcknowledgements(
  inFlight: Pick<InFlight, 'receiving'>,
  maxWaitMs = 1000,
): Promise<void> {
  const deadline = Date.now() + maxWaitMs;
  while (inFlight.receiving > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
}
