/**
 * Builds partner sheets the way an office edits them, with exceljs directly (not through the
 * product's writer): a title row above the headers, merged cells, Excel date cells, extra
 * columns. `yearlyUpdate` is a realistic yearly revision of the current table.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { COLUMNS, type ColumnKey } from '../../src/knowledge/partner-sheet/columns.ts';
import { recordToCells, type Rendered } from '../../src/knowledge/partner-sheet/mapping.ts';

export type Row = Partial<Record<ColumnKey, string | number | Date>>;

export function copyKnowledge(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-sheet-'));
  cpSync('knowledge', join(dir, 'knowledge'), { recursive: true });
  return join(dir, 'knowledge');
}

export function currentRows(knowledgeDir: string): Rendered[] {
  return loadKnowledge(knowledgeDir).knowledge!.partners.partners.map(recordToCells);
}

export interface SheetShape {
  /** A title line above the header row, merged across the first columns. */
  title?: string;
  /** Header text per column, where the office wrote it differently. */
  headers?: Partial<Record<ColumnKey, string>>;
  /** Columns the layout does not have (kept by offices for their own use). */
  extraColumns?: string[];
  /** Merge a column's cells over consecutive data rows (0-based indexes into `rows`). */
  verticalMerges?: Array<{ column: ColumnKey; from: number; to: number }>;
}

/** Writes rows under the layout's headers; returns the Excel row number of the first data row. */
export async function writeSheet(
  path: string,
  rows: Row[],
  shape: SheetShape = {},
): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2026年度');
  const headers = [
    ...COLUMNS.map((c) => shape.headers?.[c.key] ?? c.ja),
    ...(shape.extraColumns ?? []),
  ];
  if (shape.title) {
    sheet.addRow([shape.title]);
    sheet.mergeCells(1, 1, 1, 6);
  }
  sheet.addRow(headers);
  const first = sheet.rowCount + 1;
  for (const row of rows) sheet.addRow(COLUMNS.map((c) => row[c.key] ?? null));
  for (const merge of shape.verticalMerges ?? []) {
    const column = COLUMNS.findIndex((c) => c.key === merge.column) + 1;
    sheet.mergeCells(first + merge.from, column, first + merge.to, column);
  }
  await workbook.xlsx.writeFile(path);
  return first;
}

export const rowById = (rows: Row[], id: string): Row => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

/**
 * A yearly revision: three partners added, one removed, five requirements changed, and every
 * row re-confirmed as of 2026/11. The new partners are made up for the test.
 */
export function yearlyUpdate(current: Rendered[]): Row[] {
  const rows: Row[] = current
    .filter((r) => r.id !== 'tati-university-college')
    .map((r) => ({ ...r, asOf: '2026/11' }));
  rowById(rows, 'lund-university').language =
    'IELTS 7.0以上（各6.0以上） / TOEFL iBT 90以上（Writing 20以上）';
  rowById(rows, 'guangxi-university').language = 'ＨＳＫ５級以上';
  rowById(rows, 'chiang-mai-university').gpa = 'GPA3.0以上';
  rowById(rows, 'university-of-north-carolina-wilmington').language =
    'TOEFL iBT 79以上 / IELTS 6.5以上';
  rowById(rows, 'universitat-politecnica-de-valencia').language =
    'TOEFL iBT 72以上 または IELTS 6.0以上';
  const added: Row[] = [
    {
      nameJa: 'ヴィリニュス大学',
      nameEn: 'Vilnius University',
      aliases: 'Vilnius; ヴィリニュス',
      region: 'ヨーロッパ',
      countryJa: 'リトアニア',
      countryEn: 'Lithuania',
      countryCode: 'LT',
      faculties: '全学部',
      periods: '前期 9月～1月 / 後期 2月～6月',
      language: 'TOEIC 450点以上 / IELTS 5.5以上',
      gpa: 'GPA2.5以上',
      tuition: '不徴収',
      deadlines: '2027/3/15',
      slots: 2,
      asOf: '2026/11',
    },
    {
      nameJa: '慶北大学校',
      nameEn: 'Kyungpook National University',
      aliases: 'KNU',
      region: 'アジア',
      countryJa: '韓国',
      countryEn: 'South Korea',
      countryCode: 'KR',
      faculties: '全学部',
      level: '学部生',
      periods: '前期 3月～6月 / 後期 9月～12月',
      language: 'TOEIC ４５０点以上',
      gpa: 'GPA2.5以上',
      tuition: '不徴収',
      deadlines: '5月30日',
      slots: '3名',
      asOf: '2026/11',
    },
    {
      nameJa: 'マラヤ大学',
      nameEn: 'Universiti Malaya',
      region: 'Asia',
      countryJa: 'マレーシア',
      countryEn: 'Malaysia',
      countryCode: 'MY',
      faculties: '工学部・工学研究科',
      periods: '前期 9月～1月 / 後期 2月～7月',
      language: 'IELTS 6.0 (各5.5以上)',
      gpa: 'GPA3.0以上',
      tuition: '不徴収',
      deadlines: new Date(Date.UTC(2027, 3, 1)),
      slots: 2,
      asOf: '2026/11',
    },
  ];
  return [...rows, ...added];
}
