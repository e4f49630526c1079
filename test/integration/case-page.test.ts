/** `desk cases list` pages on both stores (the store test lives beside case-store.test.ts for its PostgreSQL half): PGlite always, PostgreSQL when DATABASE_URL is set. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { openPostgresClient } from '../../src/adapters/store/postgres-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import { runCases } from '../../src/adapters/cli/cases-command.ts';

const DATABASE_URL = process.env.DATABASE_URL || null;
if (!DATABASE_URL)
  console.warn(
    'case-page: DATABASE_URL is not set, so the PostgreSQL half is skipped (CI runs it).',
  );

const backends: [string, () => Promise<SqlCaseStore>, boolean][] = [
  ['PGlite', async () => SqlCaseStore.open(await openPgliteClient(null)), true],
  [
    'PostgreSQL',
    async () => {
      const admin = new pg.Client({ connectionString: DATABASE_URL! });
      await admin.connect();
      await admin.query('DROP SCHEMA IF EXISTS case_page CASCADE; CREATE SCHEMA case_page');
      await admin.end();
      const url = new URL(DATABASE_URL!);
      url.searchParams.set('options', '-c search_path=case_page');
      return SqlCaseStore.open(openPostgresClient(url.toString()));
    },
    Boolean(DATABASE_URL),
  ],
];

describe.each(backends)('%s', (_name, open, enabled) => {
  let store: SqlCaseStore;
  beforeAll(async () => {
    if (!enabled) return;
    store = await open();
    const sql = store.sqlClient();
    for (let i = 0; i < 136; i++) {
      const record = await store.openCase({
        conversation: `test:page:${i}`,
        lang: 'en',
        question: `question ${i}`,
        reason: 'credit_transfer',
        recentTurns: [],
        generalRule: null,
        answerId: null,
      });
      // Spread over days: case i opened on 2026-01-01 + i days.
      await sql.query('UPDATE cases SET created_at = $2 WHERE id = $1', [
        record.id,
        new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      ]);
      if (i % 10 === 0) {
        await store.act(record.id, 'claim', 'sato');
        await store.act(record.id, 'resolve', 'sato');
      }
    }
  }, 120_000);
  afterAll(async () => {
    if (enabled) await store.close();
  });

  const list = async (...flags: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCases(['list', ...flags], store, {
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it.runIf(enabled)('pages 50 by default and says how many more there are', async () => {
    const { code, out } = await list();
    const lines = out.split('\n');
    expect(code).toBe(0);
    expect(lines.filter((l) => /^EX-\d{4}/.test(l))).toHaveLength(50);
    // 136 cases, 14 resolved: 122 active, 72 beyond the page.
    expect(lines.at(-1)).toBe('… 72 more; use --limit or --since to see them.');
  });

  it.runIf(enabled)('--limit, --status and --since narrow it; the count follows', async () => {
    const all = await store.listCasePage({ status: 'all', limit: 500 });
    expect(all).toMatchObject({ total: 136, more: 0 });
    expect(all.cases).toHaveLength(136);
    expect(await store.listCasePage({ status: 'resolved', limit: 5 })).toMatchObject({
      total: 14,
      more: 9,
    });
    const since = await store.listCasePage({
      status: 'all',
      since: new Date('2026-05-01T00:00:00Z'),
      limit: 10,
    });
    // 2026-05-01 is day 120: cases 120..135.
    expect(since).toMatchObject({ total: 16, more: 6 });
    expect(since.cases[0]!.question).toBe('question 120');
    const { out } = await list('--status', 'all', '--since', '2026-05-01', '--limit', '20');
    expect(out).not.toMatch(/more;/);
    expect(out.split('\n')).toHaveLength(16);
  });

  it.runIf(enabled)('--json keeps the array; the "more" line goes to stderr', async () => {
    const { out, err } = await list('--json', '--limit', '3');
    expect(JSON.parse(out)).toHaveLength(3);
    expect(err).toBe('… 119 more; use --limit or --since to see them.');
  });

  it.runIf(enabled)('bad flags are named (exit 2)', async () => {
    expect(await list('--limit', 'ten')).toMatchObject({ code: 2 });
    expect((await list('--since', 'yesterday')).err).toMatch(/--since must be a date/);
    expect((await list('--status', 'closed')).err).toMatch(/--status must be one of/);
  });
});
