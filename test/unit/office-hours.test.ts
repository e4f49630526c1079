import { describe, expect, it } from 'vitest';
import { describeReplyExpectation, replyExpectation } from '../../src/messages/office-hours.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { OfficeFile } from '../../src/knowledge/office-schema.ts';

const office = loadKnowledge('knowledge').knowledge!.office;
// Times are given in UTC; Asia/Tokyo is UTC+9. 2026-11-30 is an ordinary Monday
// (2026-11-23, a Monday, is 勤労感謝の日).
const at = (iso: string) => new Date(iso);

describe('office hours (Asia/Tokyo, weekdays 08:30-17:15)', () => {
  it('Monday 10:00 JST is within hours', () => {
    expect(replyExpectation(office, at('2026-11-30T01:00:00Z'))).toEqual({
      withinHours: true,
      nextOpening: null,
      closedToday: null,
    });
    expect(describeReplyExpectation(office, at('2026-11-30T01:00:00Z'), 'en')).toMatch(/open now/);
  });
  it('Monday 07:00 JST: later today at 08:30', () => {
    expect(replyExpectation(office, at('2026-11-29T22:00:00Z')).nextOpening).toEqual({
      day: '2026-11-30',
      weekday: 1,
      time: '08:30',
      daysAhead: 0,
    });
  });
  it('Monday 17:15 JST (closing time) is outside hours: next business day', () => {
    const expectation = replyExpectation(office, at('2026-11-30T08:15:00Z'));
    expect(expectation.withinHours).toBe(false);
    expect(expectation.nextOpening).toEqual({
      day: '2026-12-01',
      weekday: 2,
      time: '08:30',
      daysAhead: 1,
    });
    expect(describeReplyExpectation(office, at('2026-11-30T08:15:00Z'), 'ja')).toMatch(/翌営業日/);
  });
  it('Monday 17:14 JST is still within hours', () => {
    expect(replyExpectation(office, at('2026-11-30T08:14:00Z')).withinHours).toBe(true);
  });
  it('Friday 18:00 JST: Monday', () => {
    const expectation = replyExpectation(office, at('2026-11-27T09:00:00Z'));
    expect(expectation.nextOpening).toEqual({
      day: '2026-11-30',
      weekday: 1,
      time: '08:30',
      daysAhead: 3,
    });
    expect(describeReplyExpectation(office, at('2026-11-27T09:00:00Z'), 'en')).toMatch(
      /next business day \(Monday 30 November\)/,
    );
  });
  it('Saturday noon JST: Monday; Sunday 23:59 JST: next business day', () => {
    expect(replyExpectation(office, at('2026-11-28T03:00:00Z')).nextOpening?.weekday).toBe(1);
    expect(replyExpectation(office, at('2026-11-29T14:59:00Z')).nextOpening).toEqual({
      day: '2026-11-30',
      weekday: 1,
      time: '08:30',
      daysAhead: 1,
    });
  });
  it('the UTC date differs from the Tokyo date: Sunday 23:30 UTC is Monday 08:30 JST, open', () => {
    expect(replyExpectation(office, at('2026-11-29T23:30:00Z')).withinHours).toBe(true);
  });
});

