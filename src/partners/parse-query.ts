/**
 * Rule-based, bilingual reading of a partner question into a `PartnerQuery`. Deterministic
 * and explainable; in model mode it is also the cross-check for the model's reading.
 */
import type { Partner } from '../knowledge/schema.ts';
import { normaliseText } from '../text/normalise.ts';
import { PartnerNames } from './names.ts';
import { EMPTY_QUERY, type PartnerQuery, type ScoredTest } from './query.ts';
import {
  COUNTRY_ALIASES,
  FACULTY_PATTERNS,
  FIELD_PATTERNS,
  GRADUATE,
  MONTHS_EN,
  NO_LANGUAGE_REQUIREMENT,
  OTHER_COUNTRIES,
  REGION_PATTERNS,
  SCORE_RANGE,
  TEST_PATTERNS,
  TUITION_WAIVED,
  UNDERGRADUATE,
} from './vocabulary.ts';

const REQUIREMENT_WORDS = /要件|条件|資格|\brequire|\beligib/;

export class PartnerQueryParser {
  private readonly names: PartnerNames;
  private readonly countryPatterns: { code: string; pattern: RegExp }[];

  constructor(partners: Partner[]) {
    this.names = new PartnerNames(partners);
    const codes = new Map<string, Set<string>>();
    for (const partner of partners) {
      const set = codes.get(partner.country.code) ?? new Set<string>();
      set.add(partner.country.ja).add(partner.country.en.toLowerCase());
      codes.set(partner.country.code, set);
    }
    this.countryPatterns = [...codes].map(([code, names]) => {
      // Latin names need word boundaries; katakana names need katakana boundaries (タイ is not タイミング).
      const own = [...names].map((n) =>
        /^\p{ASCII}+$/u.test(n) ? `\\b${escape(n)}\\b` : /^[\u30A0-\u30FF]+$/.test(n) ? `(?<![\u30A0-\u30FF])${escape(n)}(?![\u30A0-\u30FF])` : escape(n),
      );
      const alias = COUNTRY_ALIASES[code]?.source;
      return { code, pattern: new RegExp([...own, ...(alias ? [alias] : [])].join('|')) };
    });
    this.countryPatterns.push(...OTHER_COUNTRIES.map(({ code, pattern }) => ({ code, pattern })));
  }

