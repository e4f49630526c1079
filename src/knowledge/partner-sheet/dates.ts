/**
 * Date-shaped cells: application deadlines (2026/5/30, 5月30日, an Excel date cell, 随時),
 * study periods (前期 9月～2月 / 後期 3月～8月) and the row's as-of date.
 */
import type { Deadline, StudyPeriod } from '../schema.ts';
import { CellError, cellText, type CellValue } from './cells.ts';
import { sheetMessages } from './messages.ts';
import { TERMS, UNLABELLED_TERM } from './vocabulary.ts';

const SEGMENTS = /\s+\/\s+|／|\n|、|;/;
const MONTH_EN = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PART_EN: Record<string, string> = { 上旬: 'early', 初旬: 'early', 中旬: 'mid', 下旬: 'late', 末: 'end of' };
const ANY_TIME = /^(随時|随時受付|いつでも可|いつでも|通年受付|any ?time)$/i;

function splitTerm(segment: string): { term: { ja: string; en: string } | null; rest: string } {
  for (const term of TERMS) {
    for (const label of [term.ja, ...term.variants]) {
      const match = new RegExp(`^[(（]?${label}[)）]?\\s*[:：]?\\s*`).exec(segment);
      if (match) return { term: { ja: term.ja, en: term.en }, rest: segment.slice(match[0].length) };
    }
  }
  return { term: null, rest: segment };
}

function checkDate(month: number, day: number): void {
  // 2024 is a leap year, so 2/29 is accepted whatever the year.
  const days = new Date(Date.UTC(2024, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days) throw new CellError(sheetMessages.impossibleDate(month, day));
}

function readDeadline(segment: string): Deadline {
  const { term, rest } = splitTerm(segment);
  const full = /^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*[/\-.月]\s*(\d{1,2})\s*日?$/.exec(rest);
  const monthDay = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/.exec(rest) ?? /^(\d{1,2})\s*\/\s*(\d{1,2})$/.exec(rest);
  const [month, day] = full ? [Number(full[2]), Number(full[3])] : monthDay ? [Number(monthDay[1]), Number(monthDay[2])] : [null, null];
  if (month !== null && day !== null) {
    checkDate(month, day);
    return { term, month, day, text: null, raw: segment };
  }
  const monthOnly = /^(\d{1,2})\s*月\s*(上旬|初旬|中旬|下旬|末)?$/.exec(rest);
  if (monthOnly && Number(monthOnly[1]) >= 1 && Number(monthOnly[1]) <= 12) {
    const m = Number(monthOnly[1]);
    const part = monthOnly[2];
    return { term, month: m, day: null, text: part ? { ja: rest, en: `${PART_EN[part]} ${MONTH_EN[m]}` } : null, raw: segment };
  }
  if (ANY_TIME.test(rest)) return { term, month: null, day: null, text: { ja: rest, en: 'Applications accepted at any time' }, raw: segment };
  throw new CellError(sheetMessages.date(segment));
}

export function readDeadlines(value: CellValue): Deadline[] {
  if (value instanceof Date) {
    const [month, day] = [value.getUTCMonth() + 1, value.getUTCDate()];
    return [{ term: null, month, day, text: null, raw: `${value.getUTCFullYear()}/${month}/${day}` }];
  }
  if (typeof value === 'number') throw new CellError(sheetMessages.date(String(value)));
  const text = cellText(value);
  if (!text) return [];
  return text.split(SEGMENTS).map((s) => s.trim()).filter(Boolean).map(readDeadline);
}

export function renderDeadlines(deadlines: Deadline[]): string {
  return deadlines
    .map((d) => {
      const term = d.term ? `${d.term.ja} ` : '';
      if (d.month !== null && d.day !== null) return `${term}${d.month}月${d.day}日`;
      if (d.text) return `${term}${d.text.ja}`;
      return d.month !== null ? `${term}${d.month}月` : `${term}${d.raw}`;
    })
    .join(' / ');
}

const MONTH = '(\\d{1,2}|\\?)';
const PERIOD = new RegExp(`^${MONTH}\\s*月?\\s*[~〜\\-ー－]\\s*${MONTH}\\s*月?$`);

export function readPeriods(value: CellValue): StudyPeriod[] {
  const text = cellText(value);
  if (!text) return [];
  const segments = text.split(SEGMENTS).map((s) => s.trim()).filter(Boolean);
  return segments.map((segment) => {
    const { term, rest } = splitTerm(segment);
    if (!term && segments.length > 1) throw new CellError(sheetMessages.periodTerm());
    const match = PERIOD.exec(rest);
    const month = (m: string | undefined) => (m === undefined || m === '?' ? null : Number(m));
    const [fromMonth, toMonth] = match ? [month(match[1]), month(match[2])] : [null, null];
    const valid = (m: number | null) => m === null || (m >= 1 && m <= 12);
    if (!match || !valid(fromMonth) || !valid(toMonth)) throw new CellError(sheetMessages.period(segment));
    return { term: term ?? UNLABELLED_TERM, fromMonth, toMonth, toPart: null, raw: segment };
  });
}

export function renderPeriods(periods: StudyPeriod[]): string {
  return periods
    .map((p) => {
      const label = p.term.ja === UNLABELLED_TERM.ja ? '' : `${p.term.ja} `;
      return `${label}${p.fromMonth ?? '?'}月～${p.toMonth ?? '?'}月`;
    })
    .join(' / ');
}

/** The row's as-of date as YYYY-MM or YYYY-MM-DD; `fallback` (--as-of) fills an empty cell. */
export function readAsOf(value: CellValue, fallback: string | null): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = cellText(value).replace(/\s*(現在|時点)$/, '');
  if (!text) {
    if (fallback) return fallback;
    throw new CellError(sheetMessages.asOfMissing());
  }
  const match = /^(\d{4})\s*[/\-.年]\s*(\d{1,2})\s*月?(?:\s*[/\-.]?\s*(\d{1,2})\s*日?)?$/.exec(text);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new CellError(sheetMessages.asOf(text));
  const month = match[2]!.padStart(2, '0');
  if (!match[3]) return `${match[1]}-${month}`;
  checkDate(Number(match[2]), Number(match[3]));
  return `${match[1]}-${month}-${match[3].padStart(2, '0')}`;
}

export const renderAsOf = (asOf: string) => asOf.replace(/-/g, '/');
