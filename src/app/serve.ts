/**
 * `desk serve`: every channel whose settings are present, plus the delivery worker, in one
 * process on the durable store, with /healthz, /readyz, /metrics and the staff console at /staff.
 * Stops gracefully on SIGINT/SIGTERM.
 */
import type { ChatChannel } from '../domain/ports.ts';
import type { Config } from './config.ts';
import { DeliveryWorker } from '../staff/delivery-worker.ts';
import { createLogger } from '../adapters/logging/logger.ts';
import { createRuntime } from './runtime.ts';
import type { CommandOutput } from '../adapters/cli/output.ts';
import { createDiscordChannel } from '../adapters/discord/discord-channel.ts';
import { createSlackChannel } from '../adapters/slack/slack-channel.ts';
import { createOps } from './ops.ts';
import { pauseAt } from './fault-points.ts';
import { createConsoleSqlStore } from '../adapters/store/console-sql-store.ts';
import { SqlCaseStore } from '../adapters/store/sql-case-store.ts';
import { officeTimeZone, runBuffered } from './staff-cli.ts';
import type { StaffConsole } from '../staff/console/index.ts';
import type { CaseStore, Logger } from '../domain/ports.ts';
import { setFlagsFromString } from 'node:v8';
import { startAnswering } from './answering.ts';

export async function serve(
  config: Config,
  output: CommandOutput,
  until: Promise<unknown> = waitForSignal(),
): Promise<number> {
  if (!config.slack && !config.discord) {
    output.err(
      'No chat channel is configured. Set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (Slack over HTTP), SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Slack Socket Mode, no public address needed) or DISCORD_TOKEN and DISCORD_APPLICATION_ID (Discord); see .env.example. Without them, `npm start` runs the terminal chat.',
    );
    return 1;
  }
  preferSmallHeap();
  // Health first, so /healthz answers (and /readyz says "loading") while the index loads.
  const ops = createOps(config);
  const where = await ops.start();
  output.err(`Health and metrics: ${where}/healthz, /readyz, /metrics`);
  const closeOpsOnError = async (error: unknown): Promise<never> => {
    await ops.close();
    throw error;
  };
  const runtime = await createRuntime(config, {
    storeMode: 'durable',
    // PGlite's synchronous WebAssembly off the event loop: acknowledgements never wait on it.
    storeThread: true,
    logger: createLogger(config.logLevel ?? 'info'),
    metrics: ops.metrics,
  }).catch(closeOpsOnError);
  const store = await runtime.store().catch(closeOpsOnError);
  ops.runtimeLoaded(runtime, store);
  // Answers are computed in their own thread, so a burst of them never keeps this one from
  // reading and acknowledging the next events (issue 16).
  const answering = await startAnswering(runtime, ops.metrics).catch(closeOpsOnError);
  const deps = {
    assistant: answering.assistant,
    store,
    logger: runtime.logger,
    metrics: ops.metrics,
    ...pauseAt(config.testPauseAt ?? null),
    // While a PostgreSQL server is away, Slack events are refused so Slack retries them.
    storeUnavailable: () => (store instanceof SqlCaseStore ? store.unavailable() : null),
  };
  const staffConsole = await startConsole(config, store, runtime.logger);
  // Slack over HTTP owns PORT and serves health, metrics and the console beside /slack/events;
  // otherwise the ops server owns PORT and hands the console every other path.
  const slackOnPort = Boolean(config.slack && !config.slack.appToken);
  const slackRoutes = [
    ...(ops.slackRoutes ?? []),
    ...(staffConsole && slackOnPort ? staffConsole.routes : []),
  ];
  if (staffConsole && ops.ownsPort) ops.mount(staffConsole.routes[0]!.handler);
  const slack = config.slack
    ? createSlackChannel(
        {
          ...config.slack,
          port: config.port,
          stopGraceMs: config.shutdownGraceMs,
          ...(slackRoutes.length > 0 ? { customRoutes: slackRoutes } : {}),
        },
        deps,
      )
    : null;
  const discord = config.discord ? createDiscordChannel(config.discord, deps) : null;
  if (slack) ops.channel('slack', () => slack.notReady());
  if (discord) {
    ops.channel('discord', () =>
      discord.client.isReady() ? null : 'Discord is not connected to the gateway.',
    );
    discord.client.on('shardReconnecting', () => ops.metrics.channelReconnect('discord'));
  }
  const channels: ChatChannel[] = [...(slack ? [slack] : []), ...(discord ? [discord] : [])];
  // Case cards go to the first channel with a staff channel set; otherwise to the webhook or inbox file.
  const staff =
    channels.find((channel) => channel.takesCaseCards)?.notifier ?? runtime.staffNotifier();
  const worker = new DeliveryWorker(store, {
    staff,
    channels: channels.map((channel) => channel.notifier),
    logger: runtime.logger,
    metrics: ops.metrics,
  });
  const started: ChatChannel[] = [];
  if (store instanceof SqlCaseStore) await store.warmUpInbox().catch(closeOpsOnError);
  try {
    for (const channel of channels) {
      await channel.start();
      started.push(channel);
      output.err(channel.describe());
    }
    if (staffConsole) {
      if (!slackOnPort && !ops.ownsPort) await staffConsole.listen(config.port);
      output.err(
        `Staff console: ${staffConsole.url}/staff (desk staff add EMAIL creates a sign-in)`,
      );
    }
    worker.start();
    await until;
  } finally {
    // Graceful stop: refuse new Slack events (Slack redelivers them to the next process) and
    // finish the answers in flight; let the worker finish its current pass (it may carry the
    // cards those answers just opened, through any channel's client); then close the rest.
    ops.stopping();
    const inFlight = slack?.inFlight() ?? 0;
    if (slack && started.includes(slack)) await slack.stop();
    await worker.stop();
    for (const channel of started.reverse()) if (channel !== slack) await channel.stop();
    await answering.close();
    await staffConsole?.stop();
    await ops.close();
    await runtime.close();
    output.err(`Stopped: ${inFlight} answer(s) were in flight and finished.`);
  }
  return 0;
}

/**
 * The staff console shares this process's store, so nothing is locked out while the bot runs.
 * Imported here, not at the top: the web stack is for `desk serve` only.
 */
async function startConsole(
  config: Config,
  store: CaseStore,
  logger: Logger,
): Promise<StaffConsole | null> {
  if (!(store instanceof SqlCaseStore)) return null;
  const consoleUrl = config.consoleUrl ?? `http://localhost:${config.port}`;
  const timeZone = officeTimeZone(config.knowledgeDir);
  const { startStaffConsole } = await import('../staff/console/index.ts');
  return startStaffConsole({
    cases: store,
    store: createConsoleSqlStore(store.sqlClient()),
    runCli: (request) =>
      runBuffered(request, {
        store,
        knowledgeDir: config.knowledgeDir,
        timeZone,
        consoleUrl,
        now: () => new Date(),
      }),
    dataDir: config.dataDir,
    knowledgeDir: config.knowledgeDir,
    timeZone,
    consoleUrl: config.consoleUrl,
    port: config.port,
    logger,
  });
}

/**
 * A server's heap kept near what it holds (issue 16): V8 otherwise lets a burst's garbage grow
 * the heap to two or three times the live data before collecting it (after 500 events: 60 MB
 * live in a 150-170 MB heap). `--optimize-for-size` makes it collect sooner and grow slower;
 * V8 reads it as it decides, so setting it at start, before the burst, is enough.
 */
function preferSmallHeap(): void {
  setFlagsFromString('--optimize-for-size');
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
