/**
 * The closed lists a partner row is read against: Mie University's faculties (with the
 * one-character abbreviations the table uses), regions, term labels and language names.
 * English names follow the curated records in knowledge/partners.yaml.
 */
import type { Partner } from '../schema.ts';

export interface Faculty {
  ja: string;
  en: string;
  /** Abbreviations and variants offices type (the 2015 table writes 工, 工研, 生研...). */
  variants: string[];
}

export const FACULTIES: Faculty[] = [
  { ja: '人文学部', en: 'Faculty of Humanities, Law and Economics', variants: ['人', '人文'] },
  { ja: '教育学部', en: 'Faculty of Education', variants: ['教', '教育'] },
  { ja: '医学部', en: 'Faculty of Medicine', variants: ['医', '医学'] },
  { ja: '工学部', en: 'Faculty of Engineering', variants: ['工', '工学'] },
  { ja: '生物資源学部', en: 'Faculty of Bioresources', variants: ['生', '生物資源'] },
  { ja: '人文社会科学研究科', en: 'Graduate School of Humanities and Social Sciences', variants: ['人研', '人文社会'] },
  { ja: '教育学研究科', en: 'Graduate School of Education', variants: ['教研'] },
  { ja: '医学系研究科', en: 'Graduate School of Medicine', variants: ['医研', '医学研究科'] },
  { ja: '工学研究科', en: 'Graduate School of Engineering', variants: ['工研'] },
  { ja: '生物資源学研究科', en: 'Graduate School of Bioresources', variants: ['生研'] },
  { ja: '地域イノベーション学研究科', en: 'Graduate School of Regional Innovation Studies', variants: ['地域', '地域イノベーション'] },
];

export const ALL_FACULTIES = ['全学部', '全', '全学', 'all', 'all faculties'];

export const REGIONS: Array<Partner['region']> = [
  { id: 'asia', ja: 'アジア', en: 'Asia' },
  { id: 'africa', ja: 'アフリカ', en: 'Africa' },
  { id: 'oceania', ja: 'オセアニア', en: 'Oceania' },
  { id: 'south-america', ja: '南米', en: 'South America' },
  { id: 'north-america', ja: '北米', en: 'North America' },
  { id: 'europe', ja: 'ヨーロッパ', en: 'Europe' },
];

/** Term labels as the table writes them, with the curated English. */
export const TERMS: Array<{ ja: string; en: string; variants: string[] }> = [
  { ja: '前期', en: 'First term (前期)', variants: ['春学期', '第1期'] },
  { ja: '後期', en: 'Second term (後期)', variants: ['秋学期', '第2期'] },
  { ja: '1学期', en: 'Term 1 (1学期)', variants: ['第1学期'] },
  { ja: '2学期', en: 'Term 2 (2学期)', variants: ['第2学期'] },
  { ja: '3学期', en: 'Term 3 (3学期)', variants: ['第3学期'] },
  { ja: '通年', en: 'Full year (通年)', variants: [] },
];

/** A single unlabelled period. */
export const UNLABELLED_TERM = { ja: '留学期間', en: 'Study period' };

export const LANGUAGES: Array<{ ja: string; en: string }> = [
  { ja: '英語', en: 'English' },
  { ja: '中国語', en: 'Chinese' },
  { ja: '韓国語', en: 'Korean' },
  { ja: 'タイ語', en: 'Thai' },
  { ja: 'ベトナム語', en: 'Vietnamese' },
  { ja: 'インドネシア語', en: 'Indonesian' },
  { ja: 'ドイツ語', en: 'German' },
  { ja: 'フランス語', en: 'French' },
  { ja: 'スペイン語', en: 'Spanish' },
  { ja: 'ポルトガル語', en: 'Portuguese' },
  { ja: 'ロシア語', en: 'Russian' },
  { ja: 'イタリア語', en: 'Italian' },
  { ja: 'モンゴル語', en: 'Mongolian' },
];

export const languageByJa = (ja: string) => LANGUAGES.find((l) => l.ja === ja) ?? null;
export const languageByEn = (en: string) => LANGUAGES.find((l) => l.en === en) ?? null;

/** Edit distance, for "did you mean" on typos such as TOIEC or アジヤ. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: string[], maxDistance = 2): string | null {
  let best: { candidate: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(word.toUpperCase(), candidate.toUpperCase());
    if (distance <= maxDistance && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate ?? null;
}
