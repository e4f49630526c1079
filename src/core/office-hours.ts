/**
 * When a student can expect a reply, from the office's days, hours and time zone
 * (`knowledge/office.yaml`) and its calendar: Japanese public holidays, substitute holidays
 * and the office's own closures (see `knowledge/office-calendar.ts`).
 */
import { localTime, nextOpening, officeDay, toMinutes, type ClosedReason } from '../knowledge/office-calendar.ts';
import type { OfficeFile } from '../knowledge/schema.ts';
import type { Lang } from './types.ts';

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
  if (today.closed === null && minutes >= toMinutes(office.opens) && minutes < toMinutes(office.closes)) {
    return { withinHours: true, nextOpening: null, closedToday: null };
  }
  return { withinHours: false, nextOpening: nextOpening(office, now), closedToday };
}

const DAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_JA = ['', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日'];
const MONTH_EN = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function closedTodayText(reason: ClosedReason, lang: Lang): string {
  if (reason.kind === 'public-holiday') {
    return lang === 'ja' ? `本日は祝日（${reason.name.ja}）のため窓口は休みです。` : `Today is a public holiday in Japan (${reason.name.en}), so the office is closed. `;
  }
  if (reason.kind === 'closure') return lang === 'ja' ? `本日は${reason.name.ja}のため窓口は休みです。` : `The office is closed today (${reason.name.en}). `;
  return '';
}

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
  const [, month, date] = next.day.split('-').map(Number) as [number, number, number];
  const when = next.daysAhead === 1 ? (lang === 'ja' ? '翌営業日' : 'the next business day') : lang === 'ja' ? `次の営業日（${month}月${date}日 ${DAY_JA[next.weekday]}）` : `the next business day (${DAY_EN[next.weekday]} ${date} ${MONTH_EN[month]})`;
  const closed = expectation.closedToday ? closedTodayText(expectation.closedToday, lang) : '';
  return lang === 'ja'
    ? `${closed}現在は窓口時間外（窓口は平日 ${hours}、祝日・休業日を除く）です。${when}の ${next.time} 以降に職員が返信します。`
    : `${closed}The office is closed now (open weekdays ${hours} Japan time, except public holidays and closures); expect a reply on ${when} after ${next.time}.`;
}
