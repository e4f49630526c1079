/**
 * The office's calendar: which days it is open, from its weekdays (`openDays`), Japanese
 * public holidays including substitute holidays (振替休日) and 国民の休日 (from the maintained
 * `@holiday-jp/holiday_jp` table), and its own closures in `knowledge/office.yaml` (New Year,
 * summer). Every "staff will reply by ..." promise is computed from this, in the office's
 * time zone, so a student is never told "Monday" when Monday is a holiday.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import type { OfficeClosure, OfficeFile } from './office-schema.ts';

/** A calendar day in the office's time zone, as YYYY-MM-DD. */
export type DayKey = string;

export type ClosedReason =
  | { kind: 'weekend' }
  | { kind: 'public-holiday'; name: { ja: string; en: string } }
  | { kind: 'closure'; id: string; name: { ja: string; en: string } };

export interface OfficeDay {
  day: DayKey;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Null when the office is open that day. */
  closed: ClosedReason | null;
}

export interface NextOpening {
  day: DayKey;
  weekday: number;
  time: string;
  /** Calendar days from today (office time); 0 = later today. */
  daysAhead: number;
}

const WEEKDAY_INDEX: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The office-local day and minutes since midnight of an instant. */
export function localTime(now: Date, timeZone: string): { day: DayKey; weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    day: `${get('year')}-${get('month')}-${get('day')}`,
    weekday: WEEKDAY_INDEX[get('weekday')] ?? 1,
    minutes: Number(get('hour')) * 60 + Number(get('minute')),
  };
}

/** Calendar arithmetic on day keys (UTC dates, so no time-zone or DST drift). */
export function addDays(day: DayKey, count: number): DayKey {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + count);
  return date.toISOString().slice(0, 10);
}

function weekdayOf(day: DayKey): number {
  const utc = new Date(`${day}T00:00:00Z`).getUTCDay();
  return utc === 0 ? 7 : utc;
}

/** The public holiday on a day (e.g. 「こどもの日 振替休日」 / "Holiday in lieu"), or null. */
export function publicHoliday(day: DayKey): { ja: string; en: string } | null {
  const holiday = (holidayJp.holidays as Record<string, { name: string; name_en: string } | undefined>)[day];
  return holiday ? { ja: holiday.name, en: holiday.name_en } : null;
}

function inClosure(closure: OfficeClosure, day: DayKey): boolean {
  if (closure.dates.some((period) => period.from <= day && day <= period.to)) return true;
  if (!closure.yearly) return false;
  const monthDay = day.slice(5);
  const { from, to } = closure.yearly;
  // A yearly period may wrap the year end (12-29 to 01-03).
  return from <= to ? from <= monthDay && monthDay <= to : monthDay >= from || monthDay <= to;
}

export function officeDay(office: OfficeFile, day: DayKey): OfficeDay {
  const weekday = weekdayOf(day);
  const closure = office.closures.find((c) => inClosure(c, day));
  if (closure) return { day, weekday, closed: { kind: 'closure', id: closure.id, name: closure.name } };
  const holiday = office.closedOnPublicHolidays ? publicHoliday(day) : null;
  if (holiday) return { day, weekday, closed: { kind: 'public-holiday', name: holiday } };
  if (!office.openDays.includes(weekday)) return { day, weekday, closed: { kind: 'weekend' } };
  return { day, weekday, closed: null };
}

export const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function isWithinHours(office: OfficeFile, now: Date): boolean {
  const local = localTime(now, office.timeZone);
  return officeDay(office, local.day).closed === null && local.minutes >= toMinutes(office.opens) && local.minutes < toMinutes(office.closes);
}

/**
 * The next time the office opens after `now` (later today when before opening). Looks a
 * little over a month ahead, longer than any closure plus holidays; null past that.
 */
export function nextOpening(office: OfficeFile, now: Date): NextOpening | null {
  const local = localTime(now, office.timeZone);
  const today = officeDay(office, local.day);
  if (today.closed === null && local.minutes < toMinutes(office.opens)) {
    return { day: local.day, weekday: local.weekday, time: office.opens, daysAhead: 0 };
  }
  for (let ahead = 1; ahead <= 40; ahead++) {
    const candidate = officeDay(office, addDays(local.day, ahead));
    if (candidate.closed === null) return { day: candidate.day, weekday: candidate.weekday, time: office.opens, daysAhead: ahead };
  }
  return null;
}
