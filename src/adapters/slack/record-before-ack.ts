/**
 * Record first, then acknowledge (issue 15). Bolt acknowledges an Events API event before its
 * listeners run; here that acknowledgement (the HTTP response, or the Socket Mode envelope ack)
 * is held until the listeners return. They only record the message in the inbox and queue the
 * answering, so the hold is one insert long. When recording failed the event is not
 * acknowledged at all: Slack retries it (over HTTP it gets a 500), nothing is silently dropped.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { App } from '@slack/bolt';

interface Held {
  failure: unknown;
}

const held = new AsyncLocalStorage<Held>();

const isEventCallback = (body: unknown): boolean =>
  typeof body === 'object' &&
  body !== null &&
  (body as { type?: unknown }).type === 'event_callback';

/** Wraps `app.processEvent` so an event's acknowledgement waits for its listeners. */
export function recordBeforeAck(app: App): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = async (event) => {
    if (!isEventCallback(event.body)) return processEvent(event);
    const state: Held = { failure: null };
    let acked = false;
    let response: unknown;
    await held.run(state, () =>
      processEvent({
        ...event,
        ack: async (value?: unknown) => {
          acked = true;
          response = value;
        },
      }),
    );
    if (state.failure) throw state.failure;
    if (acked) await event.ack(response as never);
  };
}

/** Called by a listener whose message could not be recorded: its event is not acknowledged. */
export function withholdAck(error: unknown): void {
  const state = held.getStore();
  if (state) state.failure = error;
}