describe('office hours follow the calendar: public holidays, substitute holidays, closures', () => {
  it('a public holiday on a Monday (勤労感謝の日 2026-11-23) is closed all day: Tuesday', () => {
    const expectation = replyExpectation(office, at('2026-11-23T01:00:00Z'));
    expect(expectation.withinHours).toBe(false);
    expect(expectation.closedToday).toEqual({
      kind: 'public-holiday',
      name: { ja: '勤労感謝の日', en: 'Labor Thanksgiving Day' },
    });
    expect(expectation.nextOpening).toEqual({
      day: '2026-11-24',
      weekday: 2,
      time: '08:30',
      daysAhead: 1,
    });
    expect(describeReplyExpectation(office, at('2026-11-23T01:00:00Z'), 'ja')).toMatch(
      /^本日は祝日（勤労感謝の日）のため窓口は休みです。/,
    );
  });
  it('a substitute holiday (こどもの日 振替休日, Wednesday 2026-05-06): after Golden Week, Thursday', () => {
    const expectation = replyExpectation(office, at('2026-05-06T03:00:00Z'));
    expect(expectation.withinHours).toBe(false);
    expect(expectation.closedToday).toMatchObject({
      kind: 'public-holiday',
      name: { ja: 'こどもの日 振替休日' },
    });
    expect(expectation.nextOpening).toMatchObject({ day: '2026-05-07', weekday: 4 });
    // From the Friday before Golden Week the next business day is the Thursday after it.
    expect(replyExpectation(office, at('2026-05-01T09:00:00Z')).nextOpening).toMatchObject({
      day: '2026-05-07',
      daysAhead: 6,
    });
    expect(describeReplyExpectation(office, at('2026-05-01T09:00:00Z'), 'ja')).toMatch(
      /次の営業日（5月7日 木曜日）の 08:30 以降/,
    );
  });
  it('the New Year closure (12/29-1/3): Monday 2026-12-28 18:00 JST gets Monday 4 January', () => {
    const expectation = replyExpectation(office, at('2026-12-28T09:00:00Z'));
    expect(expectation.nextOpening).toEqual({
      day: '2027-01-04',
      weekday: 1,
      time: '08:30',
      daysAhead: 7,
    });
    expect(describeReplyExpectation(office, at('2026-12-28T09:00:00Z'), 'en')).toMatch(
      /next business day \(Monday 4 January\) after 08:30/,
    );
    const inside = replyExpectation(office, at('2026-12-30T01:00:00Z'));
    expect(inside.closedToday).toMatchObject({ kind: 'closure', id: 'new-year' });
    expect(describeReplyExpectation(office, at('2026-12-30T01:00:00Z'), 'en')).toMatch(
      /^The office is closed today \(New Year holidays\)/,
    );
  });
  it('a Friday evening before a Monday holiday (成人の日 2027-01-11): Tuesday', () => {
    expect(replyExpectation(office, at('2027-01-08T09:30:00Z')).nextOpening).toEqual({
      day: '2027-01-12',
      weekday: 2,
      time: '08:30',
      daysAhead: 4,
    });
    expect(describeReplyExpectation(office, at('2027-01-08T09:30:00Z'), 'en')).toMatch(
      /Tuesday 12 January/,
    );
  });
  it('国民の休日 between two holidays (Silver Week 2026): Friday 9/18 evening gets Thursday 9/24', () => {
    expect(replyExpectation(office, at('2026-09-18T09:00:00Z')).nextOpening).toMatchObject({
      day: '2026-09-24',
      daysAhead: 6,
    });
  });
  it('a summer closure the office adds to office.yaml is honoured; without one no day is invented', () => {
    const friday = at('2027-08-06T09:00:00Z');
    expect(replyExpectation(office, friday).nextOpening?.day).toBe('2027-08-09');
    const withSummer = {
      ...office,
      closures: office.closures.map((c) =>
        c.id === 'summer' ? { ...c, dates: [{ from: '2027-08-09', to: '2027-08-13' }] } : c,
      ),
    };
    // 8/9-8/13 closed, 8/11 is also 山の日; next opening is Monday 8/16.
    expect(replyExpectation(withSummer, friday).nextOpening).toMatchObject({
      day: '2027-08-16',
      weekday: 1,
      daysAhead: 10,
    });
  });
  it('an office.yaml without closures still gets the New Year closure', () => {
    const { closures: _ignored, ...rest } = office;
    const parsed = OfficeFile.safeParse(rest);
    expect(parsed.success).toBe(true);
    expect(replyExpectation(parsed.data!, at('2027-01-02T01:00:00Z')).closedToday).toMatchObject({
      kind: 'closure',
      id: 'new-year',
    });
  });
});
