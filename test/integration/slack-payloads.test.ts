/**
 * What Slack can send, replayed at the real Bolt app over its HTTP receiver: payload shapes
 * from Slack's own SDK test suites (test/fixtures/slack/replay), the signature window both
 * ways, malformed signed bodies, interactions the bot has no listener for, a second "Talk to
 * staff", and events arriving while the case store is away.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/domain/ports.ts';
import { fixture, postEvent, postInteraction, sign } from '../helpers/slack-requests.ts';
import { appMention, freshIds } from '../helpers/slack-events.ts';
import { useSlackHarness } from '../helpers/slack-harness.ts';

let storeDown: string | null = null;
const logged: { level: string; record: Record<string, unknown>; message?: string }[] = [];
const logger: Logger = {
  debug: (record, message) => logged.push({ level: 'debug', record, message }),
  info: (record, message) => logged.push({ level: 'info', record, message }),
  warn: (record, message) => logged.push({ level: 'warn', record, message }),
  error: (record, message) => logged.push({ level: 'error', record, message }),
};

const harness = useSlackHarness({ logger, storeUnavailable: () => storeDown });

let counter = 0;
const envelope = (event: Record<string, unknown>, eventId: string) =>
  JSON.stringify({
    token: 'verification-token-unused',
    team_id: 'T0MIEUNIV',
    api_app_id: 'A0EXDESK',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
  });
const posts = () => harness.fake.callsTo('chat.postMessage');
const postsReplyingTo = (ts: string) =>
  posts().filter((c) => c.args.thread_ts === ts || c.args.ts === ts);
/** Polls until `read` returns at least `count` items (or 20 s pass), then returns them. */
async function until<T>(read: () => T[], count = 1): Promise<T[]> {
  const deadline = Date.now() + 20_000;
  while (read().length < count && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  return read();
}
const waitForReplies = (ts: string, count: number) => until(() => postsReplyingTo(ts), count);
/** Waits until the app is idle (nothing in flight) so "no answer" is not a race. */
async function settled() {
  const deadline = Date.now() + 30_000;
  await new Promise((r) => setTimeout(r, 100));
  while (harness.slack.inFlight() > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 25));
}

describe('signature window', () => {
  const body = () => appMention('Which partners accept TOEIC 450?').body;
  const now = () => Math.floor(Date.now() / 1000);
  it.each([
    ['10 minutes in the future', 600],
    ['a day in the future', 86_400],
    ['10 minutes in the past', -600],
    ['a day in the past', -86_400],
  ])('refuses a correctly signed request dated %s (401, no answer)', async (_label, offset) => {
    const before = posts().length;
    const text = body();
    expect((await postEvent(harness.port, text, sign(text, now() + offset))).status).toBe(401);
    await settled();
    expect(posts().length).toBe(before);
  });

  it('accepts one dated 4 minutes either way', async () => {
    for (const offset of [240, -240]) {
      const { body: text, ts } = appMention('Which partners accept TOEIC 450?');
      expect((await postEvent(harness.port, text, sign(text, now() + offset))).status).toBe(200);
      await waitForReplies(ts, 1);
      await settled();
      expect(postsReplyingTo(ts)).toHaveLength(1);
    }
  });
});

describe('malformed but signed bodies', () => {
  it.each([
    ['"event": null', JSON.stringify({ type: 'event_callback', event: null, event_id: 'Ev0NULL' })],
    ['a string event', JSON.stringify({ type: 'event_callback', event: 'message' })],
    ['an array event', JSON.stringify({ type: 'event_callback', event: [] })],
    ['an event without a type', JSON.stringify({ type: 'event_callback', event: { text: 'hi' } })],
    ['bad JSON', '{"type": "event_callback", "event": {'],
    ['a JSON array', '[1, 2, 3]'],
    ['a JSON string', '"hello"'],
  ])('%s gets 400, never 500', async (_label, text) => {
    const before = posts().length;
    expect((await postEvent(harness.port, text)).status).toBe(400);
    await settled();
    expect(posts().length).toBe(before);
  });
});

describe('message subtypes (replayed from the SDKs’ fixtures)', () => {
  const events = JSON.parse(
    readFileSync('test/fixtures/slack/replay/message-events.json', 'utf8'),
  ) as { name: string; expect: 'answered' | 'ignored'; event: Record<string, unknown> }[];

  it.each(events.map((e) => [e.name, e] as const))('%s', async (_name, { expect: want, event }) => {
    // A thread the bot answered, for the thread-bound ones.
    const root = appMention('Which partners accept TOEIC 450?');
    await postEvent(harness.port, root.body);
    await waitForReplies(root.ts, 1);
    await settled();
    const { ts, eventId } = freshIds('REPLAY');
    const body = envelope(
      JSON.parse(
        JSON.stringify(event).replaceAll('THREAD_TS', root.ts).replaceAll('"TS"', `"${ts}"`),
      ),
      eventId,
    );
    const before = posts().length;
    expect((await postEvent(harness.port, body)).status).toBe(200);
    // Twice, as Slack retries: still one answer.
    expect(
      (await postEvent(harness.port, body, { ...sign(body), 'x-slack-retry-num': '1' })).status,
    ).toBe(200);
    if (want === 'answered') await harness.fake.waitFor('chat.postMessage', before + 1);
    await settled();
    expect(posts().length - before).toBe(want === 'answered' ? 1 : 0);
  });
});

