/**
 * Language and GPA cells: read the forms offices type (「TOEIC 450点以上」, "IELTS 6.0 (各5.5以上)",
 * 「GPA2.5以上」, 「大学院生: 3.0以上」) into typed options, and write records back in one
 * canonical form that reads back to the same value.
 */
import type { GpaRequirement, LanguageOption, LanguageRequirement, LanguageTest } from '../schema.ts';
import { CellError, cellText, type CellValue } from './cells.ts';
import { sheetMessages } from './messages.ts';
import { closest, languageByEn, languageByJa } from './vocabulary.ts';

interface ScoredTest {
  test: LanguageTest;
  label: string;
  pattern: RegExp;
  range: [number, number];
  language: string;
}

// TOEFL variants before anything shorter: "TOEFL iBT" must not be read as a bare TOEFL.
const SCORED: ScoredTest[] = [
  { test: 'TOEFL_IBT', label: 'TOEFL iBT', pattern: /TOEFL\s*-?\s*I\s*B\s*T|\bIBT\b/i, range: [0, 120], language: 'English' },
  { test: 'TOEFL_PBT', label: 'TOEFL PBT', pattern: /TOEFL\s*-?\s*PBT|\bPBT\b/i, range: [310, 677], language: 'English' },
  { test: 'TOEFL_ITP', label: 'TOEFL ITP', pattern: /TOEFL\s*-?\s*ITP|\bITP\b/i, range: [310, 677], language: 'English' },
  { test: 'TOEIC', label: 'TOEIC', pattern: /TOEIC(\s*L\s*&?\s*R)?/i, range: [10, 990], language: 'English' },
  { test: 'IELTS', label: 'IELTS', pattern: /IELTS/i, range: [0, 9], language: 'English' },
  { test: 'HSK', label: 'HSK', pattern: /新?HSK|漢語水平考試/i, range: [1, 9], language: 'Chinese' },
];
const TEST_WORDS = ['TOEIC', 'TOEFL', 'IELTS', 'HSK', 'CEFR'];

const NONE = /^(なし|特になし|不要|無し|none|n\/a|-|ー)$/i;
const UNCLEAR = /^要確認\s*[:：]?\s*/;
const PREFERRED = /\s*[(（]?\s*(が)?望ましい\s*[)）]?|\s*\(preferred\)/gi;
const NUMBER = /(\d+(?:\.\d+)?)/;
const SUB_SCORE = /[(（]\s*(各|全項目|全て|すべて|all)?\s*(?:が)?\s*([A-Za-z]+)?\s*(?:が)?\s*(\d+(?:\.\d+)?)\s*(?:点)?\s*(?:以上)?\s*(?:であること)?\s*[)）]/i;
const LANGUAGE_WORD = /([\p{Script=Katakana}ー\p{Script=Han}]+語)/u;

export function readLanguage(value: CellValue): LanguageRequirement {
  const text = cellText(value);
  if (!text || NONE.test(text)) return { status: 'none_stated', options: [], preferred: false, raw: text || null, note: null };
  if (UNCLEAR.test(text)) return { status: 'unclear', options: [], preferred: false, raw: text.replace(UNCLEAR, '') || null, note: null };
  const preferred = /望ましい|\(preferred\)/i.test(text);
  const body = text.replace(PREFERRED, '');
  const segments = body.split(/\s*(?:\/|／|\n|または|又は|もしくは|\bor\b)\s*/i).filter((s) => s.trim().length > 0);
  return { status: 'stated', options: segments.map((s) => readOption(s.trim())), preferred, raw: text, note: null };
}

function readOption(segment: string): LanguageOption {
  const scored = SCORED.find((t) => t.pattern.test(segment));
  if (scored) return readScored(scored, segment);
  const cefr = /\b(A1|A2|B1|B2|C1|C2)\b/i.exec(segment);
  const languageWord = LANGUAGE_WORD.exec(segment)?.[1] ?? null;
  const language = languageWord ? languageByJa(languageWord) : null;
  if (languageWord && !language) throw new CellError(sheetMessages.unknownLanguage(languageWord));
  if (cefr) {
    if (!language) throw new CellError(sheetMessages.cefrLanguage(segment));
    const level = cefr[1]!.toUpperCase() as NonNullable<LanguageOption['cefr']>;
    return { test: 'CEFR', language: language.en, min: null, cefr: level, subScore: null, appliesTo: null, likelyLanguage: null, note: null };
  }
  if (language) {
    return {
      test: 'PROFICIENCY',
      language: language.en,
      min: null,
      cefr: null,
      subScore: null,
      appliesTo: null,
      likelyLanguage: null,
      note: { student: { ja: segment, en: `${language.en} proficiency as the partner describes it (no score given)` }, office: null },
    };
  }
  const word = /[A-Za-z]{3,}/.exec(segment)?.[0] ?? '';
  throw new CellError(sheetMessages.unknownTest(segment, word ? closest(word, TEST_WORDS) : null));
}

