import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupGaps, questionKey } from '../../staff/console/insights.ts';
import { SqlInsights } from './insights-sql.ts';
import { openCaseStore } from './open-store.ts';
import type { SqlCaseStore } from './sql-case-store.ts';

let store: SqlCaseStore;
beforeAll(async () => {
  store = await openCaseStore({ dataDir: '', databaseUrl: null }, { inMemory: true });
});
afterAll(() => store.close());

describe('console insights over the case store', () => {
  it('groups the same question typed differently', () => {
    expect(questionKey('Can I bring my cat？')).toBe(questionKey('can i  bring my CAT?'));
    expect(questionKey('ペットは連れて行けますか。')).toBe('ペットは連れて行けますか');
  });

  it('groups not-found cases with not-helpful answers, and counts per Tokyo day and route', async () => {
    const base = { recentTurns: [], generalRule: null, answerId: null };
    await store.openCase({
      ...base,
      conversation: 'test:a',
      lang: 'en',
      question: 'Can I bring my cat?',
      reason: 'not_found',
    });
    await store.openCase({
      ...base,
      conversation: 'test:b',
      lang: 'en',
      question: 'can I bring my cat',
      reason: 'not_found',
    });
    await store.openCase({
      ...base,
      conversation: 'test:c',
      lang: 'en',
      question: 'Credit approval please',
      reason: 'credit_transfer',
    });
    await store.append('test:d', [
      { role: 'student', text: '寮の門限は？', at: new Date(Date.now() - 1000).toISOString() },
    ]);
    await store.logAnswer({
      answerId: 'ans-1',
      conversation: 'test:d',
      lang: 'ja',
      route: 'knowledge',
      handoverReason: null,
      caseId: null,
    });
    await store.recordFeedback('ans-1', false);
    const insights = new SqlInsights(store.sqlClient());
    const gaps = groupGaps(await insights.gapRows(100));
    expect(gaps.map((g) => [g.question, g.count, g.kinds])).toEqual([
      ['can I bring my cat', 2, ['not_found']],
      ['寮の門限は？', 1, ['not_helpful']],
    ]);
    expect(gaps[0]!.caseIds).toHaveLength(2);
    const now = new Date();
    expect(await insights.questionsPerRoute(new Date(0))).toEqual({ knowledge: 1 });
    expect(await insights.caseCounts()).toEqual({ open: 3 });
    const days = await insights.questionsPerDay('Asia/Tokyo', 30, now);
    expect(days).toEqual([
      { day: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(now), count: 1 },
    ]);
  });
});
