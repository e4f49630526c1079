/**
 * `desk serve` under Slack load, as deployed: the bin in its own process, Slack HTTP events
 * signed as Slack signs them, the Web API a local fake. Reports RSS idle and after the events,
 * acknowledgement p50/p99 (and how many past Slack's 3 s), and event -> answer posted p95.
 * `npx tsx bench/serve.ts [--events 1000] [--concurrency 50]`; PostgreSQL too when DATABASE_URL is set.
 * Targets (issue 16): RSS <= 300 MB idle and after 1,000 events; ack p99 < 1 s at 500 events, none > 3 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startFakeSlack, type FakeSlack } from '../test/fakes/slack-api.ts';
import { SIGNING_SECRET, fixture, freePort, postEvent } from '../test/helpers/slack-requests.ts';
import { percentile, processMemory } from './lib/measure.ts';
import { BENCH_QUESTIONS } from './questions.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '50' },
    idle: { type: 'string', default: '3000' },
    // Which scenarios to run: new (embedded, new DATA_DIR), existing, pg (needs DATABASE_URL).
    stores: { type: 'string', default: 'new,existing,pg' },
    // Extra Node flags for the server process, e.g. --node-args="--cpu-prof --cpu-prof-dir=/tmp/p".
    'node-args': { type: 'string', default: '' },
    // The server's ANSWER_THREADS (default: its own default, 1; 0 answers in the main thread).
    'answer-threads': { type: 'string' },
  },
});
const STORES = new Set(values.stores.split(','));
const EVENTS = Number(values.events);
const CONCURRENCY = Number(values.concurrency);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let sequence = 0;
const RUN_SECONDS = Math.floor(Date.now() / 1000);

async function startServe(
  fake: FakeSlack,
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; port: number; stderr: () => string }> {
  const port = await freePort();
  const nodeArgs = values['node-args'].split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, resolve('bin/desk.js'), 'serve'], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      LOG_LEVEL: 'error',
      ...env,
      PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      SLACK_STAFF_CHANNEL: 'C0STAFF',
      ...(values['answer-threads'] ? { ANSWER_THREADS: values['answer-threads'] } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const deadline = Date.now() + 300_000;
  while (!stderr.includes('Slack: HTTP events')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`desk serve did not start: ${stderr.slice(-2000)}`);
    await sleep(50);
  }
  return { child, port, stderr: () => stderr };
}

/** Sends `count` mentions, `CONCURRENCY` in flight; returns ack times and when each was sent. */
async function burst(
  port: number,
  count: number,
): Promise<{ acks: number[]; sent: Map<string, number>; failed: number; late: number[] }> {
  const acks: number[] = [];
  // When, after the burst began, each acknowledgement over 0.5 s was sent (a stall or a trend?).
  const late: number[] = [];
  const burstStart = performance.now();
  const sent = new Map<string, number>();
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const index = sequence++;
      const body = JSON.parse(fixture('app_mention.json'));
      // Unique to this run: a store kept from an earlier run (PostgreSQL) must not take these
      // for retries of events it already answered.
      const ts = `${RUN_SECONDS + index}.000100`;
      Object.assign(body.event, {
        text: `<@U0BOT> ${BENCH_QUESTIONS[index % BENCH_QUESTIONS.length]}`,
        ts,
        event_ts: ts,
      });
      body.event_id = `EvSERVE${RUN_SECONDS}x${index}`;
      sent.set(ts, Date.now());
      const started = performance.now();
      try {
        const { status, ms } = await postEvent(port, JSON.stringify(body));
        if (status !== 200) {
          failed++;
          sent.delete(ts);
        }
        acks.push(ms);
        if (ms > 500) late.push(started - burstStart);
      } catch {
        // A reset connection is a failed acknowledgement, not the end of the benchmark; Slack
        // would retry it, so no answer is waited for.
        failed++;
        acks.push(performance.now() - started);
        sent.delete(ts);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { acks, sent, failed, late };
}

async function answered(
  fake: FakeSlack,
  sent: Map<string, number>,
  timeoutMs = 600_000,
): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  const times = new Map<string, number>();
  // An answer that never comes (a lost event) ends the wait after a minute without progress.
  let lastProgress = Date.now();
  while (Date.now() < deadline && Date.now() - lastProgress < 60_000) {
    const before = times.size;
    for (const call of fake.calls) {
      const ts = call.method === 'chat.postMessage' ? String(call.args.thread_ts ?? '') : '';
      if (sent.has(ts) && !times.has(ts)) times.set(ts, call.at - sent.get(ts)!);
    }
    if (times.size >= sent.size) break;
    if (times.size > before) lastProgress = Date.now();
    await sleep(200);
  }
  return [...times.values()];
}

/**
 * What the server says about itself on /metrics: the event loop's delay since the last scrape
 * (prom-client resets its histogram at each collection) and where the memory is.
 */
