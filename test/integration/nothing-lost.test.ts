/**
 * Nothing lost (issue 15), whole-process: `desk serve` (Slack over HTTP, the embedded store)
 * runs as a child process against the fake Slack and is SIGKILLed at each fault point, five
 * times each: after acknowledging, while answering, while posting, after Slack accepted a post
 * whose reply never reached the bot, and during case-card delivery. Each kill is found without
 * sleeping: the process pauses at a named point (DESK_TEST_PAUSE_AT) and says so, or the fake
 * holds a post's response. After each restart Slack's retries come (X-Slack-Retry-Num). In
 * the end every acknowledged message has exactly one answer, every case exactly one card.
 * One data directory serves every run (initialising the embedded store once).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.ts';
import { fixture, freePort, sign, SIGNING_SECRET } from '../helpers/slack-requests.ts';

const STAFF = 'C0STAFF';
const STUDENTS = 'C0EXCHANGE';
const RUNS_PER_FAULT = 5;
const QUESTIONS = [
  'Which partners accept TOEIC 450?',
  'I want to talk to a person about my application',
  'When is the application deadline for exchange?',
];

type Fault = 'after-ack' | 'while-answering' | 'while-posting' | 'post-accepted' | 'card';
const FAULTS: Fault[] = ['after-ack', 'while-answering', 'while-posting', 'post-accepted', 'card'];
const PAUSE: Partial<Record<Fault, string>> = {
  'after-ack': 'inbox:acked',
  'while-answering': 'inbox:answered',
  'while-posting': 'posting:student_answer',
};

interface Sent {
  fault: Fault;
  ts: string;
  body: string;
  acked: boolean;
}

let tsCounter = 1763990000;
function mention(text: string): { ts: string; body: string } {
  const ts = `${++tsCounter}.000200`;
  const body = JSON.parse(fixture('app_mention.json'));
  body.event.text = `<@U0BOT> ${text}`;
  body.event.ts = ts;
  body.event.event_ts = ts;
  body.event.client_msg_id = `msg-${ts}`;
  body.event_id = `Ev${ts.replace('.', '')}`;
  return { ts, body: JSON.stringify(body) };
}

/** Posts an event as Slack does; `acked` is true for a 200 (a dead process gives none). */
async function deliver(port: number, body: string, retry: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...sign(body),
        ...(retry > 0
          ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'timeout' }
          : {}),
      },
      body,
      signal: AbortSignal.timeout(10_000),
    });
    await response.text();
    return response.status === 200;
  } catch {
    return false;
  }
}

