/**
 * The real Bolt app in Socket Mode against a local fake of Slack's WebSocket service and Web
 * API: no signing secret, no listening port. Envelopes are acknowledged, answered once whatever
 * Slack redelivers, survive a `disconnect` (refresh_requested) and a reconnection, and the
 * buttons work over the socket.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackChannel, type SlackChannel } from '../../src/adapters/slack/slack-channel.ts';
import { silentLogger } from '../../src/domain/ports.ts';
import { DeliveryWorker } from '../../src/staff/delivery-worker.ts';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.ts';
import { startFakeSocketMode, type FakeSocketMode } from '../fakes/slack-socket-mode.ts';
import { fixture, freePort } from '../helpers/slack-requests.ts';
import { freshRuntime } from '../helpers/runtime.ts';

let api: FakeSlack;
let socket: FakeSocketMode;
let store: SqlCaseStore;
let slack: SlackChannel;
let worker: DeliveryWorker;

beforeAll(async () => {
  api = await startFakeSlack();
  socket = await startFakeSocketMode(api, { pingMs: 500 });
  store = await SqlCaseStore.open(await openPgliteClient(null));
  const runtime = await freshRuntime({ caseStore: store, storeMode: 'durable' });
  slack = createSlackChannel(
    {
      botToken: 'xoxb-test',
      signingSecret: null,
      appToken: 'xapp-1-A0EXDESK-test',
      staffChannel: 'C0STAFF',
      apiUrl: api.apiUrl,
      port: 9,
    },
    { assistant: runtime.assistant, store, logger: silentLogger },
  );
  await slack.start();
  worker = new DeliveryWorker(store, {
    staff: slack.notifier,
    channels: [slack.notifier],
    logger: silentLogger,
  });
}, 60_000);

afterAll(async () => {
  await slack?.stop();
  await socket?.close();
  await store?.close();
  await api?.close();
});

let counter = 0;
/** An app_mention event_callback (the HTTP fixture's payload) with a fresh ts and event id. */
function mentionPayload(text: string) {
  const ts = `17639${String(++counter).padStart(5, '0')}.000200`;
  const body = JSON.parse(fixture('app_mention.json'));
  Object.assign(body.event, { text: `<@U0BOT> ${text}`, ts, event_ts: ts });
  body.event_id = `Ev0SOCK${counter}`;
  return { payload: body as Record<string, unknown>, ts };
}
const answersIn = (threadTs: string) =>
  api
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
    RESPONSE_URL: api.responseUrl(`button-${++counter}`),
    U0STUDENT: options.user ?? 'U0STUDENT',
    C0EXCHANGE: options.channel ?? 'C0EXCHANGE',
  });
  return JSON.parse(envelope).payload as Record<string, unknown>;
}

