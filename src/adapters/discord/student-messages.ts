/**
 * What students write to the bot in Discord: a mention (answered in a thread started from the
 * question), a DM, or a follow-up in a thread the bot answered (no mention needed). Each is
 * recorded in the inbox as it arrives; a message in a staff card's thread goes to the staff relay.
 */
import { ChannelType, Events, type Client, type Message } from 'discord.js';
import type { AssistantService } from '../../assistant/assistant.ts';
import type { Inbox, QueuedMessage } from '../../assistant/inbox.ts';
import type { StudentAnswerJob } from '../../domain/outbox.ts';
import type { CaseStore, Logger } from '../../domain/ports.ts';
import { discordConversation } from './conversation-ref.ts';
import type { DiscordNotifier } from './discord-notifier.ts';
import type { DiscordStaff } from './staff-actions.ts';

export interface StudentMessagesDeps {
  assistant: AssistantService;
  inbox: Inbox;
  store: CaseStore;
  notifier: DiscordNotifier;
  staff: DiscordStaff;
  staffChannelId: string | null;
  logger: Logger;
}

const MENTION = /<@!?\d+>/g;

export function registerStudentMessages(client: Client, deps: StudentMessagesDeps): void {
  const { assistant, inbox, store, notifier, logger } = deps;

  /**
   * The gateway has no acknowledgement to hold back: a message the store cannot record is
   * answered at once without being recorded (and posted directly), rather than dropped.
   */
  const accept = async (eventId: string, message: QueuedMessage) => {
    try {
      await inbox.accept(eventId, message);
    } catch (error) {
      logger.error({ error, eventId }, 'could not record a Discord message; answering it directly');
      const answer = await assistant.ask(message);
      await notifier.deliver(
        {
          id: 0,
          kind: 'student_answer',
          caseId: null,
          conversation: message.conversation,
          idempotencyKey: `student_answer:${eventId}`,
          attempts: 0,
          payload: {
            answerId: answer.answerId,
            target: message.target,
            answer: { ...answer } as StudentAnswerJob['payload']['answer'],
          },
        },
        store,
      );
    }
  };

  const onMessage = async (message: Message) => {
    if (message.author.bot) return;
    // One answer per message, whatever the gateway re-dispatches after a reconnect: the inbox
    // decides.
    const eventId = `discord:${message.id}`;
    const text = message.content.replace(MENTION, ' ').trim();
    const target = (channel: string) => ({ channel, thread: null, react: null, startThread: null });
    if (message.channel.type === ChannelType.DM)
      return accept(eventId, {
        text,
        conversation: discordConversation(null, message.channelId, null),
        isPublic: false,
        target: target(message.channelId),
      });
    const thread = message.channel.isThread() ? message.channel : null;
    if (thread && deps.staffChannelId && thread.parentId === deps.staffChannelId) {
      if (!(await inbox.firstTime(eventId))) return;
      return deps.staff.relayStaffReply(message, thread.id);
    }
    const mentioned = client.user ? message.mentions.users.has(client.user.id) : false;
    if (thread) {
      const conversation = discordConversation(
        message.guildId,
        thread.parentId ?? thread.id,
        thread.id,
      );
      if (!mentioned && (await store.recent(conversation, 1)).length === 0) return;
      return accept(eventId, { text, conversation, isPublic: true, target: target(thread.id) });
    }
    if (!mentioned) return;
    // The answer goes in a thread started from the question (a thread so started shares the
    // message's id); the poster starts it, so a retry after a crash finds it already there.
    await accept(eventId, {
      text,
      conversation: discordConversation(message.guildId, message.channelId, message.id),
      isPublic: true,
      target: {
        ...target(message.id),
        startThread: {
          parent: message.channelId,
          message: message.id,
          name: text.slice(0, 90) || 'Question',
        },
      },
      author: message.author.id,
    });
  };

  client.on(
    Events.MessageCreate,
    (message) =>
      void onMessage(message).catch((error) =>
        logger.error({ error }, 'Discord message handling failed'),
      ),
  );
}
