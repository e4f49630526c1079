/**
 * Importing the office's partner sheet: read every row against the current records, collect
 * every problem with its row and column, and work out the diff. Nothing is written here;
 * `writePartnerImport` writes a plan that staff confirmed.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { checkPartners, loadKnowledge } from '../load.ts';
import { PartnersFile, type Partner } from '../schema.ts';
import { cellText } from './cells.ts';
import { COLUMNS, columnOf, type ColumnKey } from './columns.ts';
import { fieldChanges, isEmptyDiff, type PartnerDiff } from './diff.ts';
import { rowToRecord } from './mapping.ts';
import { sheetMessages, diffMessages, type Said } from './messages.ts';
import { readId } from './profile.ts';
import { CellError } from './cells.ts';
import { readPartnerSheet, type ReadSheet } from './workbook.ts';

export interface SheetProblem {
  row: number | null;
  /** The header as the sheet writes it, with its column letter ("語学要件 (L)"). */
  column: string | null;
  said: Said;
}

export interface ImportOptions {
  asOf: string | null;
  partial: boolean;
}

export interface ImportPlan {
  sheetPath: string;
  sheet: ReadSheet;
  problems: SheetProblem[];
  warnings: Said[];
  diff: PartnerDiff;
  /** The partners file to write; null when nothing may be written. */
  next: PartnersFile | null;
  /** Rows skipped under --partial. */
  skippedRows: number[];
}

const key = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export async function planPartnerImport(knowledgeDir: string, sheetPath: string, options: ImportOptions): Promise<ImportPlan | { fatal: Said[] }> {
  const { knowledge, problems: invalid } = loadKnowledge(knowledgeDir);
  if (!knowledge) return { fatal: invalid.map((p) => ({ ja: `${p.file}: ${p.message}`, en: `${p.file}: ${p.message}` })) };
  const sheet = await readPartnerSheet(sheetPath);
  if (!('rows' in sheet)) return { fatal: [sheet] };
  const missing = COLUMNS.filter((c) => c.required && !sheet.headers[c.key]);
  if (missing.length > 0) return { fatal: [sheetMessages.missingColumns(missing.map((c) => `${c.ja} (${c.en})`).join(', '))] };
  if (sheet.rows.length === 0) return { fatal: [sheetMessages.noRows()] };

  const current = knowledge.partners;
  const byId = new Map(current.partners.map((p) => [p.id, p]));
  const byName = new Map(current.partners.flatMap((p) => [[key(p.nameEn), p], [key(p.nameJa), p]] as const));
  const where = (column: ColumnKey) => {
    const header = sheet.headers[column];
    return header ? `${header.header} (${header.letter})` : columnOf(column).ja;
  };
  const problems: SheetProblem[] = [];
  const seen = new Map<string, number>();
  const next: Partner[] = [];
  const keptIds = new Set<string>();
  const diff: PartnerDiff = { added: [], removed: [], changed: [], redated: [] };
  const skippedRows: number[] = [];
  const rowOf = new Map<string, number>();

  for (const { row, cells } of sheet.rows) {
    let id: string;
    const named = byName.get(key(cellText(cells.nameEn ?? null))) ?? byName.get(key(cellText(cells.nameJa ?? null)));
    try {
      id = cellText(cells.id ?? null) === '' && named ? named.id : readId(cells.id ?? null, cellText(cells.nameEn ?? null));
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ row, column: where('id'), said: error.said });
      skippedRows.push(row);
      continue;
    }
    if (seen.has(id)) {
      problems.push({ row, column: where('id'), said: sheetMessages.duplicate(id, seen.get(id)!) });
      skippedRows.push(row);
      continue;
    }
    seen.set(id, row);
    const existing = byId.get(id) ?? null;
    const source = sheetSource(sheet.file, sheet.sheet, row);
    const reading = rowToRecord(id, cells, existing, source, { asOfFallback: options.asOf });
    if (!reading.partner) {
      for (const p of reading.problems) problems.push({ row, column: where(p.column), said: p.said });
      skippedRows.push(row);
      // Under --partial a bad row never removes the record it was meant to update.
      if (existing) {
        next.push(existing);
        keptIds.add(id);
      }
      continue;
    }
    rowOf.set(id, row);
    next.push(reading.partner);
    keptIds.add(id);
    if (!existing) diff.added.push({ partner: reading.partner, row });
    else if (reading.changed.length === 1 && reading.changed[0] === 'asOf') diff.redated.push({ partner: reading.partner, from: existing.asOf, to: reading.partner.asOf });
    else if (reading.changed.length > 0) diff.changed.push({ partner: reading.partner, row, fields: fieldChanges(existing, reading.partner, reading.changed) });
  }
  diff.removed = current.partners.filter((p) => !keptIds.has(p.id));

  const asOf = next.map((p) => p.asOf).reduce((a, b) => (b > a ? b : a), current.asOf);
  const file: PartnersFile = isEmptyDiff(diff)
    ? current
    : { ...current, partners: next, asOf, source: sheetSource(sheet.file, sheet.sheet, null) };
  // The records as a whole must pass the same checks as `desk knowledge check`.
  const parsed = PartnersFile.safeParse(file);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const index = issue.path[0] === 'partners' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
      const id = index !== null ? file.partners[index]?.id : undefined;
      problems.push({ row: id ? (rowOf.get(id) ?? null) : null, column: null, said: { ja: `${issue.path.join('.')}: ${issue.message}`, en: `${issue.path.join('.')}: ${issue.message}` } });
    }
  } else {
    for (const p of checkPartners(parsed.data)) problems.push({ row: p.record ? (rowOf.get(p.record) ?? null) : null, column: null, said: { ja: p.message, en: p.message } });
  }
  const warnings = sheet.ignored.map((c) => diffMessages.ignoredColumn(c.header, c.letter, c.suggestion));
  const writable = parsed.success && (problems.length === 0 || (options.partial && problems.every((p) => p.row !== null && skippedRows.includes(p.row))));
  return { sheetPath, sheet, problems, warnings, diff, next: writable ? parsed.data : null, skippedRows };
}

