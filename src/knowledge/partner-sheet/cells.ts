/**
 * A spreadsheet cell as the reader hands it over, and the small readers every column uses.
 * Text is NFKC-normalised first: offices type full-width digits and letters (ＴＯＥＩＣ４５０).
 */
import type { Bilingual } from '../schema.ts';
import { sheetMessages, type Said } from './messages.ts';

/** What a cell can hold once formulas, rich text and hyperlinks are flattened. */
export type CellValue = string | number | Date | boolean | null;

/** A cell that cannot be read; the mapping adds the row and column. */
export class CellError extends Error {
  constructor(readonly said: Said) {
    super(said.en);
  }
}

export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).normalize('NFKC').replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').trim();
}

/** The cell's text, one entry per non-empty line. */
export function cellLines(value: CellValue): string[] {
  return cellText(value)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export function requiredText(value: CellValue): string {
  const text = cellText(value);
  if (!text) throw new CellError(sheetMessages.required());
  return text;
}

/** Splits a list cell on the separators offices use: ; 、 , / and new lines. */
export function splitList(text: string, separators = /[;、,\n]/): string[] {
  return text
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function readSlots(value: CellValue): number | null {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value > 0) return value;
    throw new CellError(sheetMessages.slots(String(value)));
  }
  const text = cellText(value);
  if (!text) return null;
  const match = /^(\d+)\s*(名|人|枠)?(程度)?$/.exec(text);
  if (!match || Number(match[1]) <= 0) throw new CellError(sheetMessages.slots(text));
  return Number(match[1]);
}

export function readTuition(value: CellValue): boolean | null {
  const text = cellText(value).toLowerCase();
  if (!text) return null;
  if (['不徴収', '免除', '授業料不徴収', 'waived', 'yes', 'true', '○'].includes(text)) return true;
  if (['徴収', '要', '授業料徴収', 'charged', 'no', 'false', '×'].includes(text)) return false;
  throw new CellError(sheetMessages.tuition(text));
}

export const renderTuition = (waived: boolean | null) => (waived === null ? '' : waived ? '不徴収' : '徴収');

/**
 * Bilingual notes in two columns, paired line by line: the Japanese and the English wording
 * of one note sit on the same line number.
 */
export function readPairedLines(ja: CellValue, en: CellValue): Bilingual[] {
  const jaLines = cellLines(ja);
  const enLines = cellLines(en);
  if (jaLines.length !== enLines.length) throw new CellError(sheetMessages.pairedLines(jaLines.length, enLines.length));
  return jaLines.map((line, index) => ({ ja: line, en: enLines[index]! }));
}
