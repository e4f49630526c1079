/** Who a partner is: id, names, aliases, region, country, faculties and student level. */
import type { Partner } from '../schema.ts';
import { CellError, cellText, requiredText, splitList, type CellValue } from './cells.ts';
import { sheetMessages } from './messages.ts';
import { ALL_FACULTIES, FACULTIES, REGIONS, closest } from './vocabulary.ts';

/** An id from the English name when the ID cell is empty: "Lund University" -> lund-university. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function readId(value: CellValue, nameEn: string): string {
  const text = cellText(value);
  const id = text || slug(nameEn);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new CellError(sheetMessages.id(text || nameEn));
  return id;
}

export const readAliases = (value: CellValue) => splitList(cellText(value));
export const renderAliases = (aliases: string[]) => aliases.join('; ');

export function readRegion(value: CellValue): Partner['region'] {
  const text = requiredText(value);
  const region = REGIONS.find((r) => [r.id, r.ja, r.en.toLowerCase()].includes(text.toLowerCase()));
  if (!region) throw new CellError(sheetMessages.region(text, closest(text, REGIONS.flatMap((r) => [r.ja, r.en]))));
  return region;
}

export function readCountryCode(value: CellValue): string {
  const text = requiredText(value).toUpperCase();
  if (!/^[A-Z]{2}$/.test(text)) throw new CellError(sheetMessages.countryCode(text));
  return text;
}

export function readFaculties(value: CellValue): Partner['faculties'] {
  const text = requiredText(value);
  if (ALL_FACULTIES.includes(text.toLowerCase())) return { all: true, ja: '全学部', en: 'All faculties', raw: text };
  const found = splitList(text, /[・、,/;\s]+/).map((word) => {
    const faculty = FACULTIES.find((f) => f.ja === word || f.variants.includes(word));
    if (!faculty) throw new CellError(sheetMessages.faculty(word));
    return faculty;
  });
  const unique = [...new Set(found)];
  return { all: false, ja: unique.map((f) => f.ja).join('・'), en: unique.map((f) => f.en).join(', '), raw: text };
}

export const renderFaculties = (faculties: Partner['faculties']) => (faculties.all ? '全学部' : faculties.ja);

const LEVELS: Array<{ words: string[]; value: Omit<NonNullable<Partner['studentLevel']>, 'raw'> }> = [
  { words: ['学部生', '学部', '大学生', 'undergraduate', 'undergraduates'], value: { undergraduate: true, graduate: false, ja: '学部生', en: 'Undergraduates', minYear: null, yearPreferred: false } },
  { words: ['大学院生', '大学院', 'graduate', 'graduates'], value: { undergraduate: false, graduate: true, ja: '大学院生', en: 'Graduate students', minYear: null, yearPreferred: false } },
  {
    words: ['学部生・大学院生', '学部・大学院', '学部生、大学院生', 'undergraduate and graduate'],
    value: { undergraduate: true, graduate: true, ja: '学部生・大学院生', en: 'Undergraduate and graduate students', minYear: null, yearPreferred: false },
  },
];

export function readLevel(value: CellValue): Partner['studentLevel'] {
  const text = cellText(value);
  if (!text || ['全', '全学年', '不問', 'any'].includes(text.toLowerCase())) return null;
  const level = LEVELS.find((l) => l.words.includes(text.toLowerCase()));
  if (!level) throw new CellError(sheetMessages.level(text));
  return { ...level.value, raw: text };
}

export const renderLevel = (level: Partner['studentLevel']) => level?.ja ?? '';
