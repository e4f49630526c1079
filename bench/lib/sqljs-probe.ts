/**
 * The lighter embedded engine measured against PGlite (issue 16): sql.js (SQLite compiled to
 * WASM, no binary download) running the same migrations, mechanically translated to SQLite,
 * and the same workload as pglite-probe.ts. sql.js keeps the database in memory and persists
 * by exporting the whole file, so "existing" means loading that file.
 * `SQLJS_DIR=/path/to/node_modules/sql.js node --import tsx bench/lib/sqljs-probe.ts DIR`
 * (sql.js is not a dependency: PGlite was kept, see bench/RESULTS.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { MIGRATIONS } from '../../src/adapters/store/migrations.ts';
import { processMemory } from './measure.ts';

const [folder = ''] = process.argv.slice(2);
const sqlJsDir = process.env.SQLJS_DIR;
if (!sqlJsDir || !existsSync(sqlJsDir)) {
  console.log(
    JSON.stringify({ engine: 'sql.js', skipped: 'set SQLJS_DIR to an installed sql.js package' }),
  );
  process.exit(0);
}
const initSqlJs = createRequire(import.meta.url)(join(sqlJsDir, 'dist', 'sql-wasm.js')) as (
  options: object,
) => Promise<{ Database: new (data?: Uint8Array) => SqlDatabase }>;
interface SqlDatabase {
  run(sql: string, params?: unknown[]): void;
  exec(sql: string): { values: unknown[][] }[];
  export(): Uint8Array;
  close(): void;
}

/** PostgreSQL DDL -> SQLite: enough for these migrations (jsonb/timestamptz as text, sequences as a table). */
function toSqlite(sql: string): string {
  return sql
    .replace(
      /CREATE SEQUENCE IF NOT EXISTS (\w+);/g,
      'CREATE TABLE IF NOT EXISTS $1 (n INTEGER PRIMARY KEY AUTOINCREMENT);',
    )
    .replace(/bigserial PRIMARY KEY/g, 'INTEGER PRIMARY KEY AUTOINCREMENT')
    .replace(/'(\[\]|\{\})'::jsonb/g, "'$1'")
    .replace(/\bjsonb\b/g, 'text')
    .replace(/\btimestamptz\b/g, 'text')
    .replace(/DEFAULT now\(\)/g, 'DEFAULT CURRENT_TIMESTAMP');
}

mkdirSync(folder, { recursive: true });
const file = join(folder, 'desk.sqlite');
const before = processMemory(process.pid);
const started = performance.now();
const SQL = await initSqlJs({ locateFile: (name: string) => join(sqlJsDir, 'dist', name) });
const db = existsSync(file) ? new SQL.Database(readFileSync(file)) : new SQL.Database();
const openMs = performance.now() - started;
const opened = processMemory(process.pid);
db.run('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY)');
const done = new Set(
  (db.exec('SELECT version FROM schema_migrations')[0]?.values ?? []).map((row) => Number(row[0])),
);
for (const migration of MIGRATIONS) {
  if (done.has(migration.version)) continue;
  db.exec(
    `BEGIN; ${toSqlite(migration.sql)} INSERT INTO schema_migrations (version) VALUES (${migration.version}); COMMIT;`,
  );
}
const workStarted = performance.now();
for (let i = 0; i < 500; i++) {
  const conversation = `probe:${process.pid}:${i}`;
  db.run('INSERT INTO processed_events (event_id) VALUES (?) ON CONFLICT DO NOTHING', [
    `${conversation}:event`,
  ]);
  db.run('INSERT INTO conversation_turns (conversation, role, text) VALUES (?, ?, ?)', [
    conversation,
    'student',
    'Which partners accept TOEIC 450?',
  ]);
  db.run('INSERT INTO answers (id, conversation, lang, route) VALUES (?, ?, ?, ?)', [
    `${conversation}:a`,
    conversation,
    'en',
    'partners',
  ]);
  if (i % 5 === 0) {
    const id = `EX-P${process.pid}-${i}`;
    db.exec('BEGIN');
    db.run(
      "INSERT INTO cases (id, conversation, lang, question, reason, status) VALUES (?, ?, 'en', 'q', 'wants_person', 'open')",
      [id, conversation],
    );
    db.run(
      "INSERT INTO outbox (kind, case_id, payload, idempotency_key) VALUES ('notify_staff', ?, '{}', ?)",
      [id, id],
    );
    db.exec('COMMIT');
  }
  // Durability on sql.js means writing the whole database out after each change.
  writeFileSync(file, db.export());
}
const workMs = performance.now() - workStarted;
db.exec('SELECT * FROM cases ORDER BY created_at, id LIMIT 100');
const after = processMemory(process.pid);
db.close();
console.log(
  JSON.stringify({
    engine: 'sql.js',
    baseMb: before.rssMb,
    openMs,
    openedMb: opened.rssMb,
    afterMb: after.rssMb,
    peakMb: after.peakMb,
    workMs,
  }),
);
