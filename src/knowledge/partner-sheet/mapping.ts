/**
 * The one place that maps sheet columns to partner records and back. Each field names its
 * columns, how to read them and how to write a record's value; a field whose cells still show
 * what the record would write keeps the record's value untouched (so curated wording, notes
 * and sub-structures survive a round trip through the sheet).
 */
import type { Curated, Partner, SourceRef } from '../schema.ts';
import { CellError, cellText, readPairedLines, readSlots, readTuition, renderTuition, requiredText, type CellValue } from './cells.ts';
import type { ColumnKey } from './columns.ts';
import { readAsOf, readDeadlines, readPeriods, renderAsOf, renderDeadlines, renderPeriods } from './dates.ts';
import type { Said } from './messages.ts';
import { readAliases, readCountryCode, readFaculties, readLevel, readRegion, renderAliases, renderFaculties, renderLevel } from './profile.ts';
import { readGpa, readLanguage, renderGpa, renderLanguage } from './requirements.ts';

export type Cells = Partial<Record<ColumnKey, CellValue>>;
export type Rendered = Partial<Record<ColumnKey, string>>;

export interface ReadContext {
  /** The as-of date for rows whose 時点 cell is empty (`--as-of`), or null. */
  asOfFallback: string | null;
}

/** The part of a partner the sheet carries (everything but id and source). */
type SheetPart = Omit<Partner, 'id' | 'source'>;

interface Field<K extends keyof SheetPart> {
  name: K;
  columns: ColumnKey[];
  read: (cells: Cells, context: ReadContext) => SheetPart[K];
  render: (value: SheetPart[K]) => Rendered;
}

const field = <K extends keyof SheetPart>(f: Field<K>) => f;
const one = (key: ColumnKey, read: (value: CellValue) => unknown) => (cells: Cells) => read(cells[key] ?? null);
const pairs = (ja: ColumnKey, en: ColumnKey) => ({
  // The sheet carries what students read; an office note stays in the record (kept when the cells are unchanged).
  read: (cells: Cells) => readPairedLines(cells[ja] ?? null, cells[en] ?? null).map((student) => ({ student, office: null })),
  render: (list: Curated[]) => ({ [ja]: list.map((n) => n.student.ja).join('\n'), [en]: list.map((n) => n.student.en).join('\n') }),
});

export const FIELDS = [
  field({ name: 'nameJa', columns: ['nameJa'], read: (c) => requiredText(c.nameJa ?? null), render: (v) => ({ nameJa: v }) }),
  field({ name: 'nameEn', columns: ['nameEn'], read: (c) => requiredText(c.nameEn ?? null), render: (v) => ({ nameEn: v }) }),
  field({ name: 'aliases', columns: ['aliases'], read: one('aliases', readAliases) as Field<'aliases'>['read'], render: (v) => ({ aliases: renderAliases(v) }) }),
  field({ name: 'region', columns: ['region'], read: one('region', readRegion) as Field<'region'>['read'], render: (v) => ({ region: v.ja }) }),
  field({
    name: 'country',
    columns: ['countryJa', 'countryEn', 'countryCode'],
    read: (c) => ({ code: readCountryCode(c.countryCode ?? null), ja: requiredText(c.countryJa ?? null), en: requiredText(c.countryEn ?? null) }),
    render: (v) => ({ countryJa: v.ja, countryEn: v.en, countryCode: v.code }),
  }),
  field({ name: 'faculties', columns: ['faculties'], read: one('faculties', readFaculties) as Field<'faculties'>['read'], render: (v) => ({ faculties: renderFaculties(v) }) }),
  field({ name: 'studentLevel', columns: ['level'], read: one('level', readLevel) as Field<'studentLevel'>['read'], render: (v) => ({ level: renderLevel(v) }) }),
  field({ name: 'studyPeriods', columns: ['periods'], read: one('periods', readPeriods) as Field<'studyPeriods'>['read'], render: (v) => ({ periods: renderPeriods(v) }) }),
  field({ name: 'language', columns: ['language'], read: one('language', readLanguage) as Field<'language'>['read'], render: (v) => ({ language: renderLanguage(v) }) }),
  field({ name: 'gpa', columns: ['gpa'], read: one('gpa', readGpa) as Field<'gpa'>['read'], render: (v) => ({ gpa: renderGpa(v) }) }),
  field({ name: 'tuitionWaived', columns: ['tuition'], read: one('tuition', readTuition) as Field<'tuitionWaived'>['read'], render: (v) => ({ tuition: renderTuition(v) }) }),
  field({ name: 'deadlines', columns: ['deadlines'], read: one('deadlines', readDeadlines) as Field<'deadlines'>['read'], render: (v) => ({ deadlines: renderDeadlines(v) }) }),
  field({ name: 'slots', columns: ['slots'], read: one('slots', readSlots) as Field<'slots'>['read'], render: (v) => ({ slots: v === null ? '' : String(v) }) }),
  field({ name: 'notes', columns: ['notesJa', 'notesEn'], ...pairs('notesJa', 'notesEn') }),
  field({ name: 'gaps', columns: ['gapsJa', 'gapsEn'], ...pairs('gapsJa', 'gapsEn') }),
  field({ name: 'asOf', columns: ['asOf'], read: (c, context) => readAsOf(c.asOf ?? null, context.asOfFallback), render: (v) => ({ asOf: renderAsOf(v) }) }),
] as const;

export type FieldName = (typeof FIELDS)[number]['name'];

/** A record as sheet cells (export, and the comparison that decides what changed). */
export function recordToCells(partner: Partner): Rendered {
  const cells: Rendered = { id: partner.id };
  for (const f of FIELDS) Object.assign(cells, (f.render as (v: unknown) => Rendered)(partner[f.name]));
  return cells;
}

export interface CellProblem {
  column: ColumnKey;
  said: Said;
}

export interface RowReading {
  /** The record the row describes, or null when a cell could not be read. */
  partner: Partner | null;
  /** Fields whose value differs from the existing record's (empty for a new record). */
  changed: FieldName[];
  problems: CellProblem[];
}

const sameCells = (columns: ColumnKey[], a: Rendered, cells: Cells) =>
  columns.every((key) => cellText(a[key] ?? '') === cellText(cells[key] ?? null));

/**
 * Reads one row against the record it updates (null for a new partner). `source` is the
 * row's provenance, used when anything in the record changes.
 */
export function rowToRecord(id: string, cells: Cells, existing: Partner | null, source: SourceRef, context: ReadContext): RowReading {
  const problems: CellProblem[] = [];
  const changed: FieldName[] = [];
  const before = existing ? recordToCells(existing) : null;
  const values: Record<string, unknown> = {};
  for (const f of FIELDS) {
    const render = f.render as (v: unknown) => Rendered;
    if (existing && before && sameCells(f.columns as unknown as ColumnKey[], before, cells)) {
      values[f.name] = existing[f.name];
      continue;
    }
    try {
      const value = (f.read as (c: Cells, x: ReadContext) => unknown)(cells, context);
      // Typed differently but written the same (5月30日 vs 2026/5/30): the record is unchanged.
      const same = existing && before && sameCells(f.columns as unknown as ColumnKey[], before, render(value) as Cells);
      values[f.name] = same ? existing[f.name] : value;
      if (existing && !same) changed.push(f.name);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ column: f.columns[0]!, said: error.said });
    }
  }
  if (problems.length > 0) return { partner: null, changed, problems };
  const keepSource = existing !== null && changed.length === 0;
  const partner = { id, ...values, source: keepSource ? existing.source : source } as Partner;
  return { partner, changed, problems };
}
