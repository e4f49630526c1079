/** What an import changes, old -> new, as staff review it before anything is written. */
import type { Partner } from '../schema.ts';
import { columnOf, type ColumnKey } from './columns.ts';
import { FIELDS, recordToCells, type FieldName } from './mapping.ts';
import { diffMessages, type SheetLang } from './messages.ts';
import { renderAsOf } from './dates.ts';

export interface FieldChange {
  field: FieldName;
  columns: ColumnKey[];
  before: string;
  after: string;
}

export interface PartnerDiff {
  added: Array<{ partner: Partner; row: number }>;
  removed: Partner[];
  changed: Array<{ partner: Partner; row: number; fields: FieldChange[] }>;
  /** Partners whose only change is the as-of date (a row re-confirmed by the new sheet). */
  redated: Array<{ partner: Partner; from: string; to: string }>;
}

export const isEmptyDiff = (diff: PartnerDiff) =>
  diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0 && diff.redated.length === 0;

export function fieldChanges(before: Partner, after: Partner, fields: FieldName[]): FieldChange[] {
  const old = recordToCells(before);
  const now = recordToCells(after);
  return FIELDS.filter((f) => fields.includes(f.name)).map((f) => {
    const columns = [...f.columns] as ColumnKey[];
    const join = (cells: typeof old) => columns.map((c) => cells[c] ?? '').filter(Boolean).join(' | ');
    return { field: f.name, columns, before: join(old), after: join(now) };
  });
}

const name = (p: Partner) => `${p.nameJa} ${p.nameEn} (${p.id})`;

export function renderDiff(diff: PartnerDiff, lang: SheetLang): string {
  const lines: string[] = [];
  const t = <T extends unknown[]>(m: (...a: T) => { ja: string; en: string }, ...a: T) => m(...a)[lang];
  const empty = t(diffMessages.empty);
  lines.push(t(diffMessages.summary, diff.added.length, diff.removed.length, diff.changed.length, diff.redated.length));
  if (diff.added.length > 0) {
    lines.push('', t(diffMessages.added));
    for (const { partner, row } of diff.added) {
      const cells = recordToCells(partner);
      const labelled = (['deadlines', 'slots', 'asOf'] as const).filter((c) => cells[c]).map((c) => `${columnOf(c)[lang]} ${cells[c]}`);
      const facts = [cells.region, cells.countryJa, cells.faculties, cells.language, cells.gpa, ...labelled].filter(Boolean).join('; ');
      lines.push(`  + ${name(partner)} — ${t(diffMessages.row, row)}: ${facts}`);
    }
  }
  if (diff.removed.length > 0) {
    lines.push('', t(diffMessages.removed));
    for (const partner of diff.removed) lines.push(`  - ${name(partner)}`);
  }
  if (diff.changed.length > 0) {
    lines.push('', t(diffMessages.changed));
    for (const { partner, row, fields } of diff.changed) {
      lines.push(`  ~ ${name(partner)} — ${t(diffMessages.row, row)}`);
      for (const change of fields) {
        const label = change.columns.map((c) => columnOf(c)[lang]).join(' / ');
        lines.push(`      ${label}: ${change.before || empty} → ${change.after || empty}`);
      }
    }
  }
  const groups = new Map<string, number>();
  for (const r of diff.redated) groups.set(`${r.from}\0${r.to}`, (groups.get(`${r.from}\0${r.to}`) ?? 0) + 1);
  if (groups.size > 0) lines.push('');
  for (const [key, count] of groups) {
    const [from, to] = key.split('\0') as [string, string];
    lines.push(t(diffMessages.redated, renderAsOf(from), renderAsOf(to), count));
  }
  return lines.join('\n');
}
