import { describe, expect, it } from 'vitest';
import { describeReplyExpectation, replyExpectation } from '../../src/messages/office-hours.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

const office = loadKnowledge('knowledge').knowledge!.office;
// Times are given in UTC; Asia/Tokyo is UTC+9. 2026-11-23 is a Monday.
const at = (iso: string) => new Date(iso);

describe('office hours (Asia/Tokyo, weekdays 08:30-17:15)', () => {
  it('Monday 10:00 JST is within hours', () => {
    expect(replyExpectation(office, at('2026-11-23T01:00:00Z'))).toEqual({ withinHours: true, nextOpening: null });
    expect(describeReplyExpectation(office, at('2026-11-23T01:00:00Z'), 'en')).toMatch(/open now/);
  });
  it('Monday 07:00 JST: later today at 08:30', () => {
    expect(replyExpectation(office, at('2026-11-22T22:00:00Z')).nextOpening).toEqual({ weekday: 1, time: '08:30', daysAhead: 0 });
  });
  it('Monday 17:15 JST (closing time) is outside hours: next business day', () => {
    const expectation = replyExpectation(office, at('2026-11-23T08:15:00Z'));
    expect(expectation.withinHours).toBe(false);
    expect(expectation.nextOpening).toEqual({ weekday: 2, time: '08:30', daysAhead: 1 });
    expect(describeReplyExpectation(office, at('2026-11-23T08:15:00Z'), 'ja')).toMatch(/翌営業日/);
  });
  it('Monday 17:14 JST is still within hours', () => {
    expect(replyExpectation(office, at('2026-11-23T08:14:00Z')).withinHours).toBe(true);
  });
  it('Friday 18:00 JST: Monday', () => {
    const expectation = replyExpectation(office, at('2026-11-27T09:00:00Z'));
    expect(expectation.nextOpening).toEqual({ weekday: 1, time: '08:30', daysAhead: 3 });
    expect(describeReplyExpectation(office, at('2026-11-27T09:00:00Z'), 'en')).toMatch(/next business day \(Monday\)/);
  });
  it('Saturday noon JST: Monday; Sunday 23:59 JST: next business day', () => {
    expect(replyExpectation(office, at('2026-11-28T03:00:00Z')).nextOpening?.weekday).toBe(1);
    expect(replyExpectation(office, at('2026-11-29T14:59:00Z')).nextOpening).toEqual({ weekday: 1, time: '08:30', daysAhead: 1 });
  });
  it('the UTC date differs from the Tokyo date: Sunday 23:30 UTC is Monday 08:30 JST, open', () => {
    expect(replyExpectation(office, at('2026-11-22T23:30:00Z')).withinHours).toBe(true);
  });
});