function readScored(scored: ScoredTest, segment: string): LanguageOption {
  const subMatch = SUB_SCORE.exec(segment);
  const withoutSub = subMatch ? segment.replace(subMatch[0], ' ') : segment;
  const afterName = withoutSub.replace(scored.pattern, ' ');
  const score = NUMBER.exec(afterName);
  if (!score) throw new CellError(sheetMessages.noScore(scored.label, segment));
  const min = Number(score[1]);
  if (min < scored.range[0] || min > scored.range[1]) throw new CellError(sheetMessages.scoreOutOfRange(scored.label, min));
  // Anything left besides the score's own words is a condition the record could not hold.
  const leftover = afterName.replace(score[0], ' ').replace(/点|以上|ポイント|スコア|級|程度|score|or above|and above|\+|[:：()（）]/gi, ' ');
  if (/\p{L}/u.test(leftover)) throw new CellError(sheetMessages.unknownTest(segment, null));
  const subScore = subMatch ? { section: subMatch[2] ?? 'all bands', min: Number(subMatch[3]) } : null;
  return { test: scored.test, language: scored.language, min, cefr: null, subScore, appliesTo: null, likelyLanguage: null, note: null };
}

const decimal = (n: number) => (Number.isInteger(n) ? n.toFixed(1) : String(n));

export function renderOption(option: LanguageOption): string {
  const scored = SCORED.find((t) => t.test === option.test);
  const prefix = option.appliesTo ? `${option.appliesTo.ja}: ` : '';
  if (scored && option.min !== null) {
    const score = option.test === 'IELTS' ? decimal(option.min) : String(option.min);
    const unit = option.test === 'TOEIC' ? '点以上' : option.test === 'HSK' ? '級以上' : '以上';
    const subMin = option.subScore && option.test === 'IELTS' ? decimal(option.subScore.min) : String(option.subScore?.min);
    const sub = option.subScore ? `（${option.subScore.section === 'all bands' ? '各' : `${option.subScore.section} `}${subMin}以上）` : '';
    return `${prefix}${scored.label} ${score}${unit}${sub}`;
  }
  const languageJa = languageByEn(option.language)?.ja ?? option.language;
  if (option.test === 'CEFR') return `${prefix}CEFR ${option.cefr ?? ''}（${languageJa}）`;
  return `${prefix}${option.note?.student.ja ?? `${languageJa}が堪能であること`}`;
}

export function renderLanguage(requirement: LanguageRequirement): string {
  if (requirement.status === 'none_stated') return 'なし';
  if (requirement.status === 'unclear') return `要確認: ${requirement.raw ?? ''}`.trim();
  return requirement.options.map(renderOption).join(' / ') + (requirement.preferred ? '（望ましい）' : '');
}

const LEVEL = /^(学部生|大学生|学部|undergraduates?|大学院生|大学院|graduates?)\s*[:：]?\s*/i;
const GPA = /^(?:GPA|成績平均点|成績)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(\d+(?:\.\d+)?))?\s*(?:点)?\s*(?:以上)?$/i;

export function readGpa(value: CellValue): GpaRequirement[] {
  const text = cellText(value);
  if (!text || NONE.test(text)) return [];
  return text
    .split(/\s+\/\s+|／|\n|、|;/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((segment) => {
      const levelMatch = LEVEL.exec(segment);
      const level = levelMatch ? (/院|grad/i.test(levelMatch[1]!) ? 'graduate' : 'undergraduate') : null;
      const match = GPA.exec(levelMatch ? segment.slice(levelMatch[0].length) : segment);
      if (!match) throw new CellError(sheetMessages.gpa(segment));
      const min = Number(match[1]);
      const scale = match[2] ? Number(match[2]) : 4;
      if (!match[2] && min > 4) throw new CellError(sheetMessages.gpaScale(min));
      if (min > scale) throw new CellError(sheetMessages.gpa(segment));
      return { min, scale, level, raw: segment, note: null } satisfies GpaRequirement;
    });
}

export function renderGpa(gpa: GpaRequirement[]): string {
  return gpa
    .map((g) => {
      const level = g.level === 'graduate' ? '大学院生: ' : g.level === 'undergraduate' ? '学部生: ' : '';
      const scale = g.scale !== null && g.scale !== 4 ? `/${g.scale}` : '';
      return `${level}GPA ${decimal(g.min)}${scale}以上`;
    })
    .join(' / ');
}
