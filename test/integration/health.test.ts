/**
 * /healthz, /readyz and /metrics in process: the real runtime and PGlite store behind the ops
 * routes on a 127.0.0.1 port; readiness in words when the store is gone; counters that move.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOps, type Ops } from '../../src/app/ops.ts';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import type { Runtime } from '../../src/app/runtime.ts';
import { conversation, freshRuntime, testConfig } from '../helpers/runtime.ts';
import { freePort } from '../helpers/slack-requests.ts';

let ops: Ops;
let base: string;
let runtime: Runtime;
let store: SqlCaseStore;
let slackUp = true;

beforeAll(async () => {
  const port = await freePort();
  // Socket Mode settings: the routes get a server of their own on PORT.
  ops = createOps(
    testConfig({
      PORT: String(port),
      HOST: '127.0.0.1',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
    }),
  );
  base = await ops.start();
  store = await SqlCaseStore.open(await openPgliteClient(null));
  runtime = await freshRuntime({ caseStore: store, storeMode: 'durable', metrics: ops.metrics });
}, 60_000);

afterAll(async () => {
  await ops?.close();
});

const get = async (path: string) => {
  const response = await fetch(`${base}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  };
};
/** The value of one series in the exposition text (0 when absent). */
const series = (text: string, name: string, labels: string) => {
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && labels.split(',').every((label) => l.includes(label)));
  return line ? Number(line.split(' ').at(-1)) : 0;
};

describe('health and readiness', () => {
  it('/healthz answers while the knowledge is still loading; /readyz says what is not ready yet, in words', async () => {
    expect(await get('/healthz')).toMatchObject({ status: 200, body: 'ok\n' });
    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.type).toMatch(/^text\/plain/);
    expect(ready.body).toContain('The knowledge and search index are still loading.');
    expect(ready.body).toContain('The case store is not open yet.');
  });

  it('is ready once knowledge, index, store and every channel are', async () => {
    ops.runtimeLoaded(runtime, store);
    ops.channel('slack', () =>
      slackUp ? null : 'Slack Socket Mode is not connected (it is reconnecting to Slack).',
    );
    const ready = await get('/readyz');
    expect(ready).toMatchObject({ status: 200, body: 'ready: process, knowledge, store, slack\n' });
    slackUp = false;
    expect((await get('/readyz')).body).toBe(
      'not ready:\n- Slack Socket Mode is not connected (it is reconnecting to Slack).\n',
    );
    slackUp = true;
  });

  it('answers unknown paths with 404 and where to look', async () => {
    expect(await get('/nope')).toMatchObject({
      status: 404,
      body: expect.stringContaining('/readyz'),
    });
  });
});

describe('metrics', () => {
  it('/metrics is Prometheus text whose counters move with questions, handovers and deliveries', async () => {
    const before = (await get('/metrics')).body;
    expect((await get('/metrics')).type).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const text of [
      'Which partners accept TOEIC 450?',
      'TOEIC450点で応募できる協定校は？',
      'I want to talk to a person',
    ])
      await runtime.assistant.ask({
        text,
        conversation: `slack:C0TEST:${conversation().replace(/\D/g, '')}.1`,
      });
    const after = (await get('/metrics')).body;
    expect(
      series(after, 'desk_questions_total', 'route="partners",lang="en",channel="slack"') -
        series(before, 'desk_questions_total', 'route="partners",lang="en",channel="slack"'),
    ).toBe(1);
    expect(
      series(after, 'desk_questions_total', 'route="partners",lang="ja"') -
        series(before, 'desk_questions_total', 'route="partners",lang="ja"'),
    ).toBe(1);
    expect(
      series(after, 'desk_handovers_total', 'reason="wants_person"') -
        series(before, 'desk_handovers_total', 'reason="wants_person"'),
    ).toBe(1);
    const count = (text: string) =>
      text
        .split('\n')
        .filter((l) => l.startsWith('desk_answer_latency_seconds_count'))
        .reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
    expect(count(after) - count(before)).toBe(3);
    // The handover left a staff notification in the outbox.
    expect(Number(/^desk_outbox_depth (\S+)$/m.exec(after)?.[1])).toBeGreaterThanOrEqual(1);
    ops.metrics.deliveryFailed('notify_staff');
    ops.metrics.channelReconnect('slack');
    const last = (await get('/metrics')).body;
    expect(series(last, 'desk_outbox_delivery_failures_total', 'kind="notify_staff"')).toBe(1);
    expect(series(last, 'desk_channel_reconnects_total', 'channel="slack"')).toBe(1);
    expect(last).toMatch(/^desk_process_resident_memory_bytes /m);
  });
});

describe('readiness when the store is down', () => {
  it('answers 503 with a sentence naming the store and why', async () => {
    await store.close();
    const ready = await get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatch(/^not ready:\n- The case store is not reachable \(.+\)\.\n$/);
    expect(ready.body).not.toMatch(/knowledge|slack/i);
  });
});

describe('where prom-client may be imported', () => {
  it('only in src/app and src/adapters: the core reaches metrics through the Metrics port', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const importers = files.filter((f) =>
      /from 'prom-client'/.test(readFileSync(`src/${f}`, 'utf8')),
    );
    expect(importers).toEqual(['app/metrics.ts']);
    expect(
      files.filter((f) => /domain\/metrics\.ts'/.test(readFileSync(`src/${f}`, 'utf8'))),
    ).toEqual(expect.arrayContaining(['assistant/assistant.ts', 'staff/delivery-worker.ts']));
  });
});
