/**
 * Record first, then acknowledge (the real Bolt app over real sockets, the fake Slack): an
 * event the store cannot record is not acknowledged (HTTP 500, so Slack retries) and the retry
 * is answered once; a post Slack accepted whose reply was lost is found by its metadata and not
 * made again; acknowledgements do not wait for answers being posted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackChannel, type SlackChannel } from '../../src/adapters/slack/slack-channel.ts';
import { silentLogger, type CaseStore } from '../../src/domain/ports.ts';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.ts';
import { freshRuntime } from '../helpers/runtime.ts';
import { SIGNING_SECRET, fixture, freePort, postEvent, sign } from '../helpers/slack-requests.ts';

let fake: FakeSlack;
let store: SqlCaseStore;
let slack: SlackChannel;
let port: number;
/** How many more inbox writes fail, as when the store is down. */
let failRecords = 0;

beforeAll(async () => {
  fake = await startFakeSlack();
  store = await SqlCaseStore.open(await openPgliteClient(null));
  const flaky = new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'recordIncoming')
        return async (...args: Parameters<CaseStore['recordIncoming']>) => {
          if (failRecords > 0) {
            failRecords--;
            throw Object.assign(new Error('the store is unavailable'), { code: 'ECONNREFUSED' });
          }
          return target.recordIncoming(...args);
        };
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const runtime = await freshRuntime({ caseStore: store, storeMode: 'durable' });
  port = await freePort();
  slack = createSlackChannel(
    {
      botToken: 'xoxb-test',
      signingSecret: SIGNING_SECRET,
      appToken: null,
      staffChannel: 'C0STAFF',
      apiUrl: fake.apiUrl,
      port,
    },
    { assistant: runtime.assistant, store: flaky, logger: silentLogger },
  );
  await slack.start();
}, 60_000);

afterAll(async () => {
  await slack.stop();
  await store.close();
  await fake.close();
});

let counter = 0;
function mention(text: string) {
  const ts = `17639${String(++counter).padStart(5, '0')}.000300`;
  const body = JSON.parse(fixture('app_mention.json'));
  body.event.text = `<@U0BOT> ${text}`;
  body.event.ts = ts;
  body.event.event_ts = ts;
  body.event_id = `Ev0INBOX${counter}`;
  return { body: JSON.stringify(body), ts };
}
const answersTo = (ts: string) =>
  fake.messages.filter(
    (m) => m.thread_ts === ts && m.metadata?.event_type === 'exchange_desk_answer',
  );
const retry = (body: string, n: number) => ({ ...sign(body), 'x-slack-retry-num': String(n) });

describe('Slack: nothing lost between the event and its answer', () => {
  it('an event the store cannot record is not acknowledged; Slack’s retry is answered once', async () => {
    const { body, ts } = mention('Which partners accept TOEIC 450?');
    failRecords = 1;
    expect((await postEvent(port, body)).status).toBe(500);
    expect((await postEvent(port, body, retry(body, 1))).status).toBe(200);
    await fake.waitFor('chat.postMessage', 1);
    while (answersTo(ts).length === 0) await new Promise((r) => setTimeout(r, 20));
    // A later retry of the answered event is acknowledged and not answered again.
    expect((await postEvent(port, body, retry(body, 2))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(answersTo(ts)).toHaveLength(1);
    expect(answersTo(ts)[0]!.metadata!.event_payload.answer_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('acknowledges a burst while an answer is stuck in posting (acknowledgements never wait for answers)', async () => {
    // Slack takes the answers' posts but keeps the replies back: the poster is stuck on one.
    fake.holdResponse = (args) => args.channel === 'C0EXCHANGE';
    try {
      const first = mention('Which partners accept IELTS 6.0?');
      expect((await postEvent(port, first.body)).status).toBe(200);
      while (fake.held() === 0) await new Promise((r) => setTimeout(r, 20));
      const burst = Array.from({ length: 12 }, (_, i) =>
        mention(`How do I apply for an exchange? (${i})`),
      );
      const acks = await Promise.all(burst.map(({ body }) => postEvent(port, body)));
      expect(acks.map((ack) => ack.status)).toEqual(burst.map(() => 200));
      expect(fake.held()).toBe(1);
      fake.holdResponse = null;
      fake.release();
      const all = [first, ...burst];
      const deadline = Date.now() + 60_000;
      while (all.some(({ ts }) => answersTo(ts).length === 0) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(all.map(({ ts }) => answersTo(ts).length)).toEqual(all.map(() => 1));
    } finally {
      fake.holdResponse = null;
      fake.release();
    }
  });

  it('a post Slack accepted whose reply was lost is found by its metadata, not posted again', async () => {
    const { body, ts } = mention('Which partners are in Germany?');
    fake.holdResponse = (args) => args.thread_ts === ts;
    try {
      expect((await postEvent(port, body)).status).toBe(200);
      while (fake.held() === 0) await new Promise((r) => setTimeout(r, 20));
      fake.holdResponse = null;
      const lookedBefore = fake.callsTo('conversations.replies').length;
      fake.drop();
      // The outbox tries again (after its backoff), reads the thread back and finds the answer.
      const deadline = Date.now() + 30_000;
      while (fake.callsTo('conversations.replies').length === lookedBefore && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 500));
      expect(fake.callsTo('conversations.replies').length).toBeGreaterThan(lookedBefore);
      expect(answersTo(ts)).toHaveLength(1);
      expect(fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(
        1,
      );
    } finally {
      fake.holdResponse = null;
    }
  });
});
