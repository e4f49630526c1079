/**
 * The Discord channel as the integration tests drive it, set up once per test file: a real
 * discord.js Client on the local fake gateway and REST API, a fresh embedded store and a
 * delivery worker for staff cards. Set DEBUG_DISCORD=1 to see the client's own log.
 */
import { afterAll, beforeAll } from 'vitest';
import {
  createDiscordChannel,
  type DiscordChannel,
} from '../../src/adapters/discord/discord-channel.ts';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import { silentLogger, type Logger } from '../../src/domain/ports.ts';
import { DeliveryWorker } from '../../src/staff/delivery-worker.ts';
import {
  BOT_ID,
  STAFF_CHANNEL,
  STAFF_ROLE,
  startFakeDiscord,
  type FakeDiscord,
} from '../fakes/discord.ts';
import { freshRuntime } from './runtime.ts';

export interface DiscordHarness {
  /** The fake REST API (every call recorded) and gateway (`dispatch`). */
  fake: FakeDiscord;
  store: SqlCaseStore;
  discord: DiscordChannel;
  /** Delivers staff cards and replies when a test runs it (not started). */
  worker: DeliveryWorker;
}

const debugging = Boolean(process.env.DEBUG_DISCORD);

export async function startDiscordHarness(): Promise<DiscordHarness> {
  const fake = await startFakeDiscord();
  const store = await SqlCaseStore.open(await openPgliteClient(null));
  const runtime = await freshRuntime({ caseStore: store, storeMode: 'durable' });
  const logger: Logger = debugging
    ? { ...silentLogger, error: (record, message) => console.error(message, record) }
    : silentLogger;
  const discord = createDiscordChannel(
    {
      token: 'fake-token',
      applicationId: BOT_ID,
      staffChannelId: STAFF_CHANNEL,
      staffRoleId: STAFF_ROLE,
      apiUrl: fake.apiUrl,
    },
    { assistant: runtime.assistant, store, logger },
  );
  if (debugging)
    discord.client
      .on('debug', (message) => console.error('[debug]', message))
      .on('error', (error) => console.error('[error]', error));
  await discord.start();
  const worker = new DeliveryWorker(store, {
    staff: discord.notifier,
    channels: [discord.notifier],
    logger: silentLogger,
  });
  return { fake, store, discord, worker };
}

/**
 * Starts the harness before the file's tests and stops it after them. The object is filled in
 * by `beforeAll`, so read its fields inside tests and hooks, not at the top of the file.
 */
export function useDiscordHarness(): DiscordHarness {
  const harness = {} as DiscordHarness;
  beforeAll(async () => {
    Object.assign(harness, await startDiscordHarness());
  }, 60_000);
  afterAll(async () => {
    await harness.discord?.stop();
    await harness.store?.close();
    await harness.fake?.close();
  });
  return harness;
}
