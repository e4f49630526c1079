/**
 * A real discord.js Client end to end over real sockets: a local fake REST API and gateway
 * WebSocket (HELLO, IDENTIFY, READY, GUILD_CREATE, then MESSAGE_CREATE / INTERACTION_CREATE).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDiscordChannel,
  type DiscordChannel,
} from '../../src/adapters/discord/discord-channel.ts';
import { embedText, LIMITS, type DiscordMessage } from '../../src/adapters/discord/embeds.ts';
import { REPLY_BUDGET } from '../../src/compose/reply-budget.ts';
import { silentLogger } from '../../src/domain/ports.ts';
import { DeliveryWorker } from '../../src/staff/delivery-worker.ts';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import {
  BOT_ID,
  QUESTIONS_CHANNEL,
  STAFF_CHANNEL,
  STAFF_ROLE,
  discordFixture,
  nextId,
  startFakeDiscord,
  type DiscordCall,
  type FakeDiscord,
} from '../fakes/discord.ts';
import { freshRuntime } from '../helpers/runtime.ts';

let fake: FakeDiscord;
let store: SqlCaseStore;
let discord: DiscordChannel;
let worker: DeliveryWorker;

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
    {
      assistant: runtime.assistant,
      store,
      logger: process.env.DEBUG_DISCORD
        ? { ...silentLogger, error: (r, m) => console.error(m, r) }
        : silentLogger,
    },
  );
  if (process.env.DEBUG_DISCORD)
    discord.client
      .on('debug', (m) => console.error('[debug]', m))
      .on('error', (e) => console.error('[error]', e));
  await discord.start();
  worker = new DeliveryWorker(store, {
    staff: discord.notifier,
    channels: [discord.notifier],
    logger: silentLogger,
  });
}, 60_000);

afterAll(async () => {
  await discord?.stop();
  await store?.close();
  await fake?.close();
});

function mention(text: string, extra: Record<string, unknown> = {}) {
  const id = nextId();
  const event = discordFixture('message_create_mention.json', { MESSAGE_ID: id });
  event.d.content = `<@${BOT_ID}> ${text}`;
  Object.assign(event.d, extra);
  return { id, event };
}
const postsTo = (channel: string) => (call: DiscordCall) =>
  call.method === 'POST' && call.path === `/channels/${channel}/messages`;

describe('Discord: students', () => {
  it('a mention gets one answer in a new thread started from the question, with sources and buttons, mentions disabled', async () => {
    const { id, event } = mention('Which partners accept TOEIC 450?');
    fake.dispatch(event.t, event.d);
    const [thread] = await fake.waitFor(
      (c) => c.path === `/channels/${QUESTIONS_CHANNEL}/messages/${id}/threads`,
    );
    expect(thread).toBeDefined();
    await fake.waitFor(postsTo(id));
    await new Promise((r) => setTimeout(r, 300));
    // A long answer may take several messages; the last carries the sources and the buttons.
    const messages = fake.calls.filter(postsTo(id));
    const first = messages[0]!.body.embeds as { description: string }[];
    const last = messages.at(-1)!;
    const lastEmbeds = last.body.embeds as { footer?: { text: string } }[];
    expect(first[0]!.description).toMatch(/Ho Chi Minh City University of Education/);
    expect(lastEmbeds.at(-1)!.footer!.text).toMatch(/as of 2015\/11/);
    expect(
      messages.every(
        (m) => JSON.stringify(m.body.allowed_mentions) === JSON.stringify({ parse: [] }),
      ),
    ).toBe(true);
    const buttons = (
      last.body.components as { components: { custom_id: string }[] }[]
    )[0]!.components.map((b) => b.custom_id.split(':')[0]);
    expect(buttons).toEqual([
      'show_all',
      'feedback_helpful',
      'feedback_not_helpful',
      'talk_to_staff',
    ]);
    // One message: the short reply within the budget, with the buttons on it.
    expect(messages).toHaveLength(1);
    const shown = embedText(messages[0]!.body as unknown as DiscordMessage);
    expect(shown.length).toBeLessThanOrEqual(REPLY_BUDGET.chars);
    expect(shown.split('\n').length).toBeLessThanOrEqual(REPLY_BUDGET.lines);
    expect(shown).toMatch(/28 more partners state a requirement in another test/);

    // Show all: the full grouped list in the thread, once; a second press only acknowledges.
    const showAll = (last.body.components as { components: { custom_id: string }[] }[])[0]!
      .components[0]!.custom_id;
    const press = () => {
      const interactionId = nextId();
      const token = `tok-${interactionId}`;
      fake.dispatch('INTERACTION_CREATE', {
        id: interactionId,
        application_id: BOT_ID,
        type: 3,
        token,
        version: 1,
        guild_id: '800000000000000001',
        channel_id: id,
        member: {
          user: { id: '700000000000000009', username: 'hanako', discriminator: '0' },
          roles: [],
          permissions: '0',
          joined_at: '2026-11-01T00:00:00.000000+00:00',
          deaf: false,
          mute: false,
          flags: 0,
        },
        message: {
          id: nextId(),
          channel_id: id,
          author: { id: BOT_ID, username: 'exchange-desk', discriminator: '0', bot: true },
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
        },
        data: { custom_id: showAll, component_type: 2 },
        locale: 'en-US',
        app_permissions: '0',
        entitlements: [],
        authorizing_integration_owners: {},
        context: 0,
      });
      return (c: DiscordCall) =>
        c.path === `/interactions/${interactionId}/${token}/callback` ||
        c.path.startsWith(`/webhooks/${BOT_ID}/${token}`);
    };
    const firstPress = press();
    await fake.waitFor(firstPress);
    await new Promise((r) => setTimeout(r, 300));
    const secondPress = press();
    await fake.waitFor(secondPress);
    await new Promise((r) => setTimeout(r, 300));
    const fullText = fake.calls
      .filter(firstPress)
      .map((c) => {
        const body = c.body as unknown as { data?: DiscordMessage } & DiscordMessage;
        return embedText(body.data ?? body);
      })
      .join('\n');
    expect(fullText).toMatch(/The full answer:/);
    expect(fullText.match(/^\d+\. /gm)!.length).toBe(1 + 28 + 35);
    const second = fake.calls.filter(secondPress);
    expect(second).toHaveLength(1);
    expect(JSON.stringify(second[0]!.body)).not.toMatch(/The full answer|embeds/);
  });

  it('a personal matter asked in public: the thread only hears of a DM, the case continues in a DM the card links to', async () => {
    const { id, event } = mention(
      "My family had money problems and I can't afford rent and flights for my exchange anymore. Is there any help for me?",
    );
    fake.dispatch(event.t, event.d);
    const [opened] = await fake.waitFor(
      (c) => c.method === 'POST' && c.path === '/users/@me/channels',
    );
    expect(opened!.body.recipient_id).toBe('700000000000000001');
    const [publicReply] = await fake.waitFor(postsTo(id));
    const publicText = embedText(publicReply!.body as unknown as DiscordMessage);
    expect(publicText).toMatch(/direct message/);
    expect(publicText).not.toMatch(/financial|money|afford/i);
    const caseId = /EX-\d{4}/.exec(publicText)![0];
    const record = (await store.getCase(caseId))!;
    const dmId = /^discord:dm:(\d+)$/.exec(record.conversation)![1]!;
    const [dm] = await fake.waitFor(postsTo(dmId));
    expect(embedText(dm!.body as unknown as DiscordMessage)).toContain(caseId);
    await worker.runOnce();
    const [card] = await fake.waitFor(
      (c) => postsTo(STAFF_CHANNEL)(c) && JSON.stringify(c.body.embeds).includes(caseId),
    );
    const cardText = embedText(card!.body as unknown as DiscordMessage);
    expect(cardText).toContain(`https://discord.com/channels/@me/${dmId}`);
    expect(cardText).toMatch(/financial hardship/);
    expect(cardText).not.toMatch(/financial_hardship|discord:/);
  });

  it('a follow-up in the bot’s thread needs no mention; a duplicated dispatch answers once', async () => {
    const first = mention('European partners that accept TOEIC 450?');
    fake.dispatch(first.event.t, first.event.d);
    await fake.waitFor(postsTo(first.id));
    const followUp = discordFixture('message_create_mention.json', { MESSAGE_ID: nextId() });
    Object.assign(followUp.d, {
      channel_id: first.id,
      content: 'what about IELTS 6.0?',
      mentions: [],
    });
    fake.dispatch(followUp.t, followUp.d);
    fake.dispatch(followUp.t, followUp.d); // a re-dispatch after a reconnect
    await fake.waitFor(postsTo(first.id), 2);
    await new Promise((r) => setTimeout(r, 800));
    const answers = fake.calls.filter(postsTo(first.id));
    expect(answers).toHaveLength(2);
    expect(JSON.stringify(answers[1]!.body.embeds)).toMatch(/University of Central Lancashire/);
  });

  it('a DM is answered in the DM', async () => {
    const dmChannel = nextId();
    const dm = discordFixture('message_create_mention.json', { MESSAGE_ID: nextId() });
    delete dm.d.guild_id;
    delete dm.d.member;
    Object.assign(dm.d, {
      channel_id: dmChannel,
      channel_type: 1,
      content: '奨学金はいくらもらえますか',
      mentions: [],
    });
    fake.dispatch(dm.t, dm.d);
    const [answer] = await fake.waitFor(postsTo(dmChannel));
    expect(JSON.stringify(answer!.body.embeds)).toMatch(/15万円/);
  });

  it('/ask is deferred within the window, then edited with the answer', async () => {
    const interactionId = nextId();
    const token = `tok-${interactionId}`;
    const ask = discordFixture('interaction_ask.json', {
      INTERACTION_ID: interactionId,
      INTERACTION_TOKEN: token,
      QUESTION: 'タスマニア大学の締切は？',
    });
    const sent = Date.now();
    fake.dispatch(ask.t, ask.d);
    const [deferred] = await fake.waitFor(
      (c) => c.path === `/interactions/${interactionId}/${token}/callback`,
    );
    expect(deferred!.body.type).toBe(5);
    expect(Date.now() - sent).toBeLessThan(3000);
    const [edited] = await fake.waitFor(
      (c) => c.method === 'PATCH' && c.path === `/webhooks/${BOT_ID}/${token}/messages/@original`,
    );
    expect(JSON.stringify(edited!.body.embeds)).toMatch(/11月30日/);
  });

  it('an over-long answer is split within Discord’s limits', async () => {
    const { splitFor } = await import('../helpers/discord-limits.ts');
    const messages = splitFor('A long paragraph about exchange study. '.repeat(2000));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.embeds.length).toBeLessThanOrEqual(10);
      const size = message.embeds.reduce(
        (n, e) => n + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0),
        0,
      );
      expect(size).toBeLessThanOrEqual(LIMITS.message);
      for (const embed of message.embeds)
        expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
    }
  });
});

describe('Discord: handover and staff', () => {
  it('posts a case embed, refuses non-staff clicks, relays a staff reply to the student’s thread', async () => {
    const { id, event } = mention('I want to talk to a person');
    fake.dispatch(event.t, event.d);
    const [answer] = await fake.waitFor(postsTo(id));
    const caseId = /case (EX-\d{4})/.exec(JSON.stringify(answer!.body.embeds))![1]!;
    await worker.runOnce();
    const [card] = await fake.waitFor(
      (c) => postsTo(STAFF_CHANNEL)(c) && JSON.stringify(c.body.embeds).includes(caseId),
    );
    expect(card).toBeDefined();
    const cardId = (await store.findCaseCard(caseId, 'discord'))!.messageId;

    const click = (userRoles: string[], interactionId = nextId()) => {
      const token = `tok-${interactionId}`;
      fake.dispatch('INTERACTION_CREATE', {
        id: interactionId,
        application_id: BOT_ID,
        type: 3,
        token,
        version: 1,
        guild_id: '800000000000000001',
        channel_id: STAFF_CHANNEL,
        channel: {
          id: STAFF_CHANNEL,
          type: 0,
          guild_id: '800000000000000001',
          name: 'exchange-staff',
          position: 1,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
        },
        member: {
          user: {
            id: '700000000000000002',
            username: 'sato',
            discriminator: '0',
            global_name: null,
            avatar: null,
          },
          roles: userRoles,
          permissions: '0',
          joined_at: '2026-11-01T00:00:00.000000+00:00',
          deaf: false,
          mute: false,
          flags: 0,
        },
        message: {
          id: cardId,
          channel_id: STAFF_CHANNEL,
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
        },
        data: { custom_id: `case_claim:${caseId}`, component_type: 2 },
        locale: 'ja',
        app_permissions: '0',
        entitlements: [],
        authorizing_integration_owners: {},
        context: 0,
      });
      return { interactionId, token };
    };
    const outsider = click([]);
    const [refusal] = await fake.waitFor(
      (c) => c.path === `/interactions/${outsider.interactionId}/${outsider.token}/callback`,
    );
    expect(JSON.stringify(refusal!.body)).toMatch(/Only members with the staff role/);
    expect((await store.getCase(caseId))!.status).toBe('open');

    const staff = click([STAFF_ROLE]);
    await fake.waitFor(
      (c) => c.path === `/interactions/${staff.interactionId}/${staff.token}/callback`,
    );
    expect((await store.getCase(caseId))!.status).toBe('claimed');
    await worker.runOnce();
    expect(
      fake.calls.some(
        (c) => c.method === 'PATCH' && c.path === `/channels/${STAFF_CHANNEL}/messages/${cardId}`,
      ),
    ).toBe(true);

    const reply = discordFixture('message_create_mention.json', { MESSAGE_ID: nextId() });
    Object.assign(reply.d, {
      channel_id: cardId,
      content: 'Hello, this is Sato from the office.',
      mentions: [],
      author: {
        id: '700000000000000002',
        username: 'sato',
        discriminator: '0',
        global_name: null,
        avatar: null,
      },
      member: {
        roles: [STAFF_ROLE],
        joined_at: '2026-11-01T00:00:00.000000+00:00',
        deaf: false,
        mute: false,
        flags: 0,
      },
    });
    fake.dispatch('THREAD_CREATE', {
      id: cardId,
      type: 11,
      guild_id: '800000000000000001',
      parent_id: STAFF_CHANNEL,
      name: `${caseId} replies`,
      owner_id: BOT_ID,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 10080,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
      message_count: 0,
      member_count: 1,
      flags: 0,
      newly_created: true,
    });
    fake.dispatch(reply.t, reply.d);
    const deadline = Date.now() + 10_000;
    while ((await store.getCase(caseId))!.status !== 'answered' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    await worker.runOnce();
    const [relayed] = await fake.waitFor(
      (c) => postsTo(id)(c) && JSON.stringify(c.body.embeds).includes('Sato from the office'),
    );
    expect(JSON.stringify(relayed!.body.embeds)).toMatch(
      /Reply from the Mie University Study Abroad Support Office/,
    );
  });
});
