/**
 * Where every channel hands a student's message: de-duplicated here, once, by the platform's
 * event id (retries, double deliveries, reconnects), then answered by the assistant.
 */
import type { EventLog } from '../domain/ports.ts';
import type { Answer } from '../domain/types.ts';
import type { Assistant, IncomingMessage } from './assistant.ts';

export interface InboxMessage extends IncomingMessage {
  /** Stable per platform message: `slack:C123:1712.55`, `discord:1234`. */
  eventId: string;
}

export interface Inbox {
  /** The answer, or null when this event was already handled (by this process or another). */
  receive(message: InboxMessage): Promise<Answer | null>;
  /** True the first time an event id is seen (for events that are not questions: staff replies, buttons). */
  firstTime(eventId: string): Promise<boolean>;
}

export function createInbox(assistant: Assistant, events: EventLog): Inbox {
  return {
    async receive({ eventId, ...message }) {
      if (!(await events.markEventProcessed(eventId))) return null;
      return assistant.ask(message);
    },
    firstTime: (eventId) => events.markEventProcessed(eventId),
  };
}
