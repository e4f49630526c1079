/** The case card flags an emergency as urgent for staff, in the title every platform shows. */
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../domain/cases.ts';
import { caseCard } from './case-card.ts';

const record = (reason: CaseRecord['reason']): CaseRecord =>
  ({
    id: 'EX-0007',
    status: 'open',
    reason,
    lang: 'en',
    assignee: null,
    question: 'My passport was stolen in Lund',
    generalRule: null,
    conversation: 'slack:C1:1.2',
  }) as unknown as CaseRecord;

describe('case card', () => {
  it('flags an emergency as urgent, in both languages', () => {
    expect(caseCard(record('emergency'), 'en')).toMatchObject({ urgent: true });
    expect(caseCard(record('emergency'), 'en').title).toMatch(/^URGENT — /);
    expect(caseCard(record('emergency'), 'ja').title).toMatch(/^【緊急】/);
  });

  it('leaves other reasons unflagged', () => {
    const card = caseCard(record('credit_transfer'), 'en');
    expect(card.urgent).toBe(false);
    expect(card.title).not.toMatch(/URGENT/);
  });
});
