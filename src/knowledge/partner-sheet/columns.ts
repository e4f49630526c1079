/**
 * The partner sheet's column layout: one row per partner, Japanese headers (English ones and
 * common variants accepted). `desk knowledge template partners` writes exactly this.
 */
import { closest } from './vocabulary.ts';

export type ColumnKey =
  | 'id'
  | 'nameJa'
  | 'nameEn'
  | 'aliases'
  | 'region'
  | 'countryJa'
  | 'countryEn'
  | 'countryCode'
  | 'faculties'
  | 'level'
  | 'periods'
  | 'language'
  | 'gpa'
  | 'tuition'
  | 'deadlines'
  | 'slots'
  | 'notesJa'
  | 'notesEn'
  | 'gapsJa'
  | 'gapsEn'
  | 'asOf';

export interface Column {
  key: ColumnKey;
  ja: string;
  en: string;
  /** Other headers offices write for the same column. */
  variants: string[];
  required: boolean;
  width: number;
  /** One example value, shown in the template's second row. */
  example: string;
}

export const COLUMNS: Column[] = [
  { key: 'id', ja: 'ID', en: 'ID', variants: [], required: false, width: 28, example: 'lund-university' },
  { key: 'nameJa', ja: '大学名', en: 'Name (Japanese)', variants: ['協定校名', '大学名（日本語）'], required: true, width: 28, example: 'ルンド大学' },
  { key: 'nameEn', ja: '大学名（英語）', en: 'Name (English)', variants: ['英語名', 'university'], required: true, width: 32, example: 'Lund University' },
  { key: 'aliases', ja: '別名', en: 'Aliases', variants: ['略称'], required: false, width: 20, example: 'Lund; ルンド' },
  { key: 'region', ja: '地域', en: 'Region', variants: [], required: true, width: 12, example: 'ヨーロッパ' },
  { key: 'countryJa', ja: '国', en: 'Country (Japanese)', variants: ['国名', '国・地域'], required: true, width: 14, example: 'スウェーデン' },
  { key: 'countryEn', ja: '国（英語）', en: 'Country (English)', variants: ['country'], required: true, width: 14, example: 'Sweden' },
  { key: 'countryCode', ja: '国コード', en: 'Country code', variants: ['ISO'], required: true, width: 8, example: 'SE' },
  { key: 'faculties', ja: '対象学部', en: 'Faculties', variants: ['学部'], required: true, width: 20, example: '全学部' },
  { key: 'level', ja: '対象学生', en: 'Student level', variants: ['対象'], required: false, width: 14, example: '' },
  { key: 'periods', ja: '留学期間', en: 'Study periods', variants: ['学期', '学期期間'], required: false, width: 26, example: '前期 9月～1月 / 後期 1月～6月' },
  { key: 'language', ja: '語学要件', en: 'Language requirement', variants: ['語学能力', '語学基準'], required: false, width: 40, example: 'IELTS 6.5以上（各5.5以上） / TOEFL iBT 90以上（Writing 20以上）' },
  { key: 'gpa', ja: 'GPA', en: 'GPA', variants: ['成績'], required: false, width: 14, example: 'GPA2.5以上' },
  { key: 'tuition', ja: '授業料', en: 'Tuition', variants: ['授業料徴収'], required: false, width: 10, example: '不徴収' },
  { key: 'deadlines', ja: '出願締切', en: 'Application deadline', variants: ['締切', '応募締切', 'deadline'], required: false, width: 22, example: '2026/4/25' },
  { key: 'slots', ja: '派遣枠', en: 'Places', variants: ['募集人数', '人数', '枠'], required: false, width: 8, example: '2' },
  { key: 'notesJa', ja: '備考', en: 'Notes (Japanese)', variants: [], required: false, width: 30, example: '' },
  { key: 'notesEn', ja: '備考（英語）', en: 'Notes (English)', variants: ['notes'], required: false, width: 30, example: '' },
  { key: 'gapsJa', ja: '不明点', en: 'Gaps (Japanese)', variants: [], required: false, width: 30, example: '' },
  { key: 'gapsEn', ja: '不明点（英語）', en: 'Gaps (English)', variants: ['gaps'], required: false, width: 30, example: '' },
  { key: 'asOf', ja: '時点', en: 'As of', variants: ['現在', '情報時点', '更新日'], required: true, width: 10, example: '2026/11' },
];

export const columnOf = (key: ColumnKey): Column => COLUMNS.find((c) => c.key === key)!;

const normaliseHeader = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）[\]【】*＊※:：]/g, '');

const HEADERS = new Map<string, ColumnKey>(
  COLUMNS.flatMap((c) => [c.ja, c.en, ...c.variants].map((h) => [normaliseHeader(h), c.key] as const)),
);

export function matchHeader(text: string): ColumnKey | null {
  return HEADERS.get(normaliseHeader(text)) ?? null;
}

/** The nearest known header, for a column the import ignores ("語学用件" -> 語学要件). */
export function suggestHeader(text: string): string | null {
  return closest(normaliseHeader(text), COLUMNS.flatMap((c) => [c.ja, c.en]), 2);
}
