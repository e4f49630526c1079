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
    createdAt: '2026-12-02T05:12:00.000Z',
  }) as unknown as CaseRecord;
const options = { timeZone: 'Asia/Tokyo', threadLink: null };

describe('case card', () => {
  it('flags an emergency as urgent, in both languages', () => {
    expect(caseCard(record('emergency'), { ...options, lang: 'en' })).toMatchObject({
      urgent: true,
    });
    expect(caseCard(record('emergency'), { ...options, lang: 'en' }).title).toMatch(/^URGENT — /);
    expect(caseCard(record('emergency'), { ...options, lang: 'ja' }).title).toMatch(/^【緊急】/);
  });

  it('leaves other reasons unflagged', () => {
    const card = caseCard(record('credit_transfer'), { ...options, lang: 'en' });
    expect(card.urgent).toBe(false);
    expect(card.title).not.toMatch(/URGENT/);
  });

  it('says the reason in words, when it was opened in office time, and links the thread', () => {
    const card = caseCard(record('wants_person'), {
      lang: 'en',
      timeZone: 'Asia/Tokyo',
      threadLink: 'https://discord.com/channels/1/2/3',
    });
    expect(card.reason).toBe('asked for a person');
    expect(JSON.stringify(card)).not.toMatch(/wants_person/);
    expect(card.openedAt).toBe('2026-12-02 14:12 JST');
    expect(card.threadLink).toBe('https://discord.com/channels/1/2/3');
    const ja = caseCard(record('financial_hardship'), { ...options, lang: 'ja' });
    expect(ja.reason).not.toMatch(/financial_hardship/);
    expect(ja.openedAt).toBe('2026-12-02 14:12（日本時間）');
  });

  it('says where the student is when there is no thread to link', () => {
    const card = caseCard({ ...record('not_found'), conversation: 'cli:local' }, options);
    expect(card.threadLink).toBeNull();
    expect(card.whereNoLink).toMatch(/terminal|ターミナル/);
  });
});
