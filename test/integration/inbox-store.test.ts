/**
 * The durable inbox and the outbox's claims on both stores (the PostgreSQL half when
 * DATABASE_URL is set): a message is recorded once and done only with its answer queued; a
 * crash mid-answer leaves it to be answered again with the same answer id (and the same case);
 * a send cut off by a crash is due again at the next start, marked as possibly sent.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIdFor, createInbox, type QueuedMessage } from '../../src/assistant/inbox.ts';
import { Assistant } from '../../src/assistant/assistant.ts';
import type { CaseStore, OutboxJob } from '../../src/domain/ports.ts';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { openPostgresClient } from '../../src/adapters/store/postgres-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import { realRuntime } from '../helpers/runtime.ts';

const DATABASE_URL = process.env.DATABASE_URL;

const backends: [string, () => Promise<CaseStore>, boolean][] = [
  [
    'PGlite (embedded)',
    async () =>
      SqlCaseStore.open(await openPgliteClient(mkdtempSync(join(tmpdir(), 'desk-inbox-')))),
    true,
  ],
  [
    'PGlite in its own thread (desk serve)',
    async () =>
      SqlCaseStore.open(
        await openPgliteClient(mkdtempSync(join(tmpdir(), 'desk-inbox-')), { thread: true }),
      ),
    true,
  ],
  [
    'PostgreSQL',
    async () => SqlCaseStore.open(openPostgresClient(DATABASE_URL!)),
    Boolean(DATABASE_URL),
  ],
];

const message = (text: string, conversation: string): QueuedMessage => ({
  text,
  conversation,
  isPublic: false,
  target: { channel: 'D1', thread: null, react: null, startThread: null },
});

/** A well-formed answer payload (the outbox parses each job before it is sent). */
const payload = (answerId: string) => ({
  answerId,
  target: { channel: 'D1', thread: null, react: null, startThread: null },
  answer: { answerId, answer: 'Hello.', lang: 'en', route: 'knowledge' },
});

