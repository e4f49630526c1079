/**
 * The Discord channel on discord.js v14: mentions (answered in a thread started from the
 * question), DMs, `/ask`, and follow-ups in the bot's threads; staff work cases from cards in
 * the staff channel. Every message is sent with mentions disabled. A question is recorded in
 * the inbox as it arrives, answered in the inbox's bounded queue and posted through the outbox
 * (once: `nonce` with `enforce_nonce`) by this channel's own delivery worker.
 */
import {
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  Routes,
  type ChatInputCommandInteraction,
  type ButtonInteraction,
  type Message,
} from 'discord.js';
import type { Assistant } from '../../assistant/assistant.ts';
import { createInbox, type QueuedMessage } from '../../assistant/inbox.ts';
import { DeliveryWorker } from '../../staff/delivery-worker.ts';
import type { StudentAnswerJob } from '../../domain/outbox.ts';
import type { CaseStore, ChatChannel, Logger } from '../../domain/ports.ts';
import type { Answer } from '../../domain/types.ts';
import { messagesFor } from '../../messages/index.ts';
import { createStaffDesk, STAFF_LANG, type StaffActor } from '../../staff/staff-desk.ts';
import { detectLanguage } from '../../text/language.ts';
import { answerLeftoverInteraction } from './unknown-interactions.ts';
import { loadCommands } from './commands/index.ts';
import { discordConversation } from './conversation-ref.ts';
import { DiscordNotifier } from './discord-notifier.ts';
import { answerMessages, BUTTON, fullAnswerMessages } from './embeds.ts';
import { RecentReplies } from '../../assistant/recent-replies.ts';

export interface DiscordChannelConfig {
  token: string;
  applicationId: string;
  staffChannelId: string | null;
  staffRoleId: string | null;
  /** REST base URL override (proxies, local fakes): `http://127.0.0.1:PORT/api`. */
  apiUrl: string | null;
}

export interface DiscordChannelDeps {
  assistant: Assistant;
  store: CaseStore;
  logger: Logger;
  /** Test-only fault points (DESK_TEST_PAUSE_AT). */
  pause?: (point: string) => Promise<void>;
}

export interface DiscordChannel extends ChatChannel {
  client: Client;
  notifier: DiscordNotifier;
}

const MENTION = /<@!?\d+>/g;

