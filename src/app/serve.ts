/**
 * `desk serve`: every channel whose settings are present, plus the delivery worker, in one
 * process on the durable store, with /healthz, /readyz and /metrics. Stops gracefully on
 * SIGINT/SIGTERM.
 */
import type { Config } from './config.ts';
import { DeliveryWorker } from '../staff/delivery-worker.ts';
import { createLogger } from '../adapters/logging/logger.ts';
import { createRuntime } from './runtime.ts';
import type { CommandOutput } from '../adapters/cli/output.ts';
import { createDiscordChannel } from '../adapters/discord/discord-channel.ts';
import { createSlackChannel } from '../adapters/slack/slack-channel.ts';
import { createOps } from './ops.ts';

export async function serve(config: Config, output: CommandOutput, until: Promise<unknown> = waitForSignal()): Promise<number> {
  if (!config.slack && !config.discord) {
    output.err(
      'No chat channel is configured. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (Slack over HTTP), SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Slack Socket Mode, no public address needed) or DISCORD_TOKEN and DISCORD_APPLICATION_ID (Discord); see .env.example. Without them, `npm start` runs the terminal chat.',
    );
    return 1;
  }
  // Health first, so /healthz answers (and /readyz says "loading") while the index loads.
  const ops = createOps(config);
  const where = await ops.start();
  output.err(`Health and metrics: ${where}/healthz, /readyz, /metrics`);
  const runtime = await createRuntime(config, { storeMode: 'durable', logger: createLogger(config.logLevel ?? 'info'), metrics: ops.metrics }).catch(async (error) => {
    await ops.close();
    throw error;
  });
  const store = await runtime.store().catch(async (error) => {
    await ops.close();
    throw error;
  });
  ops.runtimeLoaded(runtime, store);
  const deps = { assistant: runtime.assistant, store, logger: runtime.logger, metrics: ops.metrics };
  const slack = config.slack
    ? createSlackChannel({ ...config.slack, port: config.port, stopGraceMs: config.shutdownGraceMs, ...(ops.slackRoutes ? { customRoutes: ops.slackRoutes } : {}) }, deps)
    : null;
  const discord = config.discord ? createDiscordChannel(config.discord, deps) : null;
  if (slack) ops.channel('slack', () => slack.notConnected());
  if (discord) {
    ops.channel('discord', () => (discord.client.isReady() ? null : 'Discord is not connected to the gateway.'));
    discord.client.on('shardReconnecting', () => ops.metrics.channelReconnect('discord'));
  }
  // Case cards go to the first channel with a staff channel set; otherwise to the webhook or inbox file.
  const staff = (config.slack?.staffChannel ? slack?.notifier : null) ?? (config.discord?.staffChannelId ? discord?.notifier : null) ?? runtime.staffNotifier();
  const worker = new DeliveryWorker(store, { staff, channels: [slack?.notifier, discord?.notifier].filter((n) => n !== undefined), logger: runtime.logger, metrics: ops.metrics });
  try {
    if (slack) {
      await slack.start();
      output.err(`Slack: ${config.slack!.appToken ? 'Socket Mode' : `HTTP events at http://0.0.0.0:${config.port}/slack/events`}; staff cards to ${config.slack!.staffChannel ?? '(SLACK_STAFF_CHANNEL not set)'}`);
    }
    if (discord) {
      await discord.start();
      output.err(`Discord: connected as ${discord.client.user?.tag ?? 'the bot'}; staff cards to ${config.discord!.staffChannelId ?? '(DISCORD_STAFF_CHANNEL_ID not set)'}`);
    }
    worker.start();
    await until;
  } finally {
    // Graceful stop: refuse new events (Slack redelivers them to the next process), finish the
    // answers in flight, let the worker finish its current pass (it may carry the cards those
    // answers just opened), then close the channels and the store.
    ops.stopping();
    const inFlight = slack?.inFlight() ?? 0;
    await slack?.stop();
    await worker.stop();
    await discord?.stop();
    await ops.close();
    await runtime.close();
    output.err(`Stopped: ${inFlight} answer(s) were in flight and finished.`);
  }
  return 0;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
