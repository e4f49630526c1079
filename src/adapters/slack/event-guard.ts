/**
 * What Slack hands the app is checked before Bolt runs a listener: a signed body whose event
 * is missing its shape is refused as malformed (HTTP 400, never a 500 from deep inside Bolt),
 * and while the case store is away every event is refused before it is acknowledged, so Slack
 * keeps it and retries rather than the bot accepting a message it cannot record or answer.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';

export class MalformedEventError extends Error {
  readonly code = 'SLACK_EVENT_MALFORMED';
}

export class StoreUnavailableError extends Error {
  readonly code = 'SLACK_STORE_UNAVAILABLE';
  constructor(reason: string) {
    super(`the case store is not reachable (${reason}); the event is left for Slack to retry`);
  }
}

const EventCallback = z.looseObject({
  type: z.literal('event_callback'),
  event: z.looseObject({ type: z.string() }),
});
const Interactive = z.looseObject({ type: z.string() });
const SlashCommand = z.looseObject({ command: z.string() });

/** Why a parsed body cannot be an event Bolt should run, or null when it can. */
export function malformedReason(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'the body is not a JSON object';
  const record = body as Record<string, unknown>;
  if (record.type === 'event_callback' || 'event' in record) {
    const parsed = EventCallback.safeParse(record);
    return parsed.success
      ? null
      : `not an event callback: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`;
  }
  if (SlashCommand.safeParse(record).success || Interactive.safeParse(record).success) return null;
  return 'neither an event, an interaction nor a command';
}

/** Wraps `app.processEvent` (after the in-flight tracking) with the two refusals. */
export function guardEvents(app: App, storeUnavailable: () => string | null): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => {
    const malformed = malformedReason(event.body);
    if (malformed) return Promise.reject(new MalformedEventError(malformed));
    const down = storeUnavailable();
    if (down) return Promise.reject(new StoreUnavailableError(down));
    return processEvent(event);
  };
}
