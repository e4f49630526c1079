/**
 * The real Bolt app in Socket Mode against a local fake of Slack's WebSocket service and Web
 * API: no signing secret, no listening port. Envelopes are acknowledged, answered once whatever
 * Slack redelivers, survive a `disconnect` (refresh_requested) and a reconnection, and the
 * buttons work over the socket.
 */
import { describe, expect, it } from 'vitest';
import { startFakeSlack } from '../fakes/slack-api.ts';
import { startFakeSocketMode } from '../fakes/slack-socket-mode.ts';
import { fixture, freePort } from '../helpers/slack-requests.ts';
import { appMention } from '../helpers/slack-events.ts';
import { toldPrivately, useSlackHarness } from '../helpers/slack-harness.ts';

const harness = useSlackHarness({ socketMode: { pingMs: 500 } });

let counter = 0;
const answersIn = (threadTs: string) =>
  harness.fake
    .callsTo('chat.postMessage')
    .filter((c) => c.args.channel === 'C0EXCHANGE' && c.args.thread_ts === threadTs);
async function waitForAnswers(threadTs: string, count: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (answersIn(threadTs).length < count && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  return answersIn(threadTs);
}
/** An interactive envelope payload: a button pressed on `messageTs` (in thread `threadTs`). */
function buttonPayload(
  actionId: string,
  value: string,
  options: { user?: string; channel?: string; messageTs: string; threadTs?: string },
) {
  const envelope = fixture('socket_interactive.json', {
    ACTION_ID: actionId,
    VALUE: value,
    MESSAGE_TS: options.messageTs,
    THREAD_TS: options.threadTs ?? options.messageTs,
    RESPONSE_URL: harness.fake.responseUrl(`button-${++counter}`),
    U0STUDENT: options.user ?? 'U0STUDENT',
    C0EXCHANGE: options.channel ?? 'C0EXCHANGE',
  });
  return JSON.parse(envelope).payload as Record<string, unknown>;
}

describe('Slack Socket Mode', () => {
  it('connected with the app-level token through apps.connections.open and a one-use ticket', () => {
    expect(harness.socket.opens).toBe(1);
    expect(harness.socket.connections).toBe(1);
    expect(harness.socket.refused).toBe(0);
    expect(harness.fake.callsTo('apps.connections.open')).toHaveLength(1);
  });

  it('a mention is acknowledged at once and answered once, in its thread', async () => {
    const { payload, ts } = appMention('Which partners accept TOEIC 450?');
    const sentAt = Date.now();
    const id = harness.socket.send('events_api', payload);
    const ack = await harness.socket.ackFor(id);
    expect(ack.at - sentAt).toBeLessThan(1000);
    const [answer] = await waitForAnswers(ts, 1);
    expect(String(answer!.args.text)).toMatch(/Ho Chi Minh City University of Education/);
    await new Promise((r) => setTimeout(r, 500));
    expect(answersIn(ts)).toHaveLength(1);
  });

  it('the same envelope delivered twice (and the event again in a new envelope) is answered once', async () => {
    const { payload, ts } = appMention('How much is the exchange scholarship?');
    const id = harness.socket.send('events_api', payload);
    await harness.socket.ackFor(id);
    harness.socket.redeliver(id);
    const again = harness.socket.send('events_api', structuredClone(payload));
    await harness.socket.ackFor(again);
    await waitForAnswers(ts, 1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(harness.socket.acks.filter((a) => a.envelope_id === id).length).toBe(2);
    expect(answersIn(ts)).toHaveLength(1);
  });

  it(`after disconnect (refresh_requested) the app reconnects through a fresh \
apps.connections.open and no event is lost`, async () => {
    const before = { opens: harness.socket.opens, connections: harness.socket.connections };
    const { payload: first, ts: firstTs } = appMention('What does Lund require?');
    const { payload: during, ts: duringTs } = appMention('留学生支援室の窓口時間は？');
    harness.socket.send('events_api', first);
    harness.socket.disconnect('refresh_requested');
    // Sent while the old socket closes: acknowledged there or redelivered on the new one.
    const duringId = harness.socket.send('events_api', during);
    await harness.socket.waitForConnections(before.connections + 1, 30_000);
    expect(harness.socket.opens).toBe(before.opens + 1);
    const ack = await harness.socket.ackFor(duringId, 15_000);
    expect(ack.connection).toBeGreaterThanOrEqual(before.connections);
    const { payload: after, ts: afterTs } = appMention('Which partners accept TOEIC 450?');
    const afterId = harness.socket.send('events_api', after);
    expect((await harness.socket.ackFor(afterId)).connection).toBe(before.connections + 1);
    for (const ts of [firstTs, duringTs, afterTs])
      expect(await waitForAnswers(ts, 1)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 500));
    for (const ts of [firstTs, duringTs, afterTs]) expect(answersIn(ts)).toHaveLength(1);
  }, 60_000);

  it(`a cut connection (no goodbye) is reopened and the unacknowledged envelope comes again, \
answered once`, async () => {
    const before = harness.socket.connections;
    harness.socket.terminate();
    const { payload, ts } = appMention('Which partners in Europe accept TOEIC 450?');
    const id = harness.socket.send('events_api', payload);
    await harness.socket.waitForConnections(before + 1, 30_000);
    await harness.socket.ackFor(id, 15_000);
    expect(await waitForAnswers(ts, 1)).toHaveLength(1);
  }, 60_000);

  it(`Helpful and Talk to staff work over the socket; staff Claim and Resolve the case card, \
outsiders cannot`, async () => {
    const { payload, ts } = appMention('Which partners accept TOEIC 450?');
    harness.socket.send('events_api', payload);
    const [answer] = await waitForAnswers(ts, 1);
    const answerTs = `${ts.slice(0, -3)}500`;
    const buttons = (
      answer!.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).find((b) => b.type === 'actions')!.elements!;
    const answerId = buttons.find((b) => b.action_id === 'feedback_helpful')!.value;

    const ephemeralsBefore = harness.fake.callsTo('chat.postEphemeral').length;
    const helpful = harness.socket.send(
      'interactive',
      buttonPayload('feedback_helpful', answerId, { messageTs: answerTs, threadTs: ts }),
    );
    await harness.socket.ackFor(helpful);
    await harness.fake.waitFor('chat.postEphemeral', ephemeralsBefore + 1);
    const thanks = harness.fake.callsTo('chat.postEphemeral').at(-1)!;
    expect(thanks.args).toMatchObject({
      channel: 'C0EXCHANGE',
      user: 'U0STUDENT',
      thread_ts: ts,
      text: 'Thanks for the feedback.',
    });

    const talk = harness.socket.send(
      'interactive',
      buttonPayload('talk_to_staff', answerId, { messageTs: answerTs, threadTs: ts }),
    );
    await harness.socket.ackFor(talk);
    const [, handover] = await waitForAnswers(ts, 2);
    const caseId = /case (EX-\d{4})/.exec(String(handover!.args.text))?.[1];
    expect(caseId).toMatch(/^EX-\d{4}$/);

    await harness.worker.runOnce();
    const cardTs = (await harness.store.findCaseCard(caseId!, 'slack'))!.messageId;
    const outsider = harness.socket.send(
      'interactive',
      buttonPayload('case_claim', caseId!, {
        user: 'U0OUTSIDER',
        channel: 'C0STAFF',
        messageTs: cardTs,
      }),
    );
    await harness.socket.ackFor(outsider);
    const refusal = () =>
      toldPrivately(harness.fake, 'U0OUTSIDER', /Only members of the staff channel/);
    for (const deadline = Date.now() + 10_000; !refusal() && Date.now() < deadline;)
      await new Promise((r) => setTimeout(r, 20));
    expect(refusal()).toBe(true);
    expect((await harness.store.getCase(caseId!))!.status).toBe('open');

    for (const [action, status] of [
      ['case_claim', 'claimed'],
      ['case_resolve', 'resolved'],
    ] as const) {
      const id = harness.socket.send(
        'interactive',
        buttonPayload(action, caseId!, { user: 'U0STAFF', channel: 'C0STAFF', messageTs: cardTs }),
      );
      await harness.socket.ackFor(id);
      const deadline = Date.now() + 5000;
      while ((await harness.store.getCase(caseId!))!.status !== status && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect((await harness.store.getCase(caseId!))!.status).toBe(status);
    }
    await harness.worker.runOnce();
    expect(
      harness.fake
        .callsTo('chat.update')
        .some((c) => c.args.ts === cardTs && JSON.stringify(c.args.blocks).includes('resolved')),
    ).toBe(true);
  }, 60_000);
});

describe('desk serve in Socket Mode', () => {
  it(`answers a mention with only SLACK_APP_TOKEN + SLACK_BOT_TOKEN (+ the fake’s SLACK_API_URL): \
no signing secret, no port`, async () => {
    const { spawn } = await import('node:child_process');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const ownApi = await startFakeSlack();
    const ownSocket = await startFakeSocketMode(ownApi);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-socket-')),
      SLACK_BOT_TOKEN: 'xoxb-serve',
      SLACK_APP_TOKEN: 'xapp-1-serve',
      SLACK_API_URL: ownApi.apiUrl,
      LOG_LEVEL: 'silent',
      PORT: String(await freePort()),
      HOST: '127.0.0.1',
    };
    const child = spawn('node', ['bin/desk.js', 'serve'], { env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    try {
      await ownSocket.waitForConnections(1, 60_000);
      const { payload, ts } = appMention('Which partners accept TOEIC 450?');
      const id = ownSocket.send('events_api', payload);
      await ownSocket.ackFor(id, 10_000);
      const posts = await ownApi.waitFor('chat.postMessage', 1, 20_000);
      expect(posts[0]!.args).toMatchObject({ channel: 'C0EXCHANGE', thread_ts: ts });
      expect(String(posts[0]!.args.text)).toMatch(/Ho Chi Minh City University of Education/);
      expect(stderr).toMatch(/Slack: Socket Mode/);
    } finally {
      child.kill('SIGTERM');
      const code = await new Promise((resolve) => child.on('exit', resolve));
      await ownSocket.close();
      await ownApi.close();
      expect(code).toBe(0);
    }
  }, 90_000);
});

describe('Slack /ask over the socket', () => {
  it('a slash_commands envelope is acknowledged with an empty payload at once, then answered privately', async () => {
    const id = `sock-ask-${++counter}`;
    const payload = JSON.parse(
      fixture('socket_slash_commands.json', { RESPONSE_URL: harness.fake.responseUrl(id) }),
    ).payload;
    payload.trigger_id = `${counter}.3333.socket`;
    const sentAt = Date.now();
    const envelope = harness.socket.send('slash_commands', payload);
    const ack = await harness.socket.ackFor(envelope);
    expect(ack.at - sentAt).toBeLessThan(1000);
    expect(ack.payload ?? {}).toEqual({});
    harness.socket.redeliver(envelope); // delivered twice: answered once
    const deadline = Date.now() + 15_000;
    const replies = () =>
      harness.fake.callsTo('response_url').filter((c) => c.args._path === `/response/${id}`);
    while (replies().length < 1 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 800));
    expect(replies()).toHaveLength(1);
    expect(replies()[0]!.args).toMatchObject({ response_type: 'ephemeral' });
    expect(String(replies()[0]!.args.text)).toMatch(/Ho Chi Minh City University of Education/);
  });
});