const until = async (test: () => Promise<boolean>) => {
  const deadline = Date.now() + 15_000;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.each(backends)('%s', (_name, open, enabled) => {
  let store: CaseStore;
  let unique = `${Date.now()}`;
  beforeAll(async () => {
    if (enabled) store = await open();
  });
  afterAll(async () => {
    await store?.close();
  });

  it.runIf(enabled)('records a message once; done only with its answer queued, once', async () => {
    unique = `${Date.now()}:a`;
    const id = `test:${unique}`;
    expect(await store.recordIncoming(id, 'test', { text: 'hi' }, 60_000)).toBe('new');
    expect(await store.recordIncoming(id, 'test', { text: 'hi' }, 60_000)).toBe('received');
    // Leased to the process that received it: a sweep leaves it, a start takes it over.
    expect((await store.claimIncoming('test', 10, 60_000, false)).map((r) => r.eventId)).toEqual(
      [],
    );
    expect((await store.claimIncoming('test', 10, 60_000, true)).map((r) => r.eventId)).toEqual([
      id,
    ]);
    const post = {
      kind: 'student_answer' as const,
      conversation: `slack:D1`,
      payload: payload('a1'),
      idempotencyKey: `student_answer:${id}`,
    };
    await store.completeIncoming(id, post);
    await store.completeIncoming(id, post); // a second process finishing the same message
    expect(await store.recordIncoming(id, 'test', { text: 'hi' }, 60_000)).toBe('done');
    expect(await store.claimIncoming('test', 10, 60_000, true)).toEqual([]);
    const keys: string[] = [];
    await store.deliverDue(
      ['student_answer'],
      50,
      async (job) => void keys.push(job.idempotencyKey),
      () => 0,
    );
    expect(keys.filter((key) => key === post.idempotencyKey)).toHaveLength(1);
  });

  it.runIf(enabled)(
    'a failed answer is due again after its backoff; one case per answer id',
    async () => {
      const id = `test:${Date.now()}:b`;
      await store.recordIncoming(id, 'retry', { text: 'x' }, 0);
      await store.failIncoming(id, 'boom', 60_000);
      expect(await store.claimIncoming('retry', 10, 60_000, false)).toEqual([]);
      await store.failIncoming(id, 'boom', 0);
      expect(await store.claimIncoming('retry', 10, 60_000, false)).toMatchObject([
        { eventId: id, attempts: 2 },
      ]);
      const request = {
        conversation: 'slack:D9',
        lang: 'en' as const,
        question: 'I want a person',
        reason: 'wants_person' as const,
        recentTurns: [],
        generalRule: null,
        answerId: answerIdFor(id),
      };
      const first = await store.openCase(request);
      expect((await store.openCase(request)).id).toBe(first.id);
      expect((await store.openCase({ ...request, answerId: null })).id).not.toBe(first.id);
    },
  );

  it.runIf(enabled)(
    'a send cut off by a crash is due again at the next start, marked as possibly sent',
    async () => {
      const id = `test:${Date.now()}:c`;
      await store.completeIncoming(id, {
        kind: 'student_answer',
        conversation: 'discord:crash',
        payload: payload('a2'),
        idempotencyKey: `student_answer:${id}`,
      });
      const seen: OutboxJob[] = [];
      // The first send never settles (the process died while the platform had it).
      void store.deliverDue(
        ['student_answer'],
        1,
        (job) => {
          seen.push(job);
          return new Promise(() => {});
        },
        () => 0,
        'discord:crash',
      );
      await until(async () => seen.length === 1);
      expect(seen[0]!.priorSends).toBe(0);
      // Claimed: not due to another worker meanwhile.
      expect(
        await store.deliverDue(
          ['student_answer'],
          5,
          async () => {},
          () => 0,
          'discord:crash',
        ),
      ).toEqual({ delivered: 0, failed: 0 });
      expect(await store.releaseClaims(['student_answer'], 'discord:crash')).toBe(1);
      await store.deliverDue(
        ['student_answer'],
        5,
        async (job) => void seen.push(job),
        () => 0,
        'discord:crash',
      );
      expect(seen.map((job) => job.priorSends)).toEqual([0, 1]);
    },
  );

  it.runIf(enabled)(
    'the inbox answers a recorded message once, and a restart answers what a crash left',
    async () => {
      const runtime = await realRuntime();
      const assistant = new Assistant({
        knowledge: runtime.knowledge,
        retriever: runtime.index.retriever,
        conversations: store,
        handover: { open: async (request) => ({ caseId: (await store.openCase(request)).id }) },
        answerLog: store,
        staleAfterDays: 365,
      });
      const platform = `inbox-${Date.now()}`;
      let queued = 0;
      const inbox = createInbox(assistant, store, { platform, onQueued: () => queued++ });
      const eventId = `${platform}:1`;
      const conversation = `slack:D${Date.now()}`;
      expect(await inbox.accept(eventId, message('I want to talk to a person', conversation))).toBe(
        'queued',
      );
      await until(async () => queued === 1);
      expect(await inbox.accept(eventId, message('I want to talk to a person', conversation))).toBe(
        'answered',
      );
      const answers: OutboxJob[] = [];
      await store.deliverDue(
        ['student_answer'],
        10,
        async (job) => void answers.push(job),
        () => 0,
        conversation,
      );
      expect(answers).toHaveLength(1);
      expect(answers[0]!.payload).toMatchObject({ answerId: answerIdFor(eventId) });
      const caseId = (
        answers[0]!.payload as unknown as { answer: { handover: { caseId: string } } }
      ).answer.handover.caseId;
      expect(caseId).toMatch(/^EX-\d{4}$/);

      // A crash after the case was opened but before the answer was queued: the row is left
      // unfinished; the next start answers it with the same answer id, so the same case.
      const crashed = `${platform}:2`;
      const other = `slack:D${Date.now()}x`;
      await store.recordIncoming(
        crashed,
        platform,
        message('I want to talk to a person', other),
        60_000,
      );
      const firstTry = await store.openCase({
        conversation: other,
        lang: 'en',
        question: 'I want to talk to a person',
        reason: 'wants_person',
        recentTurns: [],
        generalRule: null,
        answerId: answerIdFor(crashed),
      });
      const restarted = createInbox(assistant, store, { platform, onQueued: () => queued++ });
      expect(await restarted.start()).toBe(1);
      await until(async () => queued === 2);
      await restarted.stop(5000);
      const recovered: OutboxJob[] = [];
      await store.deliverDue(
        ['student_answer'],
        10,
        async (job) => void recovered.push(job),
        () => 0,
        other,
      );
      expect(JSON.stringify(recovered[0]!.payload)).toContain(firstTry.id);
    },
  );
});
