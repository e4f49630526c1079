/** Partner facts as short phrases in either language, always from the record's own values. */
import type { Lang } from '../domain/types.ts';
import type {
  Deadline,
  GpaRequirement,
  LanguageOption,
  Partner,
  StudyPeriod,
} from '../knowledge/schema.ts';
import { TEST_LABEL } from '../partners/test-scales.ts';
import { studentText } from '../knowledge/voices.ts';

const SCORED = new Set(['TOEIC', 'TOEFL_IBT', 'TOEFL_PBT', 'TOEFL_ITP', 'IELTS', 'HSK', 'TORFL']);

const LANGUAGE_JA: Record<string, string> = {
  English: '英語',
  Chinese: '中国語',
  French: 'フランス語',
  German: 'ドイツ語',
  Korean: '韓国語',
  Portuguese: 'ポルトガル語',
  Russian: 'ロシア語',
  Spanish: 'スペイン語',
  Thai: 'タイ語',
  Vietnamese: 'ベトナム語',
};
const SECTION_JA: Record<string, string> = { 'all bands': '全項目' };

/** A language by its lexicon id ("chinese"), as the student reads it (「中国語」, "Chinese"). */
export function languageLabel(id: string, lang: Lang): string {
  const english = id.charAt(0).toUpperCase() + id.slice(1);
  return lang === 'ja' ? (LANGUAGE_JA[english] ?? english) : english;
}

/** IELTS bands read as 6.0, not 6; other scores as printed. */
function score(test: string, value: number): string {
  return test === 'IELTS' ? value.toFixed(1) : String(value);
}

function languageName(option: LanguageOption, lang: Lang): string {
  if (LANGUAGE_JA[option.language])
    return lang === 'ja' ? LANGUAGE_JA[option.language]! : option.language;
  return option.note ? studentText(option.note, lang) : option.language;
}

export function describeOption(option: LanguageOption, lang: Lang): string {
  const ja = lang === 'ja';
  let text: string;
  if (SCORED.has(option.test) && option.min !== null) {
    const label = TEST_LABEL[option.test as keyof typeof TEST_LABEL];
    text =
      option.test === 'HSK'
        ? ja
          ? `HSK ${option.min}級以上`
          : `HSK ${option.min} or above`
        : ja
          ? `${label} ${score(option.test, option.min)}${option.test === 'TOEIC' ? '点' : ''}以上`
          : `${label} ${score(option.test, option.min)} or above`;
  } else if (option.test === 'CEFR' && option.cefr && !LANGUAGE_JA[option.language]) {
    // The table names no language (Leipzig): the level first, the note says what is missing.
    const note = option.note ? studentText(option.note, lang) : null;
    text = ja
      ? `CEFR ${option.cefr}以上${note ? `（${note}）` : ''}`
      : `CEFR ${option.cefr} or above${note ? ` (${note})` : ''}`;
  } else if (option.test === 'CEFR' && option.cefr) {
    text = ja
      ? `${languageName(option, lang)}（CEFR ${option.cefr}以上）`
      : `${languageName(option, lang)} at CEFR ${option.cefr} or above`;
  } else {
    text = option.note ? studentText(option.note, lang) : option.language;
  }
  if (option.subScore) {
    const section = ja
      ? (SECTION_JA[option.subScore.section] ?? option.subScore.section)
      : option.subScore.section;
    text += ja
      ? `（${section} ${option.subScore.min}以上）`
      : ` (${section} at least ${option.subScore.min})`;
  }
  if (option.appliesTo) text += ja ? `［${option.appliesTo.ja}］` : ` [${option.appliesTo.en}]`;
  return text;
}

/**
 * A scored option with the note the curation gave it: a misprinted figure (「TOEFL IBT350」), what
 * the score stands for (TORFL 482 is 66 %). A note on a sub-score only restates it.
 */
function withCaveat(option: LanguageOption, lang: Lang): string {
  const described = describeOption(option, lang);
  if (option.min === null || !option.note || option.subScore) return described;
  const note = studentText(option.note, lang);
  return lang === 'ja' ? `${described}（${note}）` : `${described} (${note})`;
}

export function describeLanguage(partner: Partner, lang: Lang): string {
  const { status, options, preferred, note } = partner.language;
  const ja = lang === 'ja';
  if (status === 'none_stated') return ja ? '語学要件の記載なし' : 'no language requirement stated';
  if (status === 'unclear')
    return note
      ? studentText(note, lang)
      : ja
        ? '語学要件は一覧に書かれていません（担当の窓口で確認できます）'
        : 'the table does not say (the office can tell you)';
  const joined = options.map((o) => withCaveat(o, lang)).join(ja ? '、または ' : ', or ');
  if (!preferred || /望ましい|preferred/i.test(joined)) return joined;
  return ja ? `${joined}（望ましい）` : `${joined} (preferred)`;
}

