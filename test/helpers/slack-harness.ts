/**
 * The Slack channel as the integration tests drive it, set up once per test file: the real
 * Bolt app (HTTP receiver on a free loopback port, or Socket Mode against the fake socket
 * service), the fake Web API, a fresh embedded store and a delivery worker for staff cards.
 * Each test file keeps only what it tests; this is the part they all repeated.
 */
import { afterAll, beforeAll } from 'vitest';
import { createSlackChannel, type SlackChannel } from '../../src/adapters/slack/slack-channel.ts';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import { silentLogger, type CaseStore, type Logger } from '../../src/domain/ports.ts';
import { DeliveryWorker } from '../../src/staff/delivery-worker.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.ts';
import { startFakeSocketMode, type FakeSocketMode } from '../fakes/slack-socket-mode.ts';
import { freshRuntime } from './runtime.ts';
import { SIGNING_SECRET, freePort } from './slack-requests.ts';

export const STAFF_CHANNEL = 'C0STAFF';

export interface SlackHarness {
  /** The fake Slack Web API, recording every call. */
  fake: FakeSlack;
  /** The fake Socket Mode service (Socket Mode only). */
  socket: FakeSocketMode | null;
  store: SqlCaseStore;
  slack: SlackChannel;
  /** The HTTP receiver's port (HTTP only). */
  port: number;
  /** Delivers staff cards and replies when a test runs it (not started). */
  worker: DeliveryWorker;
}

/** The bot's chat.postMessage calls to `channel` (in thread `threadTs`, when given). */
export function postsIn(fake: FakeSlack, channel: string, threadTs?: string) {
  return fake
    .callsTo('chat.postMessage')
    .filter(
      (call) =>
        call.args.channel === channel &&
        (threadTs === undefined || call.args.thread_ts === threadTs),
    );
}

/** True once the bot has told `user` privately (chat.postEphemeral) something matching `text`. */
export function toldPrivately(fake: FakeSlack, user: string, text: RegExp): boolean {
  return fake
    .callsTo('chat.postEphemeral')
    .some((call) => call.args.user === user && text.test(String(call.args.text)));
}

export interface SlackHarnessOptions {
  /** Socket Mode against the fake socket service, pinging every `pingMs`, instead of HTTP. */
  socketMode?: { pingMs: number };
  /** The store the channel is given, made from the real one (one that fails on demand...). */
  channelStore?: (store: SqlCaseStore) => CaseStore;
  logger?: Logger;
  storeUnavailable?: () => string | null;
}

export async function startSlackHarness(options: SlackHarnessOptions = {}): Promise<SlackHarness> {
  const fake = await startFakeSlack();
  const socket = options.socketMode ? await startFakeSocketMode(fake, options.socketMode) : null;
  const store = await SqlCaseStore.open(await openPgliteClient(null));
  const runtime = await freshRuntime({ caseStore: store, storeMode: 'durable' });
  const port = socket ? 9 : await freePort();
  const logger = options.logger ?? silentLogger;
  const slack = createSlackChannel(
    {
      botToken: 'xoxb-test',
      signingSecret: socket ? null : SIGNING_SECRET,
      appToken: socket ? 'xapp-1-A0EXDESK-test' : null,
      staffChannel: STAFF_CHANNEL,
      apiUrl: fake.apiUrl,
      port,
    },
    {
      assistant: runtime.assistant,
      store: options.channelStore ? options.channelStore(store) : store,
      logger,
      ...(options.storeUnavailable ? { storeUnavailable: options.storeUnavailable } : {}),
    },
  );
  await slack.start();
  const worker = new DeliveryWorker(store, {
    staff: slack.notifier,
    channels: [slack.notifier],
    logger,
  });
  return { fake, socket, store, slack, port, worker };
}

/**
 * Starts the harness before the file's tests and stops it after them. The object is filled in
 * by `beforeAll`, so read its fields inside tests and hooks, not at the top of the file.
 */
export function useSlackHarness(
  options: SlackHarnessOptions & Required<Pick<SlackHarnessOptions, 'socketMode'>>,
): SlackHarness & { socket: FakeSocketMode };
export function useSlackHarness(options?: SlackHarnessOptions): SlackHarness;
export function useSlackHarness(options: SlackHarnessOptions = {}): SlackHarness {
  const harness = {} as SlackHarness;
  beforeAll(async () => {
    Object.assign(harness, await startSlackHarness(options));
  }, 60_000);
  afterAll(async () => {
    await harness.slack?.stop();
    await harness.socket?.close();
    await harness.store?.close();
    await harness.fake?.close();
  });
  return harness;
}