async function serverState(port: number): Promise<string> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const value = (name: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${name} `));
      return line ? Number(line.split(' ')[1]) : NaN;
    };
    const mb = (name: string) => (value(name) / 2 ** 20).toFixed(0);
    const ms = (name: string) => (value(name) * 1000).toFixed(0);
    return (
      `loop delay p99 ${ms('desk_nodejs_eventloop_lag_p99_seconds')} ms max ${ms('desk_nodejs_eventloop_lag_max_seconds')} ms; ` +
      `heap used ${mb('desk_nodejs_heap_size_used_bytes')} / total ${mb('desk_nodejs_heap_size_total_bytes')} MB, external ${mb('desk_nodejs_external_memory_bytes')} MB`
    );
  } catch (error) {
    return `no /metrics (${(error as Error).message})`;
  }
}

/** How many, and when in their burst they were sent: `12 sent at 0.0-0.4 s`. */
function lateSummary(sentAt: number[]): string {
  if (sentAt.length === 0) return 'none';
  const s = (ms: number) => (ms / 1000).toFixed(1);
  return `${sentAt.length} sent at ${s(Math.min(...sentAt))}-${s(Math.max(...sentAt))} s`;
}

/** A server that died under load is the finding: say so with its last words. */
function stillRunning(serve: { child: ChildProcess; stderr: () => string }): void {
  const { exitCode, signalCode } = serve.child;
  if (exitCode !== null || signalCode !== null)
    throw new Error(
      `desk serve exited (${exitCode ?? signalCode}) under load:\n${serve.stderr().slice(-3000)}`,
    );
}

async function scenario(label: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const fake = await startFakeSlack();
  const started = Date.now();
  const serve = await startServe(fake, env);
  const startMs = Date.now() - started;
  try {
    await sleep(Number(values.idle));
    const idle = processMemory(serve.child.pid!);
    const idleState = await serverState(serve.port);
    const half = Math.ceil(EVENTS / 2);
    // The benchmark's own event loop: a late acknowledgement may be this process's delay.
    const ownLoop = monitorEventLoopDelay({ resolution: 10 });
    ownLoop.enable();
    const first = await burst(serve.port, half);
    ownLoop.disable();
    const firstBurstState = await serverState(serve.port);
    stillRunning(serve);
    const firstAnswers = await answered(fake, first.sent);
    const afterHalf = processMemory(serve.child.pid!);
    const second = await burst(serve.port, EVENTS - half);
    stillRunning(serve);
    const secondAnswers = await answered(fake, second.sent);
    await sleep(1000);
    const after = processMemory(serve.child.pid!);
    const afterState = await serverState(serve.port);
    const acks = first.acks;
    const late = [...first.acks, ...second.acks].filter((ms) => ms > 3000).length;
    const allAnswers = [...firstAnswers, ...secondAnswers];
    const ackP99 = percentile(acks, 99);
    const ok =
      idle.rssMb <= 300 && after.rssMb <= 300 && after.peakMb <= 300 && ackP99 < 1000 && late === 0;
    console.log(
      `${label.padEnd(26)} start ${startMs} ms; RSS idle ${idle.rssMb.toFixed(0)} MB, after ${half} ${afterHalf.rssMb.toFixed(0)} MB, after ${EVENTS} ${after.rssMb.toFixed(0)} MB (peak ${after.peakMb.toFixed(0)} MB); ` +
        `ack (first ${half}, concurrency ${CONCURRENCY}) p50 ${percentile(acks, 50).toFixed(0)} ms p99 ${ackP99.toFixed(0)} ms, over 3 s ${late}/${EVENTS}, non-200 ${first.failed + second.failed}; ` +
        `answer posted p50 ${percentile(allAnswers, 50).toFixed(0)} ms p95 ${percentile(allAnswers, 95).toFixed(0)} ms (${allAnswers.length}/${EVENTS} answered) ${ok ? 'within targets' : 'OVER TARGET'}`,
    );
    const allAcks = [...first.acks, ...second.acks];
    console.log(
      `${''.padEnd(26)} ack over all ${EVENTS}: p50 ${percentile(allAcks, 50).toFixed(0)} ms p99 ${percentile(allAcks, 99).toFixed(0)} ms max ${Math.max(...allAcks).toFixed(0)} ms\n` +
        `${''.padEnd(26)} acks over 0.5 s: ${lateSummary(first.late)} in the first burst, ${lateSummary(second.late)} in the second\n` +
        `${''.padEnd(26)} the benchmark's own loop delay in the first burst: p99 ${(ownLoop.percentile(99) / 1e6).toFixed(0)} ms max ${(ownLoop.max / 1e6).toFixed(0)} ms\n` +
        `${''.padEnd(26)} idle: ${idleState}\n${''.padEnd(26)} first burst: ${firstBurstState}\n${''.padEnd(26)} after: ${afterState}`,
    );
    return ok;
  } finally {
    if (serve.child.exitCode === null && serve.child.signalCode === null) {
      serve.child.kill('SIGTERM');
      await new Promise((r) => serve.child.once('exit', r));
    }
    await fake.close();
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'desk-serve-bench-'));
try {
  let ok = true;
  // The existing-directory scenario reuses the directory the new one made (or makes one first).
  if (STORES.has('new') || STORES.has('existing'))
    ok = (await scenario('embedded, new DATA_DIR', { DATA_DIR: dataDir })) && ok;
  if (STORES.has('existing'))
    ok = (await scenario('embedded, existing DATA_DIR', { DATA_DIR: dataDir })) && ok;
  if (STORES.has('pg') && process.env.DATABASE_URL)
    ok =
      (await scenario('PostgreSQL', {
        DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-serve-pg-')),
        DATABASE_URL: process.env.DATABASE_URL,
      })) && ok;
  else if (STORES.has('pg'))
    console.log(
      'PostgreSQL                 skipped: set DATABASE_URL (eval "$(scripts/test-postgres.sh)")',
    );
  process.exitCode = ok ? 0 : 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
