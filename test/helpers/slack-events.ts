/**
 * Slack events as the tests send them: fresh message timestamps and event ids from one
 * counter per test file, so no two events in a file collide, and the app_mention fixture
 * with a question in it.
 */
import { fixture } from './slack-requests.ts';

let counter = 0;

/** A fresh message ts and an event id tagged by what sends it (`Ev0MENTION7`). */
export function freshIds(tag: string): { ts: string; eventId: string } {
  counter += 1;
  return { ts: `17639${String(counter).padStart(5, '0')}.000100`, eventId: `Ev0${tag}${counter}` };
}

/**
 * An app_mention event_callback asking `text`, with a fresh ts and event id; `extra` overrides
 * fields of the event (thread_ts, channel...). `payload` is the parsed body (for Socket Mode).
 */
export function appMention(text: string, extra: Record<string, unknown> = {}) {
  const { ts, eventId } = freshIds('MENTION');
  const payload = JSON.parse(fixture('app_mention.json')) as Record<string, unknown> & {
    event: Record<string, unknown>;
  };
  Object.assign(payload.event, { text: `<@U0BOT> ${text}`, ts, event_ts: ts }, extra);
  payload.event_id = eventId;
  return { body: JSON.stringify(payload), payload, ts };
}