/**
 * Writes a confirmed plan: the sheet is kept in `knowledge/sources/` (the records cite it),
 * then partners.yaml is replaced atomically, keeping its header comments; if the written
 * knowledge does not load, the previous file is put back.
 */
export function writePartnerImport(knowledgeDir: string, plan: ImportPlan): string {
  if (!plan.next) throw new Error('writePartnerImport: the plan has problems and may not be written');
  const sources = join(knowledgeDir, 'sources');
  mkdirSync(sources, { recursive: true });
  copyFileSync(plan.sheetPath, join(sources, plan.sheet.file));
  const path = join(knowledgeDir, 'partners.yaml');
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const document = parseDocument(previous);
  for (const field of ['source', 'asOf', 'partners'] as const) document.set(field, document.createNode(plan.next[field]));
  const temporary = `${path}.import-${process.pid}`;
  writeFileSync(temporary, document.toString({ lineWidth: 0, indentSeq: false }));
  renameSync(temporary, path);
  const { problems } = loadKnowledge(knowledgeDir);
  if (problems.length > 0) {
    writeFileSync(path, previous);
    throw new Error(`the imported partners did not load (${problems.map((p) => p.message).join('; ')}); partners.yaml was restored`);
  }
  return path;
}


/**
 * A record's two-part source when it comes from the office's sheet: students see the sheet's
 * name (no file extension, no row: those are for the office), the provenance keeps file, sheet and row.
 */
function sheetSource(file: string, sheet: string, row: number | null) {
  const name = file.replace(/\.(xlsx|csv)$/i, '');
  return {
    title: { ja: `${name}（${sheet}）`, en: `${name} (${sheet})` },
    provenance: { file, part: row ? `${sheet}, row ${row}` : sheet, sheet, ...(row ? { row } : {}) },
  };
}
