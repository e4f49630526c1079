/**
 * One suite, two stores: the embedded PGlite store and a real PostgreSQL server. The
 * PostgreSQL half runs when DATABASE_URL is set (CI starts one with scripts/test-postgres.sh).
 */
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.ts';
import type { CaseStore, HandoverRequest, OutboxJob } from '../../src/domain/ports.ts';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { openPostgresClient } from '../../src/adapters/store/postgres-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import { listDrafts, promoteDraft, writeDraftFromCase } from '../../src/knowledge/drafts.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { knowledgeCopy } from '../helpers/knowledge.ts';

const DATABASE_URL = process.env.DATABASE_URL;
if (!DATABASE_URL)
  console.warn(
    'case-store: DATABASE_URL is not set, so the PostgreSQL half is skipped (CI runs it).',
  );

const request = (overrides: Partial<HandoverRequest> = {}): HandoverRequest => ({
  conversation: 'cli:test',
  lang: 'en',
  question: 'Will my credits from Lund count?',
  reason: 'credit_transfer',
  recentTurns: [{ role: 'student', text: 'What does Lund require?', at: new Date().toISOString() }],
  generalRule: 'Up to 60 credits can be recognised.',
  answerId: null,
  ...overrides,
});
const noDelay = () => 0;

async function resetPostgres(url: string): Promise<void> {
  const client = openPostgresClient(url);
  await client.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await client.close();
}

const backends: [string, () => Promise<CaseStore>, boolean][] = [
  [
    'PGlite (embedded)',
    async () =>
      SqlCaseStore.open(await openPgliteClient(mkdtempSync(join(tmpdir(), 'desk-store-')))),
    true,
  ],
  [
    'PGlite in its own thread (desk serve)',
    async () =>
      SqlCaseStore.open(
        await openPgliteClient(mkdtempSync(join(tmpdir(), 'desk-store-')), { thread: true }),
      ),
    true,
  ],
  [
    'PostgreSQL',
    async () => SqlCaseStore.open(openPostgresClient(DATABASE_URL!)),
    Boolean(DATABASE_URL),
  ],
];