export function describeGpaEntry(entry: GpaRequirement, lang: Lang): string {
  const scale = entry.scale && entry.scale !== 4 ? `/${entry.scale}` : '';
  const level = entry.level
    ? lang === 'ja'
      ? entry.level === 'graduate'
        ? '大学院生 '
        : '学部生 '
      : `${entry.level}s: `
    : '';
  // GPA minimums read as printed on the 4-point scale: 3.0, 2.75.
  const min =
    Number.isInteger(entry.min) && entry.scale !== 20 && entry.scale !== 10
      ? entry.min.toFixed(1)
      : String(entry.min);
  const base = lang === 'ja' ? `GPA ${min}${scale}以上` : `GPA ${min}${scale} or above`;
  // A note that restates the minimum says it whole (Thammasat: "GPA 3.0 or above, or grade B or
  // above"); any other note follows it.
  const note = entry.note?.student[lang];
  if (!note) return level + base;
  if (note.includes(min)) return level + note;
  return lang === 'ja' ? `${level}${base}（${note}）` : `${level}${base} (${note})`;
}

export function describeGpa(partner: Partner, lang: Lang): string {
  if (partner.gpa.length === 0)
    return lang === 'ja' ? 'GPA要件の記載なし' : 'no GPA minimum stated';
  return partner.gpa.map((g) => describeGpaEntry(g, lang)).join(lang === 'ja' ? '、' : '; ');
}

function monthName(month: number | null, lang: Lang): string {
  if (month === null) return lang === 'ja' ? '?月' : '?';
  return lang === 'ja'
    ? `${month}月`
    : ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
        month - 1
      ]!;
}

export function describeDeadline(deadline: Deadline, lang: Lang): string {
  const term = deadline.term
    ? lang === 'ja'
      ? `${deadline.term.ja}: `
      : `${deadline.term.en}: `
    : '';
  if (deadline.month === null) return term + (deadline.text ? deadline.text[lang] : deadline.raw);
  const date =
    lang === 'ja'
      ? `${deadline.month}月${deadline.day ?? ''}${deadline.day ? '日' : ''}`
      : // The table's own notation beside the month's name: notices and the guide write 4/25.
        `${monthName(deadline.month, lang)}${deadline.day ? ` ${deadline.day} (${deadline.month}/${deadline.day})` : ''}`;
  return term + date + (deadline.text ? ` (${deadline.text[lang]})` : '');
}

export function describeDeadlines(partner: Partner, lang: Lang): string {
  if (partner.deadlines.length === 0)
    return lang === 'ja'
      ? '締切は一覧に書かれていません（担当の窓口で確認できます）'
      : 'the table does not give a deadline (the office can tell you)';
  return partner.deadlines.map((d) => describeDeadline(d, lang)).join(lang === 'ja' ? '、' : '; ');
}

const PART = {
  early: { ja: '初旬', en: 'early' },
  middle: { ja: '中旬', en: 'mid' },
  late: { ja: '下旬', en: 'late' },
} as const;

export function describePeriod(period: StudyPeriod, lang: Lang): string {
  const part = period.toPart ? PART[period.toPart][lang] : null;
  const end = monthName(period.toMonth, lang);
  const to = part === null ? end : lang === 'ja' ? `${end}${part}` : `${part} ${end}`;
  return `${period.term[lang]}: ${monthName(period.fromMonth, lang)}–${to}`;
}

export function describePeriods(partner: Partner, lang: Lang): string {
  if (partner.studyPeriods.length === 0)
    return lang === 'ja' ? '期間の記載なし' : 'no study period stated';
  return partner.studyPeriods.map((p) => describePeriod(p, lang)).join(lang === 'ja' ? '、' : '; ');
}

export function describeSlots(partner: Partner, lang: Lang): string {
  if (partner.slots === null)
    return lang === 'ja' ? '人数の記載なし' : 'number of places not stated';
  return lang === 'ja'
    ? `${partner.slots}名`
    : `${partner.slots} place${partner.slots === 1 ? '' : 's'}`;
}

export function describeTuition(partner: Partner, lang: Lang): string {
  if (partner.tuitionWaived === true)
    return lang === 'ja'
      ? '授業料不徴収（先方大学への授業料は不要）'
      : 'tuition waived at the partner';
  if (partner.tuitionWaived === false)
    return lang === 'ja' ? '授業料の不徴収なし' : 'tuition not waived';
  return lang === 'ja'
    ? '授業料の扱いは資料に明記なし（留学生支援室にお問い合わせください）'
    : 'tuition status not stated (ask the office)';
}

export function describeFaculties(partner: Partner, lang: Lang): string {
  const level = partner.studentLevel ? ` (${partner.studentLevel[lang]})` : '';
  return partner.faculties[lang] + level;
}

export function partnerName(partner: Partner, lang: Lang): string {
  return lang === 'ja' ? partner.nameJa : partner.nameEn;
}

export function countryName(partner: Partner, lang: Lang): string {
  return partner.country[lang];
}
