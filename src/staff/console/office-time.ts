/**
 * Times as the office reads them: in the office's time zone (knowledge/office.yaml), always
 * labelled, because staff, students abroad and the server's UTC clock disagree otherwise. The
 * labels and units are the console catalogue's (src/messages/staff-console*.ts).
 */
import { WORDS } from '../../messages/staff-console.ts';

export type StaffLang = 'ja' | 'en';

function parts(date: Date, timeZone: string): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
}

/** The zone's label: JST / 日本時間 for Tokyo, otherwise the short name Intl gives (e.g. "GMT+2"). */
export function zoneLabel(timeZone: string, lang: StaffLang, at = new Date()): string {
  const known = WORDS[lang].time.zones[timeZone];
  if (known) return known;
  const named = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return named?.value ?? timeZone;
}

/** "2026-12-01 09:30 JST" or "2026-12-01 09:30（日本時間）". */
export function formatOfficeTime(iso: string | Date, timeZone: string, lang: StaffLang): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '-';
  const p = parts(date, timeZone);
  const text = `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  return WORDS[lang].time.stamp(text, zoneLabel(timeZone, lang, date));
}

/** The office's calendar day of an instant, as YYYY-MM-DD (for per-day counts). */
export function officeDay(iso: string | Date, timeZone: string): string {
  const p = parts(typeof iso === 'string' ? new Date(iso) : iso, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** How long ago, coarsely: "12 min", "3 h", "2 d" / "12分", "3時間", "2日". */
export function formatAge(iso: string, now: Date, lang: StaffLang): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
  const age = WORDS[lang].time.age;
  if (minutes < 60) return age.minutes(minutes);
  if (minutes < 48 * 60) return age.hours(Math.floor(minutes / 60));
  return age.days(Math.floor(minutes / 1440));
}
