/**
 * Reading and writing the partner sheet with exceljs: .xlsx (any sheet with a header row in
 * its first rows; merged cells read as their top-left value; Excel date cells stay dates) and
 * CSV (UTF-8, with or without a BOM; every cell read as text).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from './cells.ts';
import { COLUMNS, matchHeader, suggestHeader, type ColumnKey } from './columns.ts';
import type { Cells, Rendered } from './mapping.ts';
import { sheetMessages, type Said } from './messages.ts';

export interface SheetRow {
  /** The row number the office sees in Excel (1-based). */
  row: number;
  cells: Cells;
}

export interface ReadSheet {
  file: string;
  sheet: string;
  /** The header as written and the column letter, per column the import reads. */
  headers: Partial<Record<ColumnKey, { header: string; letter: string }>>;
  /** Columns whose header is not in the layout (ignored), with the nearest known header. */
  ignored: Array<{ header: string; letter: string; suggestion: string | null }>;
  rows: SheetRow[];
}

export type SheetFormat = 'xlsx' | 'csv';

export function formatOf(path: string): SheetFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : null;
}

function letter(column: number): string {
  let name = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function flatten(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return flatten((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

async function openWorkbook(path: string, format: SheetFormat): Promise<ExcelJS.Workbook | Said> {
  const workbook = new ExcelJS.Workbook();
  if (format === 'xlsx') {
    await workbook.xlsx.readFile(path);
    return workbook;
  }
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return sheetMessages.notUtf8();
  }
  // Every cell as text: the CSV reader's own date and number guessing would change 3/1 or 2015-11.
  await workbook.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), { map: (v: unknown) => v } as never);
  return workbook;
}

export async function readPartnerSheet(path: string): Promise<ReadSheet | Said> {
  const format = formatOf(path);
  const opened = await openWorkbook(path, format ?? 'xlsx');
  if (!(opened instanceof ExcelJS.Workbook)) return opened;
  for (const worksheet of opened.worksheets) {
    const found = findHeader(worksheet);
    if (!found) continue;
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber <= found.row) return;
      const cells: Cells = {};
      for (const [column, key] of found.columns) cells[key] = flatten(row.getCell(column).value);
      if (Object.values(cells).some((v) => v !== null && String(v).trim() !== '')) rows.push({ row: rowNumber, cells });
    });
    const headers: ReadSheet['headers'] = {};
    for (const [column, key] of found.columns) headers[key] = { header: found.texts.get(column)!, letter: letter(column) };
    return { file: basename(path), sheet: format === 'csv' ? 'CSV' : worksheet.name, headers, ignored: found.ignored, rows };
  }
  return sheetMessages.noHeader();
}

/** The header row: the first of the top ten rows where at least three headers are known. */
function findHeader(worksheet: ExcelJS.Worksheet) {
  for (let rowNumber = 1; rowNumber <= Math.min(10, worksheet.rowCount); rowNumber++) {
    const columns = new Map<number, ColumnKey>();
    const texts = new Map<number, string>();
    const ignored: ReadSheet['ignored'] = [];
    worksheet.getRow(rowNumber).eachCell((cell, column) => {
      const text = String(flatten(cell.value) ?? '').replace(/^\uFEFF/, '').trim();
      if (!text) return;
      const key = matchHeader(text);
      if (key && ![...columns.values()].includes(key)) {
        columns.set(column, key);
        texts.set(column, text);
      } else ignored.push({ header: text, letter: letter(column), suggestion: suggestHeader(text) });
    });
    if (columns.size >= 3) return { row: rowNumber, columns, texts, ignored };
  }
  return null;
}

/** Writes rows in the layout's column order, Japanese headers; cells are text, never guessed dates. */
export async function writePartnerSheet(path: string, rows: Rendered[], sheetName = '協定校一覧'): Promise<void> {
  const format = formatOf(path) ?? 'xlsx';
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = COLUMNS.map((c) => ({ header: c.ja, key: c.key, width: c.width }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of rows) worksheet.addRow(COLUMNS.map((c) => row[c.key] ?? ''));
  worksheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  if (format === 'csv') {
    const buffer = await workbook.csv.writeBuffer();
    // A BOM, so that Excel opens the Japanese text of a UTF-8 CSV correctly.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(buffer as ArrayBuffer)]));
    return;
  }
  const guide = workbook.addWorksheet('記入方法 (How to fill in)');
  guide.columns = [
    { header: '列 / Column', key: 'column', width: 28 },
    { header: 'English header', key: 'en', width: 24 },
    { header: '必須 / Required', key: 'required', width: 14 },
    { header: '例 / Example', key: 'example', width: 60 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of COLUMNS) guide.addRow({ column: c.ja, en: c.en, required: c.required ? '必須 required' : '', example: c.example });
  await workbook.xlsx.writeFile(path);
}
