/**
 * The test plays Slack for the fault tests: `desk serve` runs as a child process on the fake
 * Web API; questions are sent as signed events and, as Slack does, resent (with
 * `x-slack-retry-num`) until one is acknowledged with a 200. At the end every question is
 * tallied: acknowledged, answered once, answered twice or more, lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { FakeSlack } from '../fakes/slack-api.ts';
import { onSmallDisk } from './small-disk.ts';
import { fixture, freePort, postEvent, sign, SIGNING_SECRET } from './slack-requests.ts';

export interface Served {
  child: ChildProcess;
  port: number;
  stderr: () => string;
  exitCode: () => number | null | 'running';
  stop(): Promise<void>;
}

/** How many ports to try: a free port can be taken by another test's server before serve binds it. */
const PORT_ATTEMPTS = 3;

export async function startServe(
  env: Record<string, string>,
  apiUrl: string,
  options: { smallDisk?: { size: string } } = {},
): Promise<Served> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServeOnce(env, apiUrl, options);
    } catch (error) {
      if (attempt >= PORT_ATTEMPTS || !/EADDRINUSE/.test((error as Error).message)) throw error;
    }
  }
}

async function startServeOnce(
  env: Record<string, string>,
  apiUrl: string,
  options: { smallDisk?: { size: string } },
): Promise<Served> {
  const port = await freePort();
  const [command, args] = options.smallDisk
    ? onSmallDisk(env.DATA_DIR!, options.smallDisk.size, ['node', ['bin/desk.js', 'serve']])
    : ['node', ['bin/desk.js', 'serve']];
  const child = spawn(command as string, args as string[], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      SLACK_BOT_TOKEN: 'xoxb-fault-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_STAFF_CHANNEL: 'C0STAFF',
      SLACK_API_URL: apiUrl,
      DISCORD_TOKEN: '',
      DISCORD_APPLICATION_ID: '',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let exit: number | null | 'running' = 'running';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  child.stdout!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exit = code;
      resolve();
    }),
  );
  const deadline = Date.now() + 120_000;
  while (!/HTTP events at/.test(stderr) && exit === 'running' && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  if (!/HTTP events at/.test(stderr)) throw new Error(`desk serve did not start:\n${stderr}`);
  return {
    child,
    port,
    stderr: () => stderr,
    exitCode: () => exit,
    stop: async () => {
      if (exit === 'running') child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface Question {
  ts: string;
  body: string;
  acknowledged: boolean;
  attempts: number;
  statuses: number[];
}

let counter = 0;
/** A signed mention with a fresh ts and event id. */
export function question(text: string, channel = 'C0EXCHANGE'): Question {
  const ts = `17641${String(++counter).padStart(5, '0')}.${String(process.pid % 1000000).padStart(6, '0')}`;
  const body = JSON.parse(fixture('app_mention.json'));
  Object.assign(body.event, { text: `<@U0BOT> ${text}`, ts, event_ts: ts, channel });
  body.event_id = `Ev0FAULT${counter}`;
  return { ts, body: JSON.stringify(body), acknowledged: false, attempts: 0, statuses: [] };
}

/** Sends until a 200 (Slack's retries), waiting `retryMs` between attempts, at most `attempts` times. */
export async function deliver(
  port: number,
  q: Question,
  options: { retryMs: number; attempts: number },
): Promise<void> {
  while (!q.acknowledged && q.attempts < options.attempts) {
    const headers: Record<string, string> = sign(q.body);
    if (q.attempts > 0) {
      headers['x-slack-retry-num'] = String(q.attempts);
      headers['x-slack-retry-reason'] = 'http_error';
    }
    q.attempts += 1;
    const status = await postEvent(port, q.body, headers)
      .then((r) => r.status)
      .catch(() => 0);
    q.statuses.push(status);
    if (status === 200) q.acknowledged = true;
    else await new Promise((r) => setTimeout(r, options.retryMs));
  }
}

export interface Tally {
  sent: number;
  acknowledged: number;
  answeredOnce: number;
  answeredTwice: number;
  lost: number;
  /** Questions Slack was never told were received (they stay with Slack to retry later). */
  notAcknowledged: number;
}

/** Student-facing answers: posts in the question's thread (staff cards go to C0STAFF). */
export function answersTo(fake: FakeSlack, ts: string) {
  return fake
    .callsTo('chat.postMessage')
    .filter((call) => call.args.thread_ts === ts && call.args.channel !== 'C0STAFF');
}

export function tally(fake: FakeSlack, questions: Question[]): Tally {
  const counts = questions.map((q) => answersTo(fake, q.ts).length);
  return {
    sent: questions.length,
    acknowledged: questions.filter((q) => q.acknowledged).length,
    answeredOnce: counts.filter((n) => n === 1).length,
    answeredTwice: counts.filter((n) => n >= 2).length,
    lost: questions.filter((q, i) => q.acknowledged && counts[i] === 0).length,
    notAcknowledged: questions.filter((q) => !q.acknowledged).length,
  };
}

/** Waits until every acknowledged question has an answer, or `timeoutMs` passes. */
export async function waitForAnswers(
  fake: FakeSlack,
  questions: Question[],
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (
    Date.now() < deadline &&
    questions.some((q) => q.acknowledged && answersTo(fake, q.ts).length === 0)
  )
    await new Promise((r) => setTimeout(r, 200));
  // A little longer, so a duplicate post that would follow shows up in the count.
  await new Promise((r) => setTimeout(r, 1500));
}
