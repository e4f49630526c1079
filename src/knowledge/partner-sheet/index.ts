/**
 * The office's partner spreadsheet in and out: a documented column layout (`columns.ts`), the
 * cell readers, the one sheet <-> record mapping (`mapping.ts`), a reviewed diff, and writing
 * with provenance (file, sheet, row) and the new as-of date.
 */
export { COLUMNS, type Column, type ColumnKey } from './columns.ts';
export { exportPartnerSheet, writePartnerTemplate } from './export.ts';
export { planPartnerImport, writePartnerImport, type ImportPlan, type SheetProblem } from './import.ts';
export { renderDiff, isEmptyDiff, type PartnerDiff } from './diff.ts';
export { diffMessages, sheetMessages, type SheetLang } from './messages.ts';
export { formatOf } from './workbook.ts';