describe('interactions the bot has no listener for', () => {
  const payloads = JSON.parse(
    readFileSync('test/fixtures/slack/replay/interactive-payloads.json', 'utf8'),
  ) as { name: string; note: 'response_url' | 'postEphemeral' | 'none'; payload: unknown }[];

  it.each(payloads.map((p) => [p.name, p] as const))(
    '%s: acknowledged (200, not Bolt’s 404), logged as JSON, noted politely where possible',
    async (name, { note, payload }) => {
      const path = `unknown-${counter++}`;
      const text = JSON.stringify(payload).replaceAll(
        'RESPONSE_URL',
        harness.fake.responseUrl(path),
      );
      const ephemerals = harness.fake.callsTo('chat.postEphemeral').length;
      const loggedBefore = logged.length;
      expect(await postInteraction(harness.port, text)).toBe(200);
      await settled();
      if (note === 'response_url') {
        const mine = await until(() =>
          harness.fake.callsTo('response_url').filter((c) => String(c.args._path).includes(path)),
        );
        expect(mine).toHaveLength(1);
        expect(mine[0]!.args).toMatchObject({
          response_type: 'ephemeral',
          replace_original: false,
        });
        expect(String(mine[0]!.args.text)).toMatch(/no longer active|現在使えません/);
      }
      if (note === 'postEphemeral') {
        await harness.fake.waitFor('chat.postEphemeral', ephemerals + 1);
        expect(harness.fake.callsTo('chat.postEphemeral').at(-1)!.args).toMatchObject({
          channel: 'C0EXCHANGE',
          user: 'U0STUDENT',
        });
        expect(String(harness.fake.callsTo('chat.postEphemeral').at(-1)!.args.text)).toMatch(
          /現在使えません/,
        );
      }
      if (!name.startsWith('view_closed') && !name.startsWith('block_suggestion'))
        expect(
          logged
            .slice(loggedBefore)
            .some((l) => l.level === 'info' && /no listener/.test(l.message ?? '')),
        ).toBe(true);
      expect(logged.slice(loggedBefore).filter((l) => l.level === 'error')).toEqual([]);
    },
  );

  it('a slash command other than /ask is acknowledged with a note', async () => {
    const path = `command-${counter++}`;
    const body = new URLSearchParams({
      command: '/oldask',
      text: 'deadline',
      user_id: 'U0STUDENT',
      channel_id: 'C0EXCHANGE',
      trigger_id: '3333.4444.cmd',
      response_url: harness.fake.responseUrl(path),
      team_id: 'T0MIEUNIV',
    }).toString();
    const response = await fetch(`http://127.0.0.1:${harness.port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) },
      body,
    });
    expect(response.status).toBe(200);
    await settled();
    expect(
      harness.fake.callsTo('response_url').filter((c) => String(c.args._path).includes(path)),
    ).toHaveLength(1);
  });
});

describe('a second "Talk to staff"', () => {
  it('points to the open case and sends staff no second card', async () => {
    const { body, ts } = appMention('Which partners accept TOEIC 450?');
    await postEvent(harness.port, body);
    const [answer] = await waitForReplies(ts, 1);
    const press = () =>
      postInteraction(
        harness.port,
        fixture('block_actions_claim.json', {
          case_claim: 'talk_to_staff',
          CASE_ID: 'answer',
          CARD_TS: String(answer!.args.thread_ts),
          C0STAFF: 'C0EXCHANGE',
          U0STAFF: 'U0STUDENT',
          '"Handover"': '"Which partners accept TOEIC 450?"',
          '"ts": "': `"thread_ts": "${ts}", "ts": "`,
        }),
      );
    expect(await press()).toBe(200);
    await waitForReplies(ts, 2);
    await settled();
    const first = postsReplyingTo(ts).at(-1)!;
    const caseId = /case (EX-\d{4})/.exec(String(first.args.text))?.[1];
    expect(caseId).toMatch(/^EX-\d{4}$/);
    // Pressed again (and once more at the same moment as a third): the same case, named.
    expect(await Promise.all([press(), press()])).toEqual([200, 200]);
    await waitForReplies(ts, 4);
    await settled();
    const again = postsReplyingTo(ts).slice(-2);
    for (const post of again) {
      expect(String(post.args.text)).toContain(`already with the office as case ${caseId}`);
    }
    await harness.worker.runOnce();
    const cards = posts().filter(
      (c) => c.args.channel === 'C0STAFF' && JSON.stringify(c.args).includes(caseId!),
    );
    expect(cards).toHaveLength(1);
    const all = await harness.store.listCases({});
    expect(all.filter((c) => c.conversation === `slack:C0EXCHANGE:${ts}`)).toHaveLength(1);
  });
});

describe('while the case store is away', () => {
  it('refuses events with 503 (Slack retries) and answers the retry once it is back', async () => {
    const { body, ts } = appMention('Which partners accept TOEIC 450?');
    storeDown = 'connect ECONNREFUSED 127.0.0.1:5432';
    try {
      expect((await postEvent(harness.port, body)).status).toBe(503);
      await settled();
      expect(postsReplyingTo(ts)).toHaveLength(0);
      expect(logged.some((l) => l.level === 'warn' && /Slack to retry/.test(l.message ?? ''))).toBe(
        true,
      );
    } finally {
      storeDown = null;
    }
    const retry = { ...sign(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' };
    expect((await postEvent(harness.port, body, retry)).status).toBe(200);
    await waitForReplies(ts, 1);
    await settled();
    expect(postsReplyingTo(ts)).toHaveLength(1);
  });
});
