/**
 * Slack timings against the local fake Web API: event received -> ack (HTTP 200), and event
 * received -> answer posted. `npx tsx bench/slack.ts`.
 */
import { createSlackChannel } from '../src/adapters/slack/slack-channel.ts';
import { loadConfig } from '../src/app/config.ts';
import { silentLogger } from '../src/domain/ports.ts';
import { openPgliteClient } from '../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../src/adapters/store/sql-case-store.ts';
import { createRuntime } from '../src/app/runtime.ts';
import { startFakeSlack } from '../test/fakes/slack-api.ts';
import { SIGNING_SECRET, fixture, freePort, postEvent } from '../test/helpers/slack-requests.ts';
import { BENCH_QUESTIONS } from './questions.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fake = await startFakeSlack();
const store = await SqlCaseStore.open(await openPgliteClient(null));
const runtime = await createRuntime(loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-slack-bench-')) }), { inMemoryIndex: true, logger: silentLogger, caseStore: store, storeMode: 'durable' });
const port = await freePort();
const slack = createSlackChannel({ botToken: 'xoxb-bench', signingSecret: SIGNING_SECRET, appToken: null, staffChannel: 'C0STAFF', apiUrl: fake.apiUrl, port }, { assistant: runtime.assistant, store, logger: silentLogger });
await slack.start();
const acks: number[] = [];
const answers: number[] = [];
for (const [index, question] of [...BENCH_QUESTIONS, ...BENCH_QUESTIONS].entries()) {
  const body = JSON.parse(fixture('app_mention.json'));
  const ts = `17640${String(index).padStart(5, '0')}.000100`;
  Object.assign(body.event, { text: `<@U0BOT> ${question}`, ts, event_ts: ts });
  body.event_id = `EvBENCH${index}`;
  const sent = Date.now();
  const { ms } = await postEvent(port, JSON.stringify(body));
  acks.push(ms);
  const deadline = Date.now() + 10_000;
  let post;
  while (!(post = fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === ts)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
  if (post) answers.push(post.at - sent);
}
const p = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)]!;
console.log(`Slack (n=${acks.length}): event -> ack p50 ${p(acks, 0.5).toFixed(1)} ms, p95 ${p(acks, 0.95).toFixed(1)} ms; event -> answer posted p50 ${p(answers, 0.5).toFixed(0)} ms, p95 ${p(answers, 0.95).toFixed(0)} ms`);
await slack.stop();
await store.close();
await fake.close();