describe.each(backends)('%s', (_name, open, enabled) => {
  let store: CaseStore;
  beforeAll(async () => {
    if (!enabled) return;
    if (_name === 'PostgreSQL') await resetPostgres(DATABASE_URL!);
    store = await open();
  });
  afterAll(async () => {
    if (enabled) await store.close();
  });

  it.runIf(enabled)(
    'opens a case with a readable id and its staff notification in one go',
    async () => {
      const record = await store.openCase(request());
      expect(record.id).toMatch(/^EX-\d{4}$/);
      expect(record).toMatchObject({
        status: 'open',
        assignee: null,
        reason: 'credit_transfer',
        conversation: 'cli:test',
        lang: 'en',
      });
      expect(record.recentTurns).toHaveLength(1);
      const sent: OutboxJob[] = [];
      const result = await store.deliverDue(
        ['notify_staff'],
        10,
        async (job) => void sent.push(job),
        noDelay,
      );
      expect(result.delivered).toBeGreaterThanOrEqual(1);
      expect(sent.find((job) => job.caseId === record.id)?.idempotencyKey).toBe(
        `notify_staff:${record.id}`,
      );
      const again = await store.deliverDue(
        ['notify_staff'],
        10,
        async (job) => void sent.push(job),
        noDelay,
      );
      expect(again.delivered).toBe(0);
    },
  );

  it.runIf(enabled)(
    'walks the lifecycle: claim, reply (queued to the student), resolve, reopen',
    async () => {
      const { id } = await store.openCase(request());
      expect((await store.act(id, 'claim', 'sato')).status).toBe('claimed');
      const answered = await store.act(
        id,
        'reply',
        'sato',
        'Your faculty decides; bring your syllabus.',
      );
      expect(answered.status).toBe('answered');
      expect(answered.firstReplyAt).not.toBeNull();
      const replies: OutboxJob[] = [];
      await store.deliverDue(
        ['student_reply'],
        10,
        async (job) => void replies.push(job),
        noDelay,
        'cli:test',
      );
      expect(
        replies.map((job) => (job.kind === 'student_reply' ? job.payload.text : null)),
      ).toContain('Your faculty decides; bring your syllabus.');
      expect((await store.act(id, 'resolve', 'sato')).status).toBe('resolved');
      expect((await store.act(id, 'reopen', 'tanaka')).status).toBe('open');
      const history = (await store.getCase(id))!.events.map((e) => e.kind);
      expect(history).toEqual(['opened', 'claimed', 'reply', 'resolved', 'reopened']);
    },
  );

  it.runIf(enabled)(
    'refuses invalid transitions with a clear error and changes nothing',
    async () => {
      const { id } = await store.openCase(request());
      await expect(store.act(id, 'resolve', 'sato')).rejects.toMatchObject({
        code: 'CASE_NOT_CLAIMED',
      });
      await store.act(id, 'claim', 'sato');
      await expect(store.act(id, 'claim', 'tanaka')).rejects.toMatchObject({
        code: 'CASE_CLAIMED_BY_OTHER',
      });
      await expect(store.act(id, 'resolve', 'tanaka')).rejects.toBeInstanceOf(DeskError);
      await expect(store.act(id, 'reply', 'sato', '   ')).rejects.toMatchObject({
        code: 'EMPTY_REPLY',
      });
      await store.act(id, 'reply', 'sato', 'Done.');
      await store.act(id, 'resolve', 'sato');
      await expect(store.act(id, 'reply', 'sato', 'One more thing')).rejects.toMatchObject({
        code: 'CASE_RESOLVED',
      });
      await expect(store.act('EX-9999', 'claim', 'sato')).rejects.toMatchObject({
        code: 'CASE_NOT_FOUND',
      });
      const record = (await store.getCase(id))!;
      expect(record.status).toBe('resolved');
      expect(record.events.filter((e) => e.kind === 'reply')).toHaveLength(1);
    },
  );

  it.runIf(enabled)(
    'retries a failed delivery with backoff and keeps the idempotency key',
    async () => {
      const { id } = await store.openCase(request());
      await store.deliverDue(
        ['notify_staff'],
        50,
        async (job) => {
          if (job.caseId !== id) return;
        },
        noDelay,
      );
      const { id: second } = await store.openCase(request());
      const keys: string[] = [];
      const failing = async (job: OutboxJob) => {
        keys.push(job.idempotencyKey);
        throw new Error('rate limited');
      };
      expect((await store.deliverDue(['notify_staff'], 5, failing, noDelay)).failed).toBe(1);
      expect(
        (
          await store.deliverDue(
            ['notify_staff'],
            5,
            async (job) => void keys.push(job.idempotencyKey),
            noDelay,
          )
        ).delivered,
      ).toBe(1);
      expect(keys).toEqual([`notify_staff:${second}`, `notify_staff:${second}`]);
      // A long backoff keeps a failed job back until it is due.
      const { id: third } = await store.openCase(request());
      await store.deliverDue(['notify_staff'], 5, failing, () => 60_000);
      expect((await store.deliverDue(['notify_staff'], 5, async () => {}, noDelay)).delivered).toBe(
        0,
      );
      expect(third).toMatch(/^EX-/);
    },
  );

  it.runIf(enabled)(
    'keeps conversations, de-duplicates events, records answers and feedback, reports stats',
    async () => {
      await store.append('slack:C1:1.2', [
        { role: 'student', text: 'TOEIC 450?', at: new Date().toISOString() },
        {
          role: 'assistant',
          text: '1 partner',
          at: new Date().toISOString(),
          partnerQuery: { test: 'x' },
        },
      ]);
      const turns = await store.recent('slack:C1:1.2', 6);
      expect(turns.map((t) => t.role)).toEqual(['student', 'assistant']);
      expect(turns[1]!.partnerQuery).toEqual({ test: 'x' });
      expect(await store.markEventProcessed('Ev1')).toBe(true);
      expect(await store.markEventProcessed('Ev1')).toBe(false);
      await store.logAnswer({
        answerId: 'a1',
        conversation: 'cli:x',
        lang: 'en',
        route: 'knowledge',
        handoverReason: null,
        caseId: null,
      });
      await store.logAnswer({
        answerId: 'a2',
        conversation: 'cli:x',
        lang: 'ja',
        route: 'handover',
        handoverReason: 'visa',
        caseId: null,
      });
      expect(await store.recordFeedback('a1', true)).toBe(true);
      expect(await store.recordFeedback('a2', false)).toBe(true);
      expect(await store.recordFeedback('unknown', true)).toBe(false);
      const stats = await store.stats(null, new Date());
      expect(stats.questions).toBe(2);
      expect(stats.answeredWithoutHandover).toBe(1);
      expect(stats.feedback).toEqual({ helpful: 1, notHelpful: 1, helpfulRate: 0.5 });
      expect(stats.handoversByReason.credit_transfer).toBeGreaterThan(0);
      expect(stats.medianMinutesToFirstReply).not.toBeNull();
    },
  );

  it.runIf(enabled)(
    'turns a resolved case into a draft FAQ that enters faq.yaml only when promoted and valid',
    async () => {
      const knowledgeDir = knowledgeCopy();
      const { id } = await store.openCase(
        request({ lang: 'ja', question: '寮の家賃はいくらですか', reason: 'not_found' }),
      );
      await store.act(id, 'claim', 'sato');
      await store.act(
        id,
        'reply',
        'sato',
        '寮費は協定校ごとに異なります。留学生支援室で各校の資料を確認できます。',
      );
      const resolved = await store.act(id, 'resolve', 'sato');
      const path = writeDraftFromCase(knowledgeDir, resolved, new Date('2026-11-22T00:00:00Z'));
      const draftId = `case-${id.toLowerCase()}`;
      expect(listDrafts(knowledgeDir)).toEqual([
        expect.objectContaining({
          id: draftId,
          languages: ['ja'],
          problems: [expect.stringMatching(/both languages/)],
        }),
      ]);
      // Drafts are never answered from, and an incomplete one cannot be promoted.
      expect(loadKnowledge(knowledgeDir).knowledge!.faq.some((entry) => entry.id === draftId)).toBe(
        false,
      );
      expect(() => promoteDraft(knowledgeDir, draftId)).toThrow(/not complete/);
      // Staff add the English side, then promote.
      const draft = parse(readFileSync(path, 'utf8'));
      draft.question.en = 'How much is dormitory rent?';
      draft.answer.en =
        'Dormitory fees differ by partner; the office has each partner’s documents.';
      writeFileSync(path, stringify(draft));
      promoteDraft(knowledgeDir, draftId);
      const after = loadKnowledge(knowledgeDir);
      expect(after.problems).toEqual([]);
      expect(after.knowledge!.faq.find((entry) => entry.id === draftId)).toMatchObject({
        source: {
          title: { en: 'Answer from the Study Abroad Support Office' },
          provenance: { file: `case:${id}` },
        },
        status: 'published',
      });
      expect(listDrafts(knowledgeDir)).toEqual([]);
    },
  );
});

