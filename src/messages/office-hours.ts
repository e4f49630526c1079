/**
 * When a student can expect a reply, from the office's days, hours and time zone
 * (`knowledge/office.yaml`). Public holidays are not in the knowledge, so they are mentioned,
 * not computed.
 */
import type { OfficeFile } from '../knowledge/schema.ts';
import type { Lang } from '../domain/types.ts';

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

const DAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_JA = ['', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'];

export function describeReplyExpectation(office: OfficeFile, now: Date, lang: Lang): string {
  const expectation = replyExpectation(office, now);
  const hours = `${office.opens}–${office.closes}`;
  if (expectation.withinHours) {
    return lang === 'ja'
      ? `現在は窓口時間内（${hours}）です。通常、本日中に職員から返信します。`
      : `The office is open now (${hours} Japan time); staff usually reply within office hours today.`;
  }
  const next = expectation.nextOpening;
  if (!next) return lang === 'ja' ? '職員から返信します。' : 'Staff will reply.';
  if (next.daysAhead === 0) {
    return lang === 'ja'
      ? `現在は窓口時間外です。本日 ${next.time} の開室後に職員が確認します。`
      : `The office is closed now; staff will pick this up after it opens at ${next.time} today (Japan time).`;
  }
  const when = next.daysAhead === 1 ? (lang === 'ja' ? '翌営業日' : 'the next business day') : lang === 'ja' ? `次の営業日（${DAY_JA[next.weekday]}）` : `the next business day (${DAY_EN[next.weekday]})`;
  return lang === 'ja'
    ? `現在は窓口時間外（窓口は平日 ${hours}、祝日を除く）です。${when}の ${next.time} 以降に職員が返信します。`
    : `The office is closed now (open weekdays ${hours} Japan time, except public holidays); expect a reply on ${when} after ${next.time}.`;
}
