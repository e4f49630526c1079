/**
 * When a student can expect a reply, from the office's days, hours and time zone
 * (`knowledge/office.yaml`) and its calendar: Japanese public holidays, substitute holidays
 * and the office's own closures (see `knowledge/office-calendar.ts`).
 */
import {
  localTime,
  nextOpening,
  officeDay,
  toMinutes,
  type ClosedReason,
} from '../knowledge/office-calendar.ts';
import type { OfficeFile } from '../knowledge/office-schema.ts';
import type { Lang } from '../domain/types.ts';
import { messagesFor } from './index.ts';

export interface ReplyExpectation {
  withinHours: boolean;
  /** The next opening, as office-local day (YYYY-MM-DD), weekday and time, when outside hours. */
  nextOpening: { day: string; weekday: number; time: string; daysAhead: number } | null;
  /** Why the office is closed all day today (holiday, closure), when it is. */
  closedToday: ClosedReason | null;
}

export function replyExpectation(office: OfficeFile, now: Date): ReplyExpectation {
  const { day, minutes } = localTime(now, office.timeZone);
  const today = officeDay(office, day);
  const closedToday = today.closed?.kind === 'weekend' ? null : today.closed;
  if (
    today.closed === null &&
    minutes >= toMinutes(office.opens) &&
    minutes < toMinutes(office.closes)
  ) {
    return { withinHours: true, nextOpening: null, closedToday: null };
  }
  return { withinHours: false, nextOpening: nextOpening(office, now), closedToday };
}

export function describeReplyExpectation(office: OfficeFile, now: Date, lang: Lang): string {
  const m = messagesFor(lang);
  const expectation = replyExpectation(office, now);
  const hours = `${office.opens}–${office.closes}`;
  if (expectation.withinHours) return m.openNow(hours);
  const next = expectation.nextOpening;
  if (!next) return m.staffWillReply;
  if (next.daysAhead === 0) return m.closedOpensToday(next.time);
  const [, month, date] = next.day.split('-').map(Number) as [number, number, number];
  const when =
    next.daysAhead === 1 ? m.nextBusinessDay : m.nextBusinessDayOn(next.weekday, month, date);
  const reason = expectation.closedToday;
  const closed =
    reason?.kind === 'public-holiday'
      ? m.closedTodayHoliday(reason.name[lang])
      : reason?.kind === 'closure'
        ? m.closedTodayClosure(reason.name[lang])
        : '';
  return `${closed}${m.closedUntil(hours, when, next.time)}`;
}
