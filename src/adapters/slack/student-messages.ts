/**
 * What students write to the bot in Slack: a mention, a DM, or a follow-up in a thread the bot
 * answered (no mention needed). Each is recorded in the inbox before Slack is acknowledged; a
 * reply in a staff card's thread is handed to the staff relay instead.
 */
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Inbox } from '../../assistant/inbox.ts';
import type { CaseStore, Logger } from '../../domain/ports.ts';
import { slackConversation } from './conversation-ref.ts';
import { afterAcknowledgements, type InFlight } from './lifecycle.ts';
import { studentText } from './message-subtypes.ts';
import { withholdAck } from './record-before-ack.ts';
import type { SlackStaff } from './staff-actions.ts';

interface IncomingQuestion {
  channel: string;
  ts: string;
  threadTs: string | null;
  text: string;
  isDm: boolean;
  /** The student, so a personal matter asked in public can continue in a DM with them. */
  user?: string | null;
}

export interface StudentMessagesDeps {
  client: WebClient;
  inbox: Inbox;
  store: CaseStore;
  staffChannel: string | null;
  /** The bot's own user id once `auth.test` has answered (a mention of it is app_mention's). */
  botUserId(): string | null;
  inFlight: InFlight;
  /** A reply in a staff card's thread: relayed to the student. */
  relayStaffReply: SlackStaff['relayStaffReply'];
  logger: Logger;
}

const MENTION = /<@[A-Z0-9]+(\|[^>]*)?>/g;

export function registerStudentMessages(
  app: InstanceType<typeof App>,
  deps: StudentMessagesDeps,
): void {
  const { client, inbox, store, logger } = deps;

  const answerQuestion = async (question: IncomingQuestion) => {
    const threadTs = question.isDm ? question.threadTs : (question.threadTs ?? question.ts);
    const conversation = question.isDm
      ? slackConversation(question.channel, null)
      : slackConversation(question.channel, threadTs);
    const eventId = `slack:${question.channel}:${question.ts}`;
    // One answer per message, whatever Slack retries or double-delivers (mention + message): the
    // inbox records it before Slack is acknowledged; if it cannot, Slack is not acknowledged.
    const accepted = await inbox
      .accept(eventId, {
        text: question.text.replace(MENTION, ' ').trim(),
        conversation,
        isPublic: !question.isDm,
        target: {
          channel: question.channel,
          thread: threadTs,
          react: question.ts,
          startThread: null,
        },
        author: question.user ?? null,
      })
      .catch((error: unknown) => {
        withholdAck(error);
        throw error;
      });
    // The "seen" mark does not hold up the acknowledgement (nor the next ones); the poster takes it off.
    if (accepted === 'queued')
      void afterAcknowledgements(deps.inFlight)
        .then(() =>
          client.reactions.add({ channel: question.channel, timestamp: question.ts, name: 'eyes' }),
        )
        .catch(() => undefined);
  };

  app.event('app_mention', async ({ event }) => {
    await answerQuestion({
      channel: event.channel,
      ts: event.ts,
      threadTs: event.thread_ts ?? null,
      text: event.text ?? '',
      isDm: false,
      user: event.user ?? null,
    });
  });

  app.message(async ({ message: event }) => {
    const message = studentText(event);
    if (!message) return;
    const { text, threadTs } = message;
    if (message.isDm)
      return answerQuestion({
        channel: message.channel,
        ts: message.ts,
        threadTs,
        text,
        isDm: true,
      });
    const botUserId = deps.botUserId();
    if (botUserId && text.includes(`<@${botUserId}>`)) return; // app_mention answers it.
    if (!threadTs) return;
    if (deps.staffChannel && message.channel === deps.staffChannel) {
      // Not awaited: the acknowledgement waits for the listener, not for the relay.
      void deps.inFlight
        .track(
          deps.relayStaffReply(message.channel, threadTs, message.user ?? '', text, message.ts),
        )
        .catch((error) => logger.error({ error }, 'could not relay a staff reply'));
      return;
    }
    // A follow-up in a thread the bot answered needs no mention.
    const history = await store.recent(slackConversation(message.channel, threadTs), 1);
    if (history.length > 0)
      await answerQuestion({
        channel: message.channel,
        ts: message.ts,
        threadTs,
        text,
        isDm: false,
        user: message.user ?? null,
      });
  });
}
