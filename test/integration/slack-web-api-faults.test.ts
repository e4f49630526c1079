/**
 * The Slack Web API failing for 20 s under traffic, once with HTTP 500s and once with
 * connections that hang: afterwards every acknowledged question has exactly one answer (or
 * case number), nothing is posted twice, and `desk serve` is still up. This relies on answers
 * going out through the outbox with retries (issue 15); the counts are printed either way.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.ts';
import {
  deliver,
  question,
  startServe,
  tally,
  waitForAnswers,
  type Question,
  type Served,
} from '../helpers/fault-traffic.ts';

const FAULT_MS = 20_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let fake: FakeSlack | null = null;
let served: Served | null = null;

afterEach(async () => {
  await served?.stop();
  await fake?.close();
  served = null;
  fake = null;
});

describe.each(['error', 'hang'] as const)('the Web API %s for 20 s', (mode) => {
  it('every acknowledged question is answered exactly once; the process stays up', async () => {
    fake = await startFakeSlack();
    served = await startServe(
      { DATA_DIR: mkdtempSync(join(tmpdir(), `desk-webapi-${mode}-`)) },
      fake.apiUrl,
    );
    const questions: Question[] = [];
    const deliveries: Promise<void>[] = [];
    for (let i = 0; i < 24; i++) {
      // The outage starts after the fourth question and covers the next twenty seconds.
      if (i === 4) fake.fault = { mode, until: Date.now() + FAULT_MS };
      const q = question(
        i % 6 === 5 ? `I want to talk to a person (${i})` : 'Which partners accept TOEIC 450?',
      );
      questions.push(q);
      deliveries.push(deliver(served.port, q, { retryMs: 2000, attempts: 10 }));
      await sleep(FAULT_MS / 20);
    }
    await Promise.all(deliveries);
    await waitForAnswers(fake, questions, 90_000);
    const counts = tally(fake, questions);
    const refused = fake.calls.filter((c) => /:(500|hang)$/.test(c.method)).length;
    console.log(
      `slack-web-api-${mode} (20 s): ${JSON.stringify({ ...counts, webApiCallsRefused: refused })}`,
    );
    expect(served.exitCode()).toBe('running');
    expect(refused).toBeGreaterThan(0);
    expect(counts).toMatchObject({
      sent: 24,
      acknowledged: 24,
      answeredOnce: 24,
      answeredTwice: 0,
      lost: 0,
    });
  }, 240_000);
});
