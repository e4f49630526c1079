/** Whether a figure's "as of" date is older than the configured window, and how to say so. */
import type { Lang } from '../domain/types.ts';
import type { OfficeFile } from '../knowledge/office-schema.ts';
import { messagesFor } from '../messages/index.ts';

/** "2015-11" is read as the last day of that month: the figure was true at least until then. */
export function asOfDate(asOf: string): Date {
  const [year, month, day] = asOf.split('-').map(Number) as [number, number, number | undefined];
  return day ? new Date(Date.UTC(year, month - 1, day)) : new Date(Date.UTC(year, month, 0));
}

export function isStale(asOf: string, staleAfterDays: number, now: Date): boolean {
  return now.getTime() - asOfDate(asOf).getTime() > staleAfterDays * 86_400_000;
}

export function formatAsOf(asOf: string): string {
  return asOf.replace(/-/g, '/');
}

export function staleNotice(asOf: string, office: OfficeFile, lang: Lang): string {
  return messagesFor(lang).staleNotice(formatAsOf(asOf), office);
}

/** A year the records cannot cover: state the recorded date with its own year, never a projection. */
export function yearNotice(year: number, asOf: string, lang: Lang): string {
  return messagesFor(lang).yearNotice(year, formatAsOf(asOf));
}
