/**
 * When a student can expect a reply, from the office's days, hours and time zone
 * (`knowledge/office.yaml`). Public holidays are not in the knowledge, so they are mentioned,
 * not computed.
 */
import type { OfficeFile } from '../knowledge/schema.ts';
import type { Lang } from '../domain/types.ts';
import { messagesFor } from './index.ts';

export interface ReplyExpectation {
  withinHours: boolean;
  /** The next opening, as office-local weekday and time, when outside hours. */
  nextOpening: { weekday: number; time: string; daysAhead: number } | null;
}

const WEEKDAY_INDEX: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function localParts(now: Date, timeZone: string): { weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: WEEKDAY_INDEX[get('weekday')] ?? 1, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function replyExpectation(office: OfficeFile, now: Date): ReplyExpectation {
  const { weekday, minutes } = localParts(now, office.timeZone);
  const opens = toMinutes(office.opens);
  const closes = toMinutes(office.closes);
  const openToday = office.openDays.includes(weekday);
  if (openToday && minutes >= opens && minutes < closes) return { withinHours: true, nextOpening: null };
  // Later today if before opening; otherwise the next open day.
  if (openToday && minutes < opens) return { withinHours: false, nextOpening: { weekday, time: office.opens, daysAhead: 0 } };
  for (let ahead = 1; ahead <= 7; ahead++) {
    const day = ((weekday - 1 + ahead) % 7) + 1;
    if (office.openDays.includes(day)) return { withinHours: false, nextOpening: { weekday: day, time: office.opens, daysAhead: ahead } };
  }
  return { withinHours: false, nextOpening: null };
}

export function describeReplyExpectation(office: OfficeFile, now: Date, lang: Lang): string {
  const m = messagesFor(lang);
  const expectation = replyExpectation(office, now);
  const hours = `${office.opens}–${office.closes}`;
  if (expectation.withinHours) return m.openNow(hours);
  const next = expectation.nextOpening;
  if (!next) return m.staffWillReply;
  if (next.daysAhead === 0) return m.closedOpensToday(next.time);
  const when = next.daysAhead === 1 ? m.nextBusinessDay : m.nextBusinessDayOn(next.weekday);
  return m.closedUntil(hours, when, next.time);
}
