/** Feedback on answers, "talk to staff", and personal data in public channels, through the assistant. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import type { Runtime } from '../../src/app/runtime.ts';
import { conversation, freshRuntime } from '../helpers/runtime.ts';

let runtime: Runtime;
let store: SqlCaseStore;
beforeAll(async () => {
  store = await SqlCaseStore.open(await openPgliteClient(null));
  runtime = await freshRuntime({ caseStore: store, storeMode: 'durable' });
});
afterAll(() => store.close());

describe('feedback and staff requests', () => {
  it('every answer has an id; feedback is stored and counted', async () => {
    const answer = await runtime.assistant.ask({
      text: 'How much is the exchange scholarship?',
      conversation: conversation(),
    });
    expect(answer.answerId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await runtime.assistant.feedback(answer.answerId, true, 'en')).recorded).toBe(true);
    const stats = await store.stats(null, new Date());
    expect(stats.feedback.helpful).toBe(1);
  });

  it('"not helpful" offers staff, and "talk to staff" opens a case with the last question', async () => {
    const id = conversation();
    const answer = await runtime.assistant.ask({
      text: '寮の家賃はいくらですか',
      conversation: id,
    });
    const feedback = await runtime.assistant.feedback(answer.answerId, false, answer.lang);
    expect(feedback.reply).toMatch(/職員/);
    const handed = await runtime.assistant.requestStaff(id, 'not_helpful');
    expect(handed.route).toBe('handover');
    expect(handed.lang).toBe('ja');
    const record = await store.getCase(handed.handover!.caseId!);
    expect(record).toMatchObject({
      reason: 'not_helpful',
      question: '寮の家賃はいくらですか',
      conversation: id,
    });
    expect(record!.recentTurns.length).toBeGreaterThan(0);
  });

  it('"that didn\'t help" typed opens the same case, about the question that was missed', async () => {
    const id = conversation();
    await runtime.assistant.ask({ text: 'Where is the study abroad office?', conversation: id });
    const handed = await runtime.assistant.ask({
      text: "that didn't help at all",
      conversation: id,
    });
    expect(handed.route).toBe('handover');
    expect(handed.handover?.reason).toBe('not_helpful');
    const record = await store.getCase(handed.handover!.caseId!);
    expect(record).toMatchObject({
      reason: 'not_helpful',
      question: 'Where is the study abroad office?',
    });
  });

  it('personal data in a public channel earns a suggestion to continue in a DM', async () => {
    const text = 'My GPA is 2.4 and my student number is 4221234, which partners can I apply to?';
    const inPublic = await runtime.assistant.ask({
      text,
      conversation: conversation(),
      isPublic: true,
    });
    expect(inPublic.answer).toMatch(/direct message/);
    const inDm = await runtime.assistant.ask({
      text,
      conversation: conversation(),
      isPublic: false,
    });
    expect(inDm.answer).not.toMatch(/direct message/);
  });

  it('conversation memory lives in the store (follow-ups survive a new runtime)', async () => {
    const id = conversation();
    await runtime.assistant.ask({ text: 'Which partners accept TOEIC 400?', conversation: id });
    const another = await freshRuntime({ caseStore: store, storeMode: 'durable' });
    const followUp = await another.assistant.ask({ text: 'and 450?', conversation: id });
    expect(followUp.partners.map((p) => p.id)).toEqual([
      'ho-chi-minh-city-university-of-education',
    ]);
  });
});