describe('Slack Socket Mode', () => {
  it('connected with the app-level token through apps.connections.open and a one-use ticket', () => {
    expect(socket.opens).toBe(1);
    expect(socket.connections).toBe(1);
    expect(socket.refused).toBe(0);
    expect(api.callsTo('apps.connections.open')).toHaveLength(1);
  });

  it('a mention is acknowledged at once and answered once, in its thread', async () => {
    const { payload, ts } = mentionPayload('Which partners accept TOEIC 450?');
    const sentAt = Date.now();
    const id = socket.send('events_api', payload);
    const ack = await socket.ackFor(id);
    expect(ack.at - sentAt).toBeLessThan(1000);
    const [answer] = await waitForAnswers(ts, 1);
    expect(String(answer!.args.text)).toMatch(/Ho Chi Minh City University of Education/);
    await new Promise((r) => setTimeout(r, 500));
    expect(answersIn(ts)).toHaveLength(1);
  });

  it('the same envelope delivered twice (and the event again in a new envelope) is answered once', async () => {
    const { payload, ts } = mentionPayload('How much is the exchange scholarship?');
    const id = socket.send('events_api', payload);
    await socket.ackFor(id);
    socket.redeliver(id);
    const again = socket.send('events_api', structuredClone(payload));
    await socket.ackFor(again);
    await waitForAnswers(ts, 1);
    await new Promise((r) => setTimeout(r, 1000));
    expect(socket.acks.filter((a) => a.envelope_id === id).length).toBe(2);
    expect(answersIn(ts)).toHaveLength(1);
  });

  it('after disconnect (refresh_requested) the app reconnects through a fresh apps.connections.open and no event is lost', async () => {
    const before = { opens: socket.opens, connections: socket.connections };
    const { payload: first, ts: firstTs } = mentionPayload('What does Lund require?');
    const { payload: during, ts: duringTs } = mentionPayload('留学生支援室の窓口時間は？');
    socket.send('events_api', first);
    socket.disconnect('refresh_requested');
    // Sent while the old socket closes: acknowledged there or redelivered on the new one.
    const duringId = socket.send('events_api', during);
    await socket.waitForConnections(before.connections + 1, 30_000);
    expect(socket.opens).toBe(before.opens + 1);
    const ack = await socket.ackFor(duringId, 15_000);
    expect(ack.connection).toBeGreaterThanOrEqual(before.connections);
    const { payload: after, ts: afterTs } = mentionPayload('Which partners accept TOEIC 450?');
    const afterId = socket.send('events_api', after);
    expect((await socket.ackFor(afterId)).connection).toBe(before.connections + 1);
    for (const ts of [firstTs, duringTs, afterTs])
      expect(await waitForAnswers(ts, 1)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 500));
    for (const ts of [firstTs, duringTs, afterTs]) expect(answersIn(ts)).toHaveLength(1);
  }, 60_000);

  it('a cut connection (no goodbye) is reopened and the unacknowledged envelope comes again, answered once', async () => {
    const before = socket.connections;
    socket.terminate();
    const { payload, ts } = mentionPayload('Which partners in Europe accept TOEIC 450?');
    const id = socket.send('events_api', payload);
    await socket.waitForConnections(before + 1, 30_000);
    await socket.ackFor(id, 15_000);
    expect(await waitForAnswers(ts, 1)).toHaveLength(1);
  }, 60_000);

  it('Helpful and Talk to staff work over the socket; staff Claim and Resolve the case card, outsiders cannot', async () => {
    const { payload, ts } = mentionPayload('Which partners accept TOEIC 450?');
    socket.send('events_api', payload);
    const [answer] = await waitForAnswers(ts, 1);
    const answerTs = `${ts.slice(0, -3)}500`;
    const buttons = (
      answer!.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).find((b) => b.type === 'actions')!.elements!;
    const answerId = buttons.find((b) => b.action_id === 'feedback_helpful')!.value;

    const ephemeralsBefore = api.callsTo('chat.postEphemeral').length;
    const helpful = socket.send(
      'interactive',
      buttonPayload('feedback_helpful', answerId, { messageTs: answerTs, threadTs: ts }),
    );
    await socket.ackFor(helpful);
    await api.waitFor('chat.postEphemeral', ephemeralsBefore + 1);
    const thanks = api.callsTo('chat.postEphemeral').at(-1)!;
    expect(thanks.args).toMatchObject({
      channel: 'C0EXCHANGE',
      user: 'U0STUDENT',
      thread_ts: ts,
      text: 'Thanks for the feedback.',
    });

    const talk = socket.send(
      'interactive',
      buttonPayload('talk_to_staff', answerId, { messageTs: answerTs, threadTs: ts }),
    );
    await socket.ackFor(talk);
    const [, handover] = await waitForAnswers(ts, 2);
    const caseId = /case (EX-\d{4})/.exec(String(handover!.args.text))?.[1];
    expect(caseId).toMatch(/^EX-\d{4}$/);

    await worker.runOnce();
    const cardTs = (await store.findCaseCard(caseId!, 'slack'))!.messageId;
    const outsider = socket.send(
      'interactive',
      buttonPayload('case_claim', caseId!, {
        user: 'U0OUTSIDER',
        channel: 'C0STAFF',
        messageTs: cardTs,
      }),
    );
    await socket.ackFor(outsider);
    const refusal = () =>
      api
        .callsTo('chat.postEphemeral')
        .some(
          (c) =>
            c.args.user === 'U0OUTSIDER' &&
            /Only members of the staff channel/.test(String(c.args.text)),
        );
    for (const deadline = Date.now() + 10_000; !refusal() && Date.now() < deadline;)
      await new Promise((r) => setTimeout(r, 20));
    expect(
      api
        .callsTo('chat.postEphemeral')
        .some(
          (c) =>
            c.args.user === 'U0OUTSIDER' &&
            /Only members of the staff channel/.test(String(c.args.text)),
        ),
    ).toBe(true);
    expect((await store.getCase(caseId!))!.status).toBe('open');

    for (const [action, status] of [
      ['case_claim', 'claimed'],
      ['case_resolve', 'resolved'],
    ] as const) {
      const id = socket.send(
        'interactive',
        buttonPayload(action, caseId!, { user: 'U0STAFF', channel: 'C0STAFF', messageTs: cardTs }),
      );
      await socket.ackFor(id);
      const deadline = Date.now() + 5000;
      while ((await store.getCase(caseId!))!.status !== status && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect((await store.getCase(caseId!))!.status).toBe(status);
    }
    await worker.runOnce();
    expect(
      api
        .callsTo('chat.update')
        .some((c) => c.args.ts === cardTs && JSON.stringify(c.args.blocks).includes('resolved')),
    ).toBe(true);
  }, 60_000);
});

describe('desk serve in Socket Mode', () => {
  it('answers a mention with only SLACK_APP_TOKEN + SLACK_BOT_TOKEN (+ the fake’s SLACK_API_URL): no signing secret, no port', async () => {
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
      const { payload, ts } = mentionPayload('Which partners accept TOEIC 450?');
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
      fixture('socket_slash_commands.json', { RESPONSE_URL: api.responseUrl(id) }),
    ).payload;
    payload.trigger_id = `${counter}.3333.socket`;
    const sentAt = Date.now();
    const envelope = socket.send('slash_commands', payload);
    const ack = await socket.ackFor(envelope);
    expect(ack.at - sentAt).toBeLessThan(1000);
    expect(ack.payload ?? {}).toEqual({});
    socket.redeliver(envelope); // delivered twice: answered once
    const deadline = Date.now() + 15_000;
    const replies = () =>
      api.callsTo('response_url').filter((c) => c.args._path === `/response/${id}`);
    while (replies().length < 1 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 800));
    expect(replies()).toHaveLength(1);
    expect(replies()[0]!.args).toMatchObject({ response_type: 'ephemeral' });
    expect(String(replies()[0]!.args.text)).toMatch(/Ho Chi Minh City University of Education/);
  });
});
