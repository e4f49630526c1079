/**
 * Discord interactions the bot has no handler for (an old button, a select menu, a modal
 * submission, a command it no longer registers) are answered with an ephemeral note through
 * the real discord.js Client on the local fake gateway and REST API, never left to time out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDiscordChannel,
  type DiscordChannel,
} from '../../src/adapters/discord/discord-channel.ts';
import { silentLogger } from '../../src/domain/ports.ts';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import {
  BOT_ID,
  QUESTIONS_CHANNEL,
  STAFF_CHANNEL,
  STAFF_ROLE,
  nextId,
  startFakeDiscord,
  type FakeDiscord,
} from '../fakes/discord.ts';
import { freshRuntime } from '../helpers/runtime.ts';

let fake: FakeDiscord;
let store: SqlCaseStore;
let discord: DiscordChannel;

beforeAll(async () => {
  fake = await startFakeDiscord();
  store = await SqlCaseStore.open(await openPgliteClient(null));
  const runtime = await freshRuntime({ caseStore: store, storeMode: 'durable' });
  discord = createDiscordChannel(
    {
      token: 'fake-token',
      applicationId: BOT_ID,
      staffChannelId: STAFF_CHANNEL,
      staffRoleId: STAFF_ROLE,
      apiUrl: fake.apiUrl,
    },
    { assistant: runtime.assistant, store, logger: silentLogger },
  );
  await discord.start();
}, 60_000);

afterAll(async () => {
  await discord.stop();
  await store.close();
  await fake.close();
});

const user = {
  id: '700000000000000009',
  username: 'hanako',
  discriminator: '0',
  global_name: null,
  avatar: null,
};
const message = {
  id: '900000000000000001',
  channel_id: QUESTIONS_CHANNEL,
  author: {
    id: BOT_ID,
    username: 'exchange-desk',
    discriminator: '0',
    bot: true,
    avatar: null,
    global_name: null,
  },
  content: '',
  embeds: [],
  components: [],
  timestamp: new Date().toISOString(),
  edited_timestamp: null,
  tts: false,
  mention_everyone: false,
  mentions: [],
  mention_roles: [],
  attachments: [],
  pinned: false,
  type: 0,
  flags: 0,
};

function interaction(
  type: number,
  data: Record<string, unknown>,
  locale: string,
  withMessage: boolean,
) {
  const id = nextId();
  const token = `tok-${id}`;
  fake.dispatch('INTERACTION_CREATE', {
    id,
    application_id: BOT_ID,
    type,
    token,
    version: 1,
    guild_id: '800000000000000001',
    channel_id: QUESTIONS_CHANNEL,
    channel: {
      id: QUESTIONS_CHANNEL,
      type: 0,
      guild_id: '800000000000000001',
      name: 'exchange',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
    },
    member: {
      user,
      roles: [],
      permissions: '0',
      joined_at: '2026-11-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      flags: 0,
    },
    ...(withMessage ? { message } : {}),
    data,
    locale,
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
  });
  return fake.waitFor((c) => c.path === `/interactions/${id}/${token}/callback`);
}

describe('Discord interactions without a handler', () => {
  it.each([
    [
      'a button from an older message',
      3,
      { custom_id: 'legacy_rate:5', component_type: 2 },
      'en-US',
      true,
      /no longer active/,
    ],
    [
      'a select menu',
      3,
      { custom_id: 'pick_partner', component_type: 3, values: ['lund'] },
      'ja',
      true,
      /現在使えません/,
    ],
    [
      'a modal submission',
      5,
      { custom_id: 'ask_modal', components: [] },
      'en-GB',
      false,
      /no longer active/,
    ],
    [
      'a command it no longer registers',
      2,
      { id: '990000000000000001', name: 'oldask', type: 1 },
      'ja',
      false,
      /現在使えません/,
    ],
  ] as const)('%s gets an ephemeral note', async (_name, type, data, locale, withMessage, text) => {
    const [callback] = await interaction(type, data, locale, withMessage);
    const body = callback!.body as { type: number; data: { content: string; flags: number } };
    expect(body.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE
    expect(body.data.flags & 64).toBe(64); // ephemeral
    expect(body.data.content).toMatch(text);
  });
});
