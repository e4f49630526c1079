/**
 * The Discord channel on discord.js v14: mentions (answered in a thread started from the
 * question), DMs, `/ask`, and follow-ups in the bot's threads; staff work cases from cards in
 * the staff channel. Every message is sent with mentions disabled.
 */
import {
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  type ChatInputCommandInteraction,
  type ButtonInteraction,
  type Message,
} from 'discord.js';
import type { Assistant } from '../../assistant/assistant.ts';
import { createInbox } from '../../assistant/inbox.ts';
import type { CaseStore, ChatChannel, Logger } from '../../domain/ports.ts';
import type { Answer } from '../../domain/types.ts';
import { messagesFor } from '../../messages/index.ts';
import { createStaffDesk, STAFF_LANG, type StaffActor } from '../../staff/staff-desk.ts';
import { detectLanguage } from '../../text/language.ts';
import { answerLeftoverInteraction } from './unknown-interactions.ts';
import { loadCommands } from './commands/index.ts';
import { discordConversation } from './conversation-ref.ts';
import { DiscordNotifier } from './discord-notifier.ts';
import { answerMessages, BUTTON } from './embeds.ts';

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
  const notifier = new DiscordNotifier(
    client.rest,
    config.staffChannelId,
    assistant.knowledge.office,
  );
  const inbox = createInbox(assistant, store);
  const desk = createStaffDesk(store);
  const staffMessages = messagesFor(STAFF_LANG).staff;
  const commands = loadCommands();

  const send = async (channel: { send(options: object): Promise<unknown> }, answer: Answer) => {
    try {
      for (const message of answerMessages(answer)) await channel.send(message);
    } catch (error) {
      logger.error(
        { error, code: (error as { code?: unknown }).code, answerId: answer.answerId },
        'could not send the answer to Discord',
      );
    }
  };

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
    if (!(await inbox.firstTime(`discord:${message.id}`))) return;
    const text = message.content.replace(MENTION, ' ').trim();
    if (message.channel.type === ChannelType.DM) {
      const answer = await assistant.ask({
        text,
        conversation: discordConversation(null, message.channelId, null),
        isPublic: false,
      });
      return send(message.channel, answer);
    }
    const thread = message.channel.isThread() ? message.channel : null;
    if (thread && config.staffChannelId && thread.parentId === config.staffChannelId)
      return relayStaffReply(message, thread.id);
    const mentioned = client.user ? message.mentions.users.has(client.user.id) : false;
    if (thread) {
      const conversation = discordConversation(
        message.guildId,
        thread.parentId ?? thread.id,
        thread.id,
      );
      if (!mentioned && (await store.recent(conversation, 1)).length === 0) return;
      return send(thread, await assistant.ask({ text, conversation, isPublic: true }));
    }
    if (!mentioned) return;
    const started = await message.startThread({ name: text.slice(0, 90) || 'Question' });
    const answer = await assistant.ask({
      text,
      conversation: discordConversation(message.guildId, message.channelId, started.id),
      isPublic: true,
    });
    await send(started, answer);
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
    const [first, ...rest] = answerMessages(answer);
    if (interaction.deferred || interaction.replied) await interaction.editReply(first!);
    else await interaction.reply(first!);
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
    },
    async stop() {
      await client.destroy();
    },
  };
}
