/**
 * A real discord.js Client end to end over real sockets: a local fake REST API and gateway
 * WebSocket (HELLO, IDENTIFY, READY, GUILD_CREATE, then MESSAGE_CREATE / INTERACTION_CREATE).
 */
import { describe, expect, it } from 'vitest';
import { embedText, LIMITS, type DiscordMessage } from '../../src/adapters/discord/embeds.ts';
import { REPLY_BUDGET } from '../../src/compose/reply-budget.ts';
import {
  BOT_ID,
  QUESTIONS_CHANNEL,
  STAFF_CHANNEL,
  STAFF_ROLE,
  botMessage,
  discordFixture,
  nextId,
  type DiscordCall,
} from '../fakes/discord.ts';
import {
  STAFF_USER,
  dispatchInteraction,
  guildMember,
  textChannel,
} from '../helpers/discord-events.ts';
import { useDiscordHarness } from '../helpers/discord-harness.ts';

const harness = useDiscordHarness();

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
  it(`a mention gets one answer in a new thread started from the question, with sources and \
buttons, mentions disabled`, async () => {
    const { id, event } = mention('Which partners accept TOEIC 450?');
    harness.fake.dispatch(event.t, event.d);
    const [thread] = await harness.fake.waitFor(
      (c) => c.path === `/channels/${QUESTIONS_CHANNEL}/messages/${id}/threads`,
    );
    expect(thread).toBeDefined();
    await harness.fake.waitFor(postsTo(id));
    await new Promise((r) => setTimeout(r, 300));
    // A long answer may take several messages; the last carries the sources and the buttons.
    const messages = harness.fake.calls.filter(postsTo(id));
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
    const press = () =>
      dispatchInteraction(harness.fake, {
        type: 3,
        channelId: id,
        message: botMessage(id),
        data: { custom_id: showAll, component_type: 2 },
        locale: 'en-US',
      }).answers;
    const firstPress = press();
    await harness.fake.waitFor(firstPress);
    await new Promise((r) => setTimeout(r, 300));
    const secondPress = press();
    await harness.fake.waitFor(secondPress);
    await new Promise((r) => setTimeout(r, 300));
    const fullText = harness.fake.calls
      .filter(firstPress)
      .map((c) => {
        const body = c.body as unknown as { data?: DiscordMessage } & DiscordMessage;
        return embedText(body.data ?? body);
      })
      .join('\n');
    expect(fullText).toMatch(/The full answer:/);
    expect(fullText.match(/^\d+\. /gm)!.length).toBe(1 + 28 + 35);
    const second = harness.fake.calls.filter(secondPress);
    expect(second).toHaveLength(1);
    expect(JSON.stringify(second[0]!.body)).not.toMatch(/The full answer|embeds/);
  });

  it(`a personal matter asked in public: the thread only hears of a DM, the case continues in a \
DM the card links to`, async () => {
    const { id, event } = mention(
      "My family had money problems and I can't afford rent and flights for my exchange " +
        'anymore. Is there any help for me?',
    );
    harness.fake.dispatch(event.t, event.d);
    const [opened] = await harness.fake.waitFor(
      (c) => c.method === 'POST' && c.path === '/users/@me/channels',
    );
    expect(opened!.body.recipient_id).toBe('700000000000000001');
    const [publicReply] = await harness.fake.waitFor(postsTo(id));
    const publicText = embedText(publicReply!.body as unknown as DiscordMessage);
    expect(publicText).toMatch(/direct message/);
    expect(publicText).not.toMatch(/financial|money|afford/i);
    const caseId = /EX-\d{4}/.exec(publicText)![0];
    const record = (await harness.store.getCase(caseId))!;
    const dmId = /^discord:dm:(\d+)$/.exec(record.conversation)![1]!;
    const [dm] = await harness.fake.waitFor(postsTo(dmId));
    expect(embedText(dm!.body as unknown as DiscordMessage)).toContain(caseId);
    await harness.worker.runOnce();
    const [card] = await harness.fake.waitFor(
      (c) => postsTo(STAFF_CHANNEL)(c) && JSON.stringify(c.body.embeds).includes(caseId),
    );
    const cardText = embedText(card!.body as unknown as DiscordMessage);
    expect(cardText).toContain(`https://discord.com/channels/@me/${dmId}`);
    expect(cardText).toMatch(/financial hardship/);
    expect(cardText).not.toMatch(/financial_hardship|discord:/);
  });

  it('a follow-up in the bot’s thread needs no mention; a duplicated dispatch answers once', async () => {
    const first = mention('European partners that accept TOEIC 450?');
    harness.fake.dispatch(first.event.t, first.event.d);
    await harness.fake.waitFor(postsTo(first.id));
    const followUp = discordFixture('message_create_mention.json', { MESSAGE_ID: nextId() });
    Object.assign(followUp.d, {
      channel_id: first.id,
      content: 'what about IELTS 6.0?',
      mentions: [],
    });
    harness.fake.dispatch(followUp.t, followUp.d);
    harness.fake.dispatch(followUp.t, followUp.d); // a re-dispatch after a reconnect
    await harness.fake.waitFor(postsTo(first.id), 2);
    await new Promise((r) => setTimeout(r, 800));
    const answers = harness.fake.calls.filter(postsTo(first.id));
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
    harness.fake.dispatch(dm.t, dm.d);
    const [answer] = await harness.fake.waitFor(postsTo(dmChannel));
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
    harness.fake.dispatch(ask.t, ask.d);
    const [deferred] = await harness.fake.waitFor(
      (c) => c.path === `/interactions/${interactionId}/${token}/callback`,
    );
    expect(deferred!.body.type).toBe(5);
    expect(Date.now() - sent).toBeLessThan(3000);
    const [edited] = await harness.fake.waitFor(
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
    harness.fake.dispatch(event.t, event.d);
    const [answer] = await harness.fake.waitFor(postsTo(id));
    const caseId = /case (EX-\d{4})/.exec(JSON.stringify(answer!.body.embeds))![1]!;
    await harness.worker.runOnce();
    const [card] = await harness.fake.waitFor(
      (c) => postsTo(STAFF_CHANNEL)(c) && JSON.stringify(c.body.embeds).includes(caseId),
    );
    expect(card).toBeDefined();
    const cardId = (await harness.store.findCaseCard(caseId, 'discord'))!.messageId;

    const click = (userRoles: string[]) =>
      dispatchInteraction(harness.fake, {
        type: 3,
        channelId: STAFF_CHANNEL,
        channel: textChannel(STAFF_CHANNEL, 'exchange-staff', 1),
        member: guildMember(STAFF_USER, userRoles),
        message: botMessage(STAFF_CHANNEL, {}, cardId),
        data: { custom_id: `case_claim:${caseId}`, component_type: 2 },
        locale: 'ja',
      });
    const outsider = click([]);
    const [refusal] = await harness.fake.waitFor(outsider.callback);
    expect(JSON.stringify(refusal!.body)).toMatch(/Only members with the staff role/);
    expect((await harness.store.getCase(caseId))!.status).toBe('open');

    const staff = click([STAFF_ROLE]);
    await harness.fake.waitFor(staff.callback);
    expect((await harness.store.getCase(caseId))!.status).toBe('claimed');
    await harness.worker.runOnce();
    expect(
      harness.fake.calls.some(
        (c) => c.method === 'PATCH' && c.path === `/channels/${STAFF_CHANNEL}/messages/${cardId}`,
      ),
    ).toBe(true);

    const reply = discordFixture('message_create_mention.json', { MESSAGE_ID: nextId() });
    Object.assign(reply.d, {
      channel_id: cardId,
      content: 'Hello, this is Sato from the office.',
      mentions: [],
      author: STAFF_USER,
      member: {
        roles: [STAFF_ROLE],
        joined_at: '2026-11-01T00:00:00.000000+00:00',
        deaf: false,
        mute: false,
        flags: 0,
      },
    });
    harness.fake.dispatch('THREAD_CREATE', {
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
    harness.fake.dispatch(reply.t, reply.d);
    const deadline = Date.now() + 10_000;
    while ((await harness.store.getCase(caseId))!.status !== 'answered' && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    await harness.worker.runOnce();
    const [relayed] = await harness.fake.waitFor(
      (c) => postsTo(id)(c) && JSON.stringify(c.body.embeds).includes('Sato from the office'),
    );
    expect(JSON.stringify(relayed!.body.embeds)).toMatch(
      /Reply from the Mie University Study Abroad Support Office/,
    );
  });
});
