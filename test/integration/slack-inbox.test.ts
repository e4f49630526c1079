/**
 * Record first, then acknowledge (the real Bolt app over real sockets, the fake Slack): an
 * event the store cannot record is not acknowledged (HTTP 500, so Slack retries) and the retry
 * is answered once; a post Slack accepted whose reply was lost is found by its metadata and not
 * made again; acknowledgements do not wait for answers being posted.
 */
import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../src/domain/ports.ts';
import type { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import { postEvent, sign } from '../helpers/slack-requests.ts';
import { appMention } from '../helpers/slack-events.ts';
import { useSlackHarness } from '../helpers/slack-harness.ts';

/** How many more inbox writes fail, as when the store is down. */
let failRecords = 0;
/** The store as the channel sees it: its inbox writes fail while `failRecords` lasts. */
const flaky = (store: SqlCaseStore): CaseStore =>
  new Proxy(store, {
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
const harness = useSlackHarness({ channelStore: flaky });

const answersTo = (ts: string) =>
  harness.fake.messages.filter(
    (m) => m.thread_ts === ts && m.metadata?.event_type === 'exchange_desk_answer',
  );
const retry = (body: string, n: number) => ({ ...sign(body), 'x-slack-retry-num': String(n) });

describe('Slack: nothing lost between the event and its answer', () => {
  it('an event the store cannot record is not acknowledged; Slack’s retry is answered once', async () => {
    const { body, ts } = appMention('Which partners accept TOEIC 450?');
    failRecords = 1;
    expect((await postEvent(harness.port, body)).status).toBe(500);
    expect((await postEvent(harness.port, body, retry(body, 1))).status).toBe(200);
    await harness.fake.waitFor('chat.postMessage', 1);
    while (answersTo(ts).length === 0) await new Promise((r) => setTimeout(r, 20));
    // A later retry of the answered event is acknowledged and not answered again.
    expect((await postEvent(harness.port, body, retry(body, 2))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(answersTo(ts)).toHaveLength(1);
    expect(answersTo(ts)[0]!.metadata!.event_payload.answer_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('acknowledges a burst while an answer is stuck in posting (acknowledgements never wait for answers)', async () => {
    // Slack takes the answers' posts but keeps the replies back: the poster is stuck on one.
    harness.fake.holdResponse = (args) => args.channel === 'C0EXCHANGE';
    try {
      const first = appMention('Which partners accept IELTS 6.0?');
      expect((await postEvent(harness.port, first.body)).status).toBe(200);
      while (harness.fake.held() === 0) await new Promise((r) => setTimeout(r, 20));
      const burst = Array.from({ length: 12 }, (_, i) =>
        appMention(`How do I apply for an exchange? (${i})`),
      );
      const acks = await Promise.all(burst.map(({ body }) => postEvent(harness.port, body)));
      expect(acks.map((ack) => ack.status)).toEqual(burst.map(() => 200));
      expect(harness.fake.held()).toBe(1);
      harness.fake.holdResponse = null;
      harness.fake.release();
      const all = [first, ...burst];
      const deadline = Date.now() + 60_000;
      while (all.some(({ ts }) => answersTo(ts).length === 0) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(all.map(({ ts }) => answersTo(ts).length)).toEqual(all.map(() => 1));
    } finally {
      harness.fake.holdResponse = null;
      harness.fake.release();
    }
  });

  it('a post Slack accepted whose reply was lost is found by its metadata, not posted again', async () => {
    const { body, ts } = appMention('Which partners are in Germany?');
    harness.fake.holdResponse = (args) => args.thread_ts === ts;
    try {
      expect((await postEvent(harness.port, body)).status).toBe(200);
      while (harness.fake.held() === 0) await new Promise((r) => setTimeout(r, 20));
      harness.fake.holdResponse = null;
      const lookedBefore = harness.fake.callsTo('conversations.replies').length;
      harness.fake.drop();
      // The outbox tries again (after its backoff), reads the thread back and finds the answer.
      const deadline = Date.now() + 30_000;
      while (
        harness.fake.callsTo('conversations.replies').length === lookedBefore &&
        Date.now() < deadline
      )
        await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 500));
      expect(harness.fake.callsTo('conversations.replies').length).toBeGreaterThan(lookedBefore);
      expect(answersTo(ts)).toHaveLength(1);
      expect(
        harness.fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === ts),
      ).toHaveLength(1);
    } finally {
      harness.fake.holdResponse = null;
    }
  });
});