  parse(question: string): PartnerQuery {
    const query: PartnerQuery = structuredClone(EMPTY_QUERY);
    const { ids, rest: text } = this.names.locate(normaliseText(question).toLowerCase());
    query.partnerIds = ids;
    query.test = readTest(text);
    query.gpa = readGpa(text);
    query.regions = REGION_PATTERNS.filter((r) => r.pattern.test(text)).map((r) => r.id);
    query.countries = this.countryPatterns.filter((c) => c.pattern.test(text)).map((c) => c.code);
    query.faculty = FACULTY_PATTERNS.find((f) => f.pattern.test(text))?.id ?? null;
    query.level = GRADUATE.test(text) ? 'graduate' : UNDERGRADUATE.test(text) ? 'undergraduate' : null;
    const months = readMonths(text);
    query.startMonth = months.start;
    query.deadlineMonth = months.deadline;
    query.tuitionWaived = TUITION_WAIVED.test(text) ? true : null;
    query.minSlots = readMinSlots(text);
    query.noLanguageRequirement = NO_LANGUAGE_REQUIREMENT.test(text);
    query.fields = FIELD_PATTERNS.filter((f) => f.pattern.test(text)).map((f) => f.field);
    // "What does Lund require?" asks for every requirement, GPA included.
    if (query.fields.includes('language') && REQUIREMENT_WORDS.test(text) && !query.fields.includes('gpa')) query.fields.push('gpa');
    query.year = readYear(text);
    return query;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Between a test name and its score: "TOEIC 450", "TOEICで450点", "IELTS score of 6.5", "HSK4級". */
const GAP = String.raw`[\s:：は=が、,]*(?:の?スコア|score(?: of)?|level|レベル|新|で|が|is|was|of|only|just|about|約|は)?[\s:：は=が、,]*`;

function readTest(text: string): PartnerQuery['test'] {
  let best: { test: ScoredTest; score: number | null; at: number } | null = null;
  for (const { test, pattern } of TEST_PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      // A plain "TOEFL" inside an already-matched "TOEFL iBT" is the same mention.
      if (best && test === 'TOEFL' && Math.abs(best.at - at) <= 2) continue;
      const after = text.slice(at + match[0].length);
      const before = text.slice(Math.max(0, at - 12), at);
      const number = new RegExp(`^${GAP}(\\d{1,3}(?:\\.\\d)?)`).exec(after)?.[1] ?? /(\d{1,3}(?:\.\d)?)\s*(?:点|points?)?\s*(?:の|on(?: the| my)?|in(?: the| my)?)?\s*$/.exec(before)?.[1];
      const value = number === undefined ? null : Number(number);
      const resolved: ScoredTest = test === 'TOEFL' ? (value !== null && value >= 310 ? 'TOEFL_PBT' : 'TOEFL_IBT') : test;
      const [low, high] = SCORE_RANGE[resolved];
      const score = value !== null && value >= low && value <= high ? value : null;
      const candidate = { test: resolved, score, at };
      // Prefer a mention that carries a score; otherwise the first mention.
      if (!best || (best.score === null && score !== null)) best = candidate;
    }
  }
  return best ? { test: best.test, score: best.score } : null;
}

function readGpa(text: string): number | null {
  const match = /gpa[\s:：は=がで]*(?:が|は|is|of|was)?\s*(?:only|just|about|around|now|currently|約|だいたい)?\s*(\d(?:\.\d{1,2})?)/.exec(text) ?? /(\d\.\d{1,2})\s*(?:の)?\s*gpa/.exec(text);
  if (!match?.[1]) return null;
  const value = Number(match[1]);
  return value >= 0 && value <= 4.5 ? value : null;
}

const DEADLINE_CONTEXT = /締切|締め切り|〆切|しめきり|期限|出願|応募|deadline|due|apply|application/;
const START_CONTEXT = /から|開始|出発|渡航|入学|start|begin|leave|depart|from|intake|enrol/;

function readMonths(text: string): { start: number | null; deadline: number | null } {
  const mentions: { month: number; at: number; end: number }[] = [];
  for (const match of text.matchAll(/(?<![\d/])(1[0-2]|[1-9])\s*月/g))
    mentions.push({ month: Number(match[1]), at: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  MONTHS_EN.forEach((name, index) => {
    for (const match of text.matchAll(new RegExp(`\\b(${name}|${name.slice(0, 3)}\\.?)\\b`, 'g'))) {
      if (name === 'may' && !/\bin may\b|\bmay (\d|deadline)|\bby may\b|\bfrom may\b/.test(text)) continue;
      mentions.push({ month: index + 1, at: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
    }
  });
  let start: number | null = null;
  let deadline: number | null = null;
  for (const mention of mentions) {
    const around = text.slice(Math.max(0, mention.at - 20), mention.end + 12);
    if (DEADLINE_CONTEXT.test(around) && deadline === null) deadline = mention.month;
    else if (START_CONTEXT.test(around) && start === null) start = mention.month;
  }
  return { start, deadline };
}

function readMinSlots(text: string): number | null {
  const match = /(\d{1,2})\s*(?:人|名|枠)以上/.exec(text) ?? /at least (\d{1,2}) (?:slots|places|students|spots)/.exec(text) ?? /(\d{1,2})\+? (?:slots|places|spots)/.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}

function readYear(text: string): number | null {
  const match = /(?<!\d)(20\d{2})(?!\d)\s*(年度?|年)?/.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}
