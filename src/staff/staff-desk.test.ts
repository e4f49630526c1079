/** The shared staff desk: the staff check, claim-then-reply, refusals that change nothing. */
import { describe, expect, it } from 'vitest';
import { checkTransition, nextStatus, type CaseRecord, type StaffAction } from '../domain/cases.ts';
import type { CaseRepository } from '../domain/ports.ts';
import { createStaffDesk } from './staff-desk.ts';

function repository(status: CaseRecord['status'] = 'open', assignee: string | null = null) {
  const record = { id: 'EX-0001', status, assignee } as CaseRecord;
  const actions: string[] = [];
  const cases = {
    async findCaseByCard(_platform: string, _channel: string, messageId: string) {
      return messageId === 'card-1' ? record.id : null;
    },
    async getCase() {
      return record;
    },
    async act(_id: string, action: StaffAction, staff: string) {
      const refusal = checkTransition(record, action, staff);
      if (refusal) throw refusal;
      record.status = nextStatus(record.status, action);
      record.assignee = staff;
      actions.push(`${action}:${staff}`);
      return record;
    },
  } as Partial<CaseRepository> as CaseRepository;
  return { cases, actions, record };
}

const staff = (id: string, isStaff = true) => ({ id, isStaff: () => isStaff });
const card = (messageId = 'card-1') => ({ platform: 'slack' as const, channel: 'C0STAFF', messageId });

describe('staff desk', () => {
  it('a staff reply in an open case card thread claims the case, then queues the reply', async () => {
    const { cases, actions, record } = repository();
    expect(await createStaffDesk(cases).relayReply(card(), staff('sato'), 'Bring your syllabus.')).toEqual({ done: true, notice: null });
    expect(actions).toEqual(['claim:sato', 'reply:sato']);
    expect(record.status).toBe('answered');
  });

  it('ignores messages outside case cards, empty ones, and non-staff', async () => {
    const { cases, actions } = repository();
    const desk = createStaffDesk(cases);
    expect((await desk.relayReply(card('other'), staff('sato'), 'hi')).done).toBe(false);
    expect((await desk.relayReply(card(), staff('sato'), '  ')).done).toBe(false);
    expect(await desk.relayReply(card(), staff('outsider', false), 'hi')).toEqual({ done: false, notice: null });
    expect(actions).toEqual([]);
  });

  it('buttons: non-staff get the channel sentence; a refused transition says why and that nothing changed', async () => {
    const { cases } = repository('claimed', 'tanaka');
    const desk = createStaffDesk(cases);
    expect(await desk.act('EX-0001', 'claim', staff('x', false), 'Only staff.')).toEqual({ done: false, notice: 'Only staff.' });
    const refused = await desk.act('EX-0001', 'resolve', staff('sato'), 'Only staff.');
    expect(refused.done).toBe(false);
    expect(refused.notice).toMatch(/claimed by tanaka.*Nothing was changed\.$/);
    expect(await desk.act('EX-0001', 'resolve', staff('tanaka'), 'Only staff.')).toEqual({ done: true, notice: 'EX-0001: resolved.' });
  });
});
