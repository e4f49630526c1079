/**
 * `desk serve`: every channel whose settings are present, plus the delivery worker, in one
 * process on the durable store. Stops cleanly on SIGINT/SIGTERM.
 */
import type { ChatChannel } from '../domain/ports.ts';
import type { Config } from './config.ts';
import { DeliveryWorker } from '../staff/delivery-worker.ts';
import { createLogger } from '../adapters/logging/logger.ts';
import { createRuntime } from './runtime.ts';
import type { CommandOutput } from '../adapters/cli/output.ts';
import { createDiscordChannel } from '../adapters/discord/discord-channel.ts';
import { createSlackChannel } from '../adapters/slack/slack-channel.ts';

export async function serve(config: Config, output: CommandOutput, until: Promise<unknown> = waitForSignal()): Promise<number> {
  if (!config.slack && !config.discord) {
    output.err(
      'No chat channel is configured. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (Slack) or DISCORD_TOKEN and DISCORD_APPLICATION_ID (Discord); see .env.example. Without them, `npm start` runs the terminal chat.',
    );
    return 1;
  }
  const runtime = await createRuntime(config, { storeMode: 'durable', logger: createLogger(config.logLevel ?? 'info') });
  const store = await runtime.store();
  const deps = { assistant: runtime.assistant, store, logger: runtime.logger };
  const channels: ChatChannel[] = [
    ...(config.slack ? [createSlackChannel({ ...config.slack, port: config.port }, deps)] : []),
    ...(config.discord ? [createDiscordChannel(config.discord, deps)] : []),
  ];
  // Case cards go to the first channel with a staff channel set; otherwise to the webhook or inbox file.
  const staff = channels.find((channel) => channel.takesCaseCards)?.notifier ?? runtime.staffNotifier();
  const worker = new DeliveryWorker(store, { staff, channels: channels.map((channel) => channel.notifier), logger: runtime.logger });
  const started: ChatChannel[] = [];
  try {
    for (const channel of channels) {
      await channel.start();
      started.push(channel);
      output.err(channel.describe());
    }
    worker.start();
    await until;
  } finally {
    await worker.stop();
    for (const channel of started.reverse()) await channel.stop();
    await runtime.close();
  }
  return 0;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
