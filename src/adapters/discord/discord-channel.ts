/**
 * The Discord channel on discord.js v14: mentions (answered in a thread started from the
 * question), DMs, `/ask`, and follow-ups in the bot's threads; staff work cases from cards in
 * the staff channel. Every message is sent with mentions disabled. A question is recorded in
 * the inbox as it arrives, answered in the inbox's bounded queue and posted through the outbox
 * (once: `nonce` with `enforce_nonce`) by this channel's own delivery worker. This file is the
 * wiring; the listeners live beside it (student-messages.ts, answer-buttons.ts, staff-actions.ts,
 * commands/).
 */
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { AssistantService } from '../../assistant/assistant.ts';
import { createInbox } from '../../assistant/inbox.ts';
import { DeliveryWorker } from '../../staff/delivery-worker.ts';
import type { CaseStore, ChatChannel, Logger } from '../../domain/ports.ts';
import { answerLeftoverInteraction } from './unknown-interactions.ts';
import { loadCommands } from './commands/index.ts';
import { DiscordNotifier } from './discord-notifier.ts';
import { RecentReplies } from '../../assistant/recent-replies.ts';
import { openDm } from './private-follow-up.ts';
import { createDiscordStaff } from './staff-actions.ts';
import { registerStudentMessages } from './student-messages.ts';
import { createAnswerButtons } from './answer-buttons.ts';

export interface DiscordChannelConfig {
  token: string;
  applicationId: string;
  staffChannelId: string | null;
  staffRoleId: string | null;
  /** REST base URL override (proxies, local fakes): `http://127.0.0.1:PORT/api`. */
  apiUrl: string | null;
}

export interface DiscordChannelDeps {
  assistant: AssistantService;
  store: CaseStore;
  logger: Logger;
  /** Test-only fault points (DESK_TEST_PAUSE_AT). */
  pause?: (point: string) => Promise<void>;
}

export interface DiscordChannel extends ChatChannel {
  client: Client;
  notifier: DiscordNotifier;
}

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
    openPrivate: (user) => openDm(client.rest, user),
    onQueued: () => poster.nudge(),
    ...(deps.pause ? { pause: deps.pause } : {}),
  });

  const staff = createDiscordStaff(config, store);
  const commands = loadCommands();
  registerStudentMessages(client, {
    assistant,
    inbox,
    store,
    notifier,
    staff,
    staffChannelId: config.staffChannelId,
    logger,
  });
  const buttons = createAnswerButtons({ assistant, inbox, replies, staff });

  client.on(Events.InteractionCreate, (interaction) => {
    const run = async () => {
      if (!(await inbox.firstTime(`discord:interaction:${interaction.id}`))) return;
      if (interaction.isChatInputCommand()) {
        const command = commands.get(interaction.commandName);
        if (command)
          await command.execute(interaction, {
            assistant,
            reply: (i, answer) => buttons.replyWithAnswer(i, answer),
          });
      } else if (interaction.isButton()) await buttons.onButton(interaction);
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
    describe: () => {
      const cards = config.staffChannelId ?? '(DISCORD_STAFF_CHANNEL_ID not set)';
      return `Discord: connected as ${client.user?.tag ?? 'the bot'}; staff cards to ${cards}`;
    },
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
