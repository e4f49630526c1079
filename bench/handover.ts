/**
 * Time to open a case and to deliver its staff notification, on the embedded store and on
 * PostgreSQL (when DATABASE_URL is set): `npx tsx bench/handover.ts`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseStore } from '../src/domain/ports.ts';
import { FileStaffInbox } from '../src/adapters/notifiers/file-inbox.ts';
import { openPgliteClient } from '../src/adapters/store/pglite-client.ts';
import { openPostgresClient } from '../src/adapters/store/postgres-client.ts';
import { SqlCaseStore } from '../src/adapters/store/sql-case-store.ts';

const ROUNDS = 50;
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(label: string, open: () => Promise<CaseStore>) {
  const started = performance.now();
  const store = await open();
  const startup = performance.now() - started;
  const inbox = new FileStaffInbox(join(mkdtempSync(join(tmpdir(), 'desk-inbox-')), 'staff-inbox.jsonl'));
  const openTimes: number[] = [];
  const deliverTimes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    await store.openCase({ conversation: 'bench:1', lang: 'en', question: `q${i}`, reason: 'wants_person', recentTurns: [], generalRule: null, answerId: null });
    openTimes.push(performance.now() - t);
    t = performance.now();
    await store.deliverDue(['notify_staff'], 1, (job) => inbox.deliver(job), () => 1000);
    deliverTimes.push(performance.now() - t);
  }
  await store.close();
  console.log(`${label.padEnd(12)} store start ${startup.toFixed(0)} ms; open case median ${median(openTimes).toFixed(2)} ms; deliver notification median ${median(deliverTimes).toFixed(2)} ms (n=${ROUNDS})`);
}

await measure('PGlite', async () => SqlCaseStore.open(await openPgliteClient(mkdtempSync(join(tmpdir(), 'desk-bench-store-')))));
if (process.env.DATABASE_URL) await measure('PostgreSQL', async () => SqlCaseStore.open(openPostgresClient(process.env.DATABASE_URL!)));
else console.log('PostgreSQL   skipped: set DATABASE_URL (eval "$(scripts/test-postgres.sh)")');
