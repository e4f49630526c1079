/**
 * One PGlite configuration in a fresh process: open (new or existing folder), run the
 * migrations and a workload like a day at the desk, print RSS figures as JSON. Run by
 * bench/store-memory.ts: `node --import tsx bench/lib/pglite-probe.ts VARIANT DIR`.
 */
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { processMemory } from './measure.ts';
import { MIGRATIONS } from '../../src/adapters/store/migrations.ts';
import {
  PGLITE_DEFAULT_START_PARAMS,
  PGLITE_SMALL_CACHES,
} from '../../src/adapters/store/pglite-memory.ts';

const [variant = 'default', folder = ''] = process.argv.slice(2);
const DEFAULT_START = PGLITE_DEFAULT_START_PARAMS;
const small = PGLITE_SMALL_CACHES;
const VARIANTS: Record<string, PGliteOptions> = {
  default: {},
  small: { startParams: [...DEFAULT_START, ...small] },
  'small-relaxed': { startParams: [...DEFAULT_START, ...small], relaxedDurability: true },
  'small-initdb': { startParams: [...DEFAULT_START, ...small], initDbStartParams: small },
  lazy: {},
  'lazy-small': { startParams: [...DEFAULT_START, ...small] },
};
// V8 compiles a WASM module's functions eagerly (and again optimised); postgres calls a fraction of them.
if (variant.startsWith('lazy'))
  (await import('node:v8')).setFlagsFromString('--wasm-lazy-compilation');
const options = VARIANTS[variant];
if (!options) throw new Error(`unknown variant ${variant}`);
mkdirSync(folder, { recursive: true });
const before = processMemory(process.pid);
const started = performance.now();
const db = await PGlite.create(join(folder, 'db'), options);
const openMs = performance.now() - started;
const opened = processMemory(process.pid);
await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY)');
const done = new Set(
  (await db.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
    (r) => r.version,
  ),
);
for (const migration of MIGRATIONS) {
  if (done.has(migration.version)) continue;
  await db.transaction(async (tx) => {
    await tx.exec(migration.sql);
    await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
  });
}
const workStarted = performance.now();
for (let i = 0; i < 500; i++) {
  const conversation = `probe:${process.pid}:${i}`;
  await db.query('INSERT INTO processed_events (event_id) VALUES ($1) ON CONFLICT DO NOTHING', [
    `${conversation}:event`,
  ]);
  await db.query('INSERT INTO conversation_turns (conversation, role, text) VALUES ($1, $2, $3)', [
    conversation,
    'student',
    'Which partners accept TOEIC 450?',
  ]);
  await db.query('INSERT INTO answers (id, conversation, lang, route) VALUES ($1, $2, $3, $4)', [
    `${conversation}:a`,
    conversation,
    'en',
    'partners',
  ]);
  if (i % 5 === 0) {
    await db.transaction(async (tx) => {
      const id = `EX-P${process.pid}-${i}`;
      await tx.query(
        "INSERT INTO cases (id, conversation, lang, question, reason, status) VALUES ($1, $2, 'en', 'q', 'wants_person', 'open')",
        [id, conversation],
      );
      await tx.query(
        "INSERT INTO outbox (kind, case_id, payload, idempotency_key) VALUES ('notify_staff', $1, '{}'::jsonb, $1)",
        [id],
      );
    });
  }
}
const workMs = performance.now() - workStarted;
await db.query('SELECT * FROM cases ORDER BY created_at, id LIMIT 100');
const after = processMemory(process.pid);
// What stays once the garbage collector has run (initdb's PGlite instance is garbage by now).
(await import('node:v8')).setFlagsFromString('--expose-gc');
(await import('node:vm')).runInNewContext('gc')();
const collected = processMemory(process.pid);
await db.close();
console.log(
  JSON.stringify({
    variant,
    baseMb: before.rssMb,
    openMs,
    openedMb: opened.rssMb,
    afterMb: after.rssMb,
    afterGcMb: collected.rssMb,
    peakMb: after.peakMb,
    workMs,
  }),
);
