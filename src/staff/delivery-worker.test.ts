/** The delivery worker: staff jobs to the staff notifier, replies to the channel that owns the conversation. */
import { describe, expect, it } from 'vitest';
import type { CaseStore, OutboxJob, StaffNotifier } from '../domain/ports.ts';
import { backoffMs, DeliveryWorker } from './delivery-worker.ts';

const job = (kind: OutboxJob['kind'], conversation: string): OutboxJob =>
  ({
    id: 1,
    kind,
    caseId: 'EX-0001',
    conversation,
    idempotencyKey: `${kind}:EX-0001`,
    attempts: 0,
    payload:
      kind === 'student_reply'
        ? { caseId: 'EX-0001', staff: 'sato', text: 'hi', lang: 'en' }
        : { caseId: 'EX-0001', reason: 'visa', lang: 'en', question: 'q', conversation },
  }) as OutboxJob;

/** Runs `send` over the given jobs as the store would, counting outcomes. */
function fakeStore(jobs: OutboxJob[], seenKinds: OutboxJob['kind'][][] = []): CaseStore {
  return {
    async deliverDue(kinds, _limit, send) {
      seenKinds.push(kinds);
      let delivered = 0;
      let failed = 0;
      for (const due of jobs.filter((j) => kinds.includes(j.kind))) {
        try {
          await send(due, this as CaseStore);
          delivered++;
        } catch {
          failed++;
        }
      }
      return { delivered, failed };
    },
  } as Partial<CaseStore> as CaseStore;
}

const notifier = (prefix: string | null, sent: string[]): StaffNotifier => ({
  handlesConversation: (conversation) => prefix !== null && conversation.startsWith(prefix),
  deliver: async (delivered) => void sent.push(`${prefix ?? 'staff'}:${delivered.kind}`),
});

describe('DeliveryWorker', () => {
  it('sends case notifications to staff and replies through the channel that owns the conversation', async () => {
    const sent: string[] = [];
    const store = fakeStore([
      job('notify_staff', 'slack:C1:1.2'),
      job('student_reply', 'slack:C1:1.2'),
    ]);
    const worker = new DeliveryWorker(store, {
      staff: notifier(null, sent),
      channels: [notifier('discord:', sent), notifier('slack:', sent)],
    });
    expect(await worker.runOnce()).toEqual({ delivered: 2, failed: 0 });
    expect(sent).toEqual(['staff:notify_staff', 'slack::student_reply']);
  });

  it('a reply no channel can reach fails (and is retried later); without channels replies are not picked up', async () => {
    const sent: string[] = [];
    const kinds: OutboxJob['kind'][][] = [];
    expect(
      await new DeliveryWorker(fakeStore([job('student_reply', 'discord:g:c:t')]), {
        staff: notifier(null, sent),
        channels: [notifier('slack:', sent)],
      }).runOnce(),
    ).toEqual({ delivered: 0, failed: 1 });
    await new DeliveryWorker(fakeStore([], kinds), { staff: notifier(null, sent) }).runOnce();
    expect(kinds).toEqual([['notify_staff', 'case_updated']]);
  });

  it('waits for what must go first before each send', async () => {
    const events: string[] = [];
    const worker = new DeliveryWorker(fakeStore([job('student_reply', 'slack:C1:1.2')]), {
      staff: notifier(null, []),
      channels: [
        {
          handlesConversation: () => true,
          deliver: async () => void events.push('sent'),
        },
      ],
      beforeSend: async () => {
        await Promise.resolve();
        events.push('acknowledgements done');
      },
    });
    await worker.runOnce();
    expect(events).toEqual(['acknowledgements done', 'sent']);
  });

  it('backs off exponentially, capped at five minutes', () => {
    expect([1, 2, 3, 20].map(backoffMs)).toEqual([1000, 2000, 4000, 300_000]);
  });
});