async function until(test: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('nothing lost: desk serve killed at each fault point, then restarted', () => {
  let fake: FakeSlack;
  let port: number;
  let dataDir: string;
  let child: ChildProcess | null = null;
  let stderr = '';

  beforeAll(async () => {
    fake = await startFakeSlack();
    port = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'desk-nothing-lost-'));
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await fake.close();
  });

  const start = async (pauseAt: string | null) => {
    stderr = '';
    const spawned = spawn('node', ['bin/desk.js', 'serve'], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        PORT: String(port),
        SLACK_BOT_TOKEN: 'xoxb-nothing-lost',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_APP_TOKEN: '',
        SLACK_STAFF_CHANNEL: STAFF,
        SLACK_API_URL: fake.apiUrl,
        STAFF_WEBHOOK_URL: '',
        DISCORD_TOKEN: '',
        LOG_LEVEL: 'warn',
        DESK_TEST_PAUSE_AT: pauseAt ?? '',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    spawned.stderr!.on('data', (chunk) => (stderr += chunk));
    child = spawned;
    await until(() => /Slack: HTTP events/.test(stderr), 'desk serve to start', 120_000);
    return spawned;
  };

  const kill = async (server: ChildProcess) => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  };

  it(`every acknowledged message ends in exactly one answer or case number, ${RUNS_PER_FAULT} kills at each point`, async () => {
    const sent: Sent[] = [];
    let previous: Sent[] = [];
    for (let round = 0; round < RUNS_PER_FAULT; round++) {
      for (const fault of FAULTS) {
        const cardsBefore = fake.messages.filter((m) => m.channel === STAFF).length;
        const answersBefore = fake.messages.filter((m) => m.channel === STUDENTS).length;
        fake.holdResponse =
          fault === 'post-accepted'
            ? (args) => args.channel === STUDENTS && fake.held() === 0
            : fault === 'card'
              ? (args) => args.channel === STAFF && fake.held() === 0
              : null;
        const server = await start(PAUSE[fault] ?? null);
        // Slack retries what the killed process left (its acknowledgement may never have come).
        for (const message of previous) await deliver(port, message.body, 1);
        const run = QUESTIONS.map((text) => ({ fault, ...mention(text), acked: false }));
        sent.push(...run);
        await Promise.all(
          run.map(async (message) => (message.acked = await deliver(port, message.body, 0))),
        );
        const paused = PAUSE[fault];
        if (paused) await until(() => stderr.includes(`paused at ${paused}`), `pause at ${paused}`);
        else if (fault === 'post-accepted')
          await until(
            () =>
              fake.held() === 1 ||
              fake.messages.filter((m) => m.channel === STUDENTS).length > answersBefore + 5,
            'a held answer post',
          );
        else
          await until(
            () =>
              fake.held() === 1 ||
              fake.messages.filter((m) => m.channel === STAFF).length > cardsBefore + 1,
            'a held card post',
          );
        await kill(server);
        fake.holdResponse = null;
        previous = run;
      }
    }
    // A last, undisturbed run: Slack's retries, the inbox's recovery and the outbox finish the rest.
    const last = await start(null);
    for (const message of previous) await deliver(port, message.body, 1);
    const answersTo = (ts: string) =>
      fake.messages.filter(
        (m) =>
          m.channel === STUDENTS &&
          m.thread_ts === ts &&
          m.metadata?.event_type === 'exchange_desk_answer',
      );
    await until(
      () => sent.every((message) => answersTo(message.ts).length > 0),
      'every message answered',
      90_000,
    );
    const caseIds = () =>
      sent.flatMap((message) =>
        answersTo(message.ts).flatMap((answer) => [
          ...new Set(answer.text.match(/EX-\d{4}/g) ?? []),
        ]),
      );
    const cards = () => fake.messages.filter((m) => m.channel === STAFF);
    await until(
      () => new Set(caseIds()).size > 0 && new Set(caseIds()).size <= cards().length,
      'a card for every case',
    );
    // Anything still in flight (a repeat that should not come) has time to show.
    await new Promise((r) => setTimeout(r, 1500));
    await kill(last);
    child = null;

    const counts = Object.fromEntries(
      FAULTS.map((fault) => {
        const mine = sent.filter((message) => message.fault === fault);
        const answered = mine.map((message) => answersTo(message.ts).length);
        return [
          fault,
          {
            sent: mine.length,
            acknowledged: mine.filter((message) => message.acked).length,
            answeredOnce: answered.filter((n) => n === 1).length,
            answeredTwice: answered.filter((n) => n > 1).length,
            lost: mine.filter((message, i) => message.acked && answered[i] === 0).length,
          },
        ];
      }),
    );
    const cardsPerCase = new Map<string, number>();
    for (const card of cards()) {
      const caseId = String(
        card.metadata?.event_payload.case_id ?? card.text.match(/EX-\d{4}/)?.[0],
      );
      cardsPerCase.set(caseId, (cardsPerCase.get(caseId) ?? 0) + 1);
    }
    const report = {
      counts,
      cases: new Set(caseIds()).size,
      cards: cards().length,
      casesWithTwoCards: [...cardsPerCase.values()].filter((n) => n > 1).length,
    };
    writeFileSync(join(dataDir, 'nothing-lost-counts.json'), JSON.stringify(report, null, 2));
    console.log(`nothing lost: ${JSON.stringify(report, null, 2)}`);

    for (const fault of FAULTS) {
      expect(counts[fault], fault).toMatchObject({
        sent: RUNS_PER_FAULT * QUESTIONS.length,
        answeredTwice: 0,
        lost: 0,
      });
      expect(counts[fault]!.acknowledged, fault).toBeGreaterThan(0);
    }
    expect(sent.every((message) => answersTo(message.ts).length === 1)).toBe(true);
    // At least the handover questions opened cases; each case number was given to one message
    // only, and each case has exactly one card.
    expect(report.cases).toBeGreaterThanOrEqual(RUNS_PER_FAULT * FAULTS.length);
    expect(caseIds()).toHaveLength(report.cases);
    expect([...cardsPerCase.keys()].sort()).toEqual([...new Set(caseIds())].sort());
    expect(report.casesWithTwoCards).toBe(0);
  }, 900_000);
});
