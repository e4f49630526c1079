/**
 * PostgreSQL stopped for 15 s under traffic: `desk serve` (a child process on a PostgreSQL
 * server of the test's own) stays up, says so on /readyz, refuses events while the store is
 * away (Slack retries them), and afterwards every acknowledged question has exactly one
 * answer, every case one notification job and one staff card.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.ts';
import {
  deliver,
  question,
  startServe,
  tally,
  waitForAnswers,
  answersTo,
  type Question,
  type Served,
} from '../helpers/fault-traffic.ts';
import { startOwnPostgres, type OwnPostgres } from '../helpers/postgres-server.ts';

let server: OwnPostgres | null = null;
let fake: FakeSlack;
let served: Served | null = null;

beforeAll(async () => {
  server = await startOwnPostgres();
  if (!server)
    console.warn(
      'postgres-outage: no PostgreSQL binaries under /usr/lib/postgresql, so the outage test is skipped (apt-get install postgresql).',
    );
  fake = await startFakeSlack();
}, 60_000);

afterAll(async () => {
  await served?.stop();
  await fake?.close();
  server?.destroy();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PostgreSQL stopped for 15 s under traffic', () => {
  it('keeps serving; nothing acknowledged is lost, nothing answered twice, nothing half-written', async (context) => {
    if (!server) return context.skip();
    served = await startServe(
      { DATABASE_URL: server.url, DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-outage-')) },
      fake.apiUrl,
    );
    const port = served.port;
    const questions: Question[] = [];
    const deliveries: Promise<void>[] = [];
    const readyDuringOutage: { status: number; text: string }[] = [];
    const started = Date.now();
    let outage: Promise<void> = Promise.resolve();
    for (let i = 0; i < 36; i++) {
      if (i === 6)
        outage = (async () => {
          server!.stop();
          const stoppedAt = Date.now();
          await sleep(4000);
          // A process that died answers nothing: recorded as status 0.
          const ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
          readyDuringOutage.push({ status: ready?.status ?? 0, text: (await ready?.text()) ?? '' });
          await sleep(Math.max(0, 15_000 - (Date.now() - stoppedAt)));
          server!.start();
        })();
      const q = question(
        i % 6 === 5 ? `I want to talk to a person (${i})` : 'Which partners accept TOEIC 450?',
      );
      questions.push(q);
      // Slack resends an unacknowledged event; here every 2 s, for up to a minute.
      deliveries.push(deliver(port, q, { retryMs: 2000, attempts: 30 }));
      await sleep(500);
    }
    await outage;
    await Promise.all(deliveries);
    await waitForAnswers(fake, questions, 90_000);

    const counts = tally(fake, questions);
    const refused = questions.filter((q) => q.statuses.some((s) => s !== 200)).length;
    console.log(
      `postgres-outage (15 s, ${Math.round((Date.now() - started) / 1000)} s of traffic): ${JSON.stringify({ ...counts, refusedAtLeastOnce: refused })}`,
    );
    expect(served.exitCode()).toBe('running');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(readyDuringOutage[0]?.status).toBe(503);
    expect(readyDuringOutage[0]?.text).toMatch(/case store/i);
    expect(refused).toBeGreaterThan(0); // the outage was felt
    expect(counts).toMatchObject({
      sent: 36,
      acknowledged: 36,
      answeredTwice: 0,
      lost: 0,
      answeredOnce: 36,
    });

    // Every handover answer names its case; every case has one notification job and one card.
    const caseIds = questions
      .filter((q) => /talk to a person/.test(q.body))
      .map((q) => /case (EX-\d{4})/.exec(String(answersTo(fake, q.ts)[0]?.args.text))?.[1]);
    expect(caseIds.every(Boolean)).toBe(true);
    expect(new Set(caseIds).size).toBe(caseIds.length);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; jobs: string }>(
        `SELECT c.id, (SELECT count(*) FROM outbox o WHERE o.case_id = c.id AND o.kind = 'notify_staff') AS jobs FROM cases c`,
      );
      expect(rows.map((r) => r.id).sort()).toEqual([...caseIds].sort());
      expect(rows.every((r) => Number(r.jobs) === 1)).toBe(true);
    } finally {
      await client.end();
    }
    const deadline = Date.now() + 30_000;
    const cards = () =>
      fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0STAFF');
    while (cards().length < caseIds.length && Date.now() < deadline) await sleep(200);
    await sleep(1000);
    for (const id of caseIds)
      expect(cards().filter((c) => JSON.stringify(c.args).includes(id!))).toHaveLength(1);
    expect(served.stderr()).not.toMatch(/Unhandled 'error' event|at Pool\./);
  }, 300_000);
});
