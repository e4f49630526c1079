/** Whether a figure's "as of" date is older than the configured window, and how to say so. */
import type { Lang } from '../domain/types.ts';
import type { OfficeFile } from '../knowledge/schema.ts';

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
  return lang === 'ja'
    ? `※これは${formatAsOf(asOf)}時点の資料の情報で、その後変更されている可能性があります。応募前に必ず${office.name.ja}（${office.email}）またはホームページで最新の情報を確認してください。`
    : `Note: these figures are from the records as of ${formatAsOf(asOf)} and may have changed since. Before applying, confirm them with the ${office.name.en} (${office.email}) or on its website.`;
}

/** A year the records cannot cover: state the recorded date with its own year, never a projection. */
export function yearNotice(year: number, asOf: string, lang: Lang): string {
  return lang === 'ja'
    ? `※${year}年の日程は記録にありません。以下は${formatAsOf(asOf)}時点の表に載っている日付で、${year}年の日付ではありません。`
    : `Note: the records hold no dates for ${year}. The dates below are those in the table as of ${formatAsOf(asOf)}, not ${year} dates.`;
}
