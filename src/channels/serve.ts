/**
 * `desk serve`: every channel whose settings are present, plus the delivery worker, in one
 * process on the durable store. Stops cleanly on SIGINT/SIGTERM.
 */
import type { Config } from '../config.ts';
import { DeliveryWorker } from '../handover/delivery-worker.ts';
import { createLogger } from '../logging/logger.ts';
import { createRuntime } from '../runtime.ts';
import type { CommandOutput } from './cli/output.ts';
import { createSlackChannel } from './slack/slack-channel.ts';

export async function serve(config: Config, output: CommandOutput, until: Promise<unknown> = waitForSignal()): Promise<number> {
  if (!config.slack && !config.discord) {
    output.err(
      'No chat channel is configured. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (Slack) or DISCORD_TOKEN and DISCORD_APPLICATION_ID (Discord); see .env.example. Without them, `npm start` runs the terminal chat.',
    );
    return 1;
  }
  if (config.discord && !config.slack) {
    output.err('Discord settings are present, but the Discord channel is not part of this version yet (issue 7). Set Slack settings, or use `desk chat`.');
    return 1;
  }
  const runtime = await createRuntime(config, { storeMode: 'durable', logger: createLogger(config.logLevel ?? 'info') });
  const store = await runtime.store();
  const slack = createSlackChannel({ ...config.slack!, port: config.port }, { assistant: runtime.assistant, store, logger: runtime.logger });
  const worker = new DeliveryWorker(store, {
    staff: config.slack!.staffChannel ? slack.notifier : runtime.staffNotifier(),
    channels: [slack.notifier],
    logger: runtime.logger,
  });
  await slack.start();
  worker.start();
  if (config.discord) output.err('Discord settings are present but the Discord channel is not part of this version yet (issue 7); serving Slack only.');
  output.err(`Slack: ${config.slack!.appToken ? 'Socket Mode' : `HTTP events at http://0.0.0.0:${config.port}/slack/events`}; staff cards to ${config.slack!.staffChannel ?? '(SLACK_STAFF_CHANNEL not set: staff inbox file)'}`);
  try {
    await until;
  } finally {
    await worker.stop();
    await slack.stop();
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