describe.runIf(Boolean(DATABASE_URL))('two workers on one PostgreSQL', () => {
  it('deliver every job exactly once (FOR UPDATE SKIP LOCKED)', async () => {
    const first = await SqlCaseStore.open(openPostgresClient(DATABASE_URL!));
    const second = await SqlCaseStore.open(openPostgresClient(DATABASE_URL!));
    await first.deliverDue(
      ['notify_staff', 'student_reply', 'case_updated'],
      1000,
      async () => {},
      noDelay,
    );
    const ids: string[] = [];
    for (let i = 0; i < 12; i++)
      ids.push((await first.openCase(request({ question: `q${i}` }))).id);
    const sent: string[] = [];
    const slowSend = async (job: OutboxJob) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      sent.push(job.idempotencyKey);
    };
    const [a, b] = await Promise.all([
      first.deliverDue(['notify_staff'], 100, slowSend, noDelay),
      second.deliverDue(['notify_staff'], 100, slowSend, noDelay),
    ]);
    expect(a.delivered + b.delivered).toBe(12);
    expect(a.delivered).toBeGreaterThan(0);
    expect(b.delivered).toBeGreaterThan(0);
    expect(new Set(sent).size).toBe(12);
    expect(sent.sort()).toEqual(ids.map((id) => `notify_staff:${id}`).sort());
    await first.close();
    await second.close();
  });
});