export function createDiscordChannel(
  config: DiscordChannelConfig,
  deps: DiscordChannelDeps,
): DiscordChannel {
  const { assistant, store, logger } = deps;
  const client = new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.MessageContent,
      GatewayIntentBits.DirectMessages,
    ],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  // Answers whose first message was cut, for "Show all": remembered as the poster sends them.
  const replies = new RecentReplies();
  const notifier = new DiscordNotifier(
    client.rest,
    config.staffChannelId,
    assistant.knowledge.office,
    (answer) => replies.remember(answer),
  );
  const poster = new DeliveryWorker(store, {
    staff: notifier,
    channels: [notifier],
    kinds: ['student_answer'],
    conversationPrefix: 'discord:',
    logger,
    ...(deps.pause ? { pause: deps.pause } : {}),
  });
  const inbox = createInbox(assistant, store, {
    platform: 'discord',
    logger,
    openPrivate: (user) => openDm(user),
    onQueued: () => poster.nudge(),
    ...(deps.pause ? { pause: deps.pause } : {}),
  });

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
  const desk = createStaffDesk(store);
  const staffMessages = messagesFor(STAFF_LANG).staff;
  const commands = loadCommands();

  const isStaff = (member: unknown): boolean => {
    if (!config.staffRoleId || !member || typeof member !== 'object') return false;
    const roles = (member as { roles?: unknown }).roles;
    if (Array.isArray(roles)) return roles.includes(config.staffRoleId);
    return Boolean(
      (roles as { cache?: { has(id: string): boolean } } | undefined)?.cache?.has(
        config.staffRoleId,
      ),
    );
  };

  const actor = (user: string, member: unknown): StaffActor => ({
    id: user,
    isStaff: () => isStaff(member),
  });

  const onMessage = async (message: Message) => {
    if (message.author.bot) return;
    // One answer per message, whatever the gateway re-dispatches after a reconnect: the inbox decides.
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
    if (thread && config.staffChannelId && thread.parentId === config.staffChannelId) {
      if (!(await inbox.firstTime(eventId))) return;
      return relayStaffReply(message, thread.id);
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

  /** A DM channel with the student (POST /users/@me/channels), as a conversation reference. */
  const openDm = async (userId: string): Promise<string | null> => {
    const dm = (await client.rest.post(Routes.userChannels(), {
      body: { recipient_id: userId },
    })) as { id?: unknown };
    return typeof dm.id === 'string' ? discordConversation(null, dm.id, null) : null;
  };

  const relayStaffReply = async (message: Message, threadId: string) => {
    const card = {
      platform: 'discord' as const,
      channel: config.staffChannelId!,
      messageId: threadId,
    };
    const outcome = await desk.relayReply(
      card,
      actor(message.author.id, message.member),
      message.content,
    );
    if (outcome.done) await message.react('📤').catch(() => undefined);
    else if (outcome.notice)
      await message
        .reply({ content: outcome.notice, allowedMentions: { parse: [] } })
        .catch(() => undefined);
  };

  const replyWithAnswer = async (
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    answer: Answer,
  ) => {
    replies.remember(answer);
    const [first, ...rest] = answerMessages(answer);
    if (interaction.deferred || interaction.replied) await interaction.editReply(first!);
    else await interaction.reply(first!);
    for (const message of rest) await interaction.followUp(message);
  };

  /** The full answer in the thread (or DM) once per answer; a second press only acknowledges. */
  const showAll = async (interaction: ButtonInteraction, answerId: string) => {
    if (!(await inbox.firstTime(`discord:show_all:${answerId}`))) return interaction.deferUpdate();
    const answer = replies.find(answerId);
    if (!answer) {
      const lang = detectLanguage(interaction.message.embeds[0]?.description ?? '');
      return interaction.reply({
        content: messagesFor(lang).reply.fullAnswerGone,
        ephemeral: true,
        allowedMentions: { parse: [] },
      });
    }
    const [first, ...rest] = fullAnswerMessages(answer);
    await interaction.reply(first!);
    for (const message of rest) await interaction.followUp(message);
  };

  const onButton = async (interaction: ButtonInteraction) => {
    const [action, value = ''] = interaction.customId.split(':');
    if (action === BUTTON.helpful || action === BUTTON.notHelpful) {
      const lang = detectLanguage(interaction.message.embeds[0]?.description ?? '');
      const result = await assistant.feedback(value, action === BUTTON.helpful, lang);
      return interaction.reply({
        content: result.reply,
        ephemeral: true,
        allowedMentions: { parse: [] },
      });
    }
    if (action === BUTTON.showAll) return showAll(interaction, value);
    if (action === BUTTON.talkToStaff) {
      await interaction.deferReply();
      const channel = interaction.channel;
      const conversation =
        channel?.type === ChannelType.DM || !interaction.guildId
          ? discordConversation(null, interaction.channelId, null)
          : discordConversation(
              interaction.guildId,
              channel?.isThread()
                ? (channel.parentId ?? interaction.channelId)
                : interaction.channelId,
              channel?.isThread() ? interaction.channelId : null,
            );
      return replyWithAnswer(
        interaction,
        await assistant.requestStaff(conversation, 'wants_person'),
      );
    }
    if (action === BUTTON.claim || action === BUTTON.resolve) {
      const staffAction = action === BUTTON.claim ? 'claim' : 'resolve';
      const outcome = await desk.act(
        value,
        staffAction,
        actor(interaction.user.id, interaction.member),
        staffMessages.notStaffDiscord,
      );
      return interaction.reply({ content: outcome.notice ?? '', ephemeral: true });
    }
  };

  client.on(
    Events.MessageCreate,
    (message) =>
      void onMessage(message).catch((error) =>
        logger.error({ error }, 'Discord message handling failed'),
      ),
  );
  client.on(Events.InteractionCreate, (interaction) => {
    const run = async () => {
      if (!(await inbox.firstTime(`discord:interaction:${interaction.id}`))) return;
      if (interaction.isChatInputCommand()) {
        const command = commands.get(interaction.commandName);
        if (command)
          await command.execute(interaction, {
            assistant,
            reply: (i, answer) => replyWithAnswer(i, answer),
          });
      } else if (interaction.isButton()) await onButton(interaction);
      await answerLeftoverInteraction(interaction, logger);
    };
    void run().catch((error) =>
      logger.error(
        { error, code: (error as { code?: unknown }).code },
        'Discord interaction failed',
      ),
    );
  });

  return {
    name: 'discord',
    client,
    notifier,
    takesCaseCards: config.staffChannelId !== null,
    describe: () =>
      `Discord: connected as ${client.user?.tag ?? 'the bot'}; staff cards to ${config.staffChannelId ?? '(DISCORD_STAFF_CHANNEL_ID not set)'}`,
    async start() {
      const ready = new Promise<void>((resolve) =>
        client.once(Events.ClientReady, () => resolve()),
      );
      await client.login(config.token);
      await ready;
      poster.start();
      await inbox.start();
    },
    async stop() {
      await inbox.stop(25_000);
      await poster.stop();
      await poster.runOnce().catch(() => undefined);
      await client.destroy();
    },
  };
}
