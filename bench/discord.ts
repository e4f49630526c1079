/**
 * Discord timing against the local fake REST API and gateway: MESSAGE_CREATE dispatched ->
 * first answer message posted. `npx tsx bench/discord.ts`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiscordChannel } from '../src/adapters/discord/discord-channel.ts';
import { loadConfig } from '../src/app/config.ts';
import { silentLogger } from '../src/domain/ports.ts';
import { openPgliteClient } from '../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../src/adapters/store/sql-case-store.ts';
import { createRuntime } from '../src/app/runtime.ts';
import { BOT_ID, STAFF_CHANNEL, STAFF_ROLE, discordFixture, nextId, startFakeDiscord } from '../test/fakes/discord.ts';
import { BENCH_QUESTIONS } from './questions.ts';

const fake = await startFakeDiscord();
const store = await SqlCaseStore.open(await openPgliteClient(null));
const runtime = await createRuntime(loadConfig({ DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-discord-bench-')) }), { inMemoryIndex: true, logger: silentLogger, caseStore: store, storeMode: 'durable' });
const discord = createDiscordChannel({ token: 'bench', applicationId: BOT_ID, staffChannelId: STAFF_CHANNEL, staffRoleId: STAFF_ROLE, apiUrl: fake.apiUrl }, { assistant: runtime.assistant, store, logger: silentLogger });
await discord.start();
const times: number[] = [];
for (const question of [...BENCH_QUESTIONS, ...BENCH_QUESTIONS]) {
  const id = nextId();
  const event = discordFixture('message_create_mention.json', { MESSAGE_ID: id });
  event.d.content = `<@${BOT_ID}> ${question}`;
  const sent = performance.now();
  fake.dispatch(event.t, event.d);
  await fake.waitFor((c) => c.method === 'POST' && c.path === `/channels/${id}/messages`, 1, 10_000);
  times.push(performance.now() - sent);
}
const p = (q: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
console.log(`Discord (n=${times.length}): MESSAGE_CREATE dispatched -> answer posted (thread created first) p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms`);
await discord.stop();
await store.close();
await fake.close();
process.exit(0);
