/**
 * Months, places and years a partner question names: the month a term starts or a deadline
 * falls in, how many places, and a year ("the 2027 deadline").
 */
import { MONTHS_EN } from '../partners/test-scales.ts';

const DEADLINE_CONTEXT =
  /締切|締め切り|〆切|しめきり|期限|出願|応募|deadline|due|apply|application/;
const START_CONTEXT = /から|開始|出発|渡航|入学|start|begin|leave|depart|from|intake|enrol/;

/** A date as students write it: 3/1, 3月1日, March 1(st), 1 March. */
const MONTH_NAME = `(${MONTHS_EN.join('|')}|${MONTHS_EN.map((m) => m.slice(0, 3)).join('|')})\\.?`;
const DATES: { pattern: RegExp; month: number; day: number }[] = [
  { pattern: /(?<![\d/.])(1[0-2]|[1-9])\s*\/\s*(3[01]|[12]\d|[1-9])(?![\d/.])/g, month: 1, day: 2 },
  { pattern: /(?<![\d/])(1[0-2]|[1-9])\s*月\s*(3[01]|[12]\d|[1-9])\s*日/g, month: 1, day: 2 },
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+(3[01]|[12]\\d|[1-9])(st|nd|rd|th)?\\b`, 'g'),
    month: 1,
    day: 2,
  },
  {
    pattern: new RegExp(`\\b(3[01]|[12]\\d|[1-9])(st|nd|rd|th)?\\s+(of\\s+)?${MONTH_NAME}`, 'g'),
    month: 4,
    day: 1,
  },
];

const monthNumber = (word: string) =>
  /^\d+$/.test(word)
    ? Number(word)
    : MONTHS_EN.findIndex((m) => m.startsWith(word.replace('.', '').slice(0, 3))) + 1;

export function readMonths(text: string): {
  start: number | null;
  deadline: number | null;
  deadlineDay: number | null;
} {
  const mentions: { month: number; day?: number; at: number; end: number }[] = [];
  for (const { pattern, month, day } of DATES)
    for (const match of text.matchAll(pattern))
      mentions.push({
        month: monthNumber(match[month]!),
        day: Number(match[day]),
        at: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
      });
  const inDate = (at: number) => mentions.some((m) => m.day && m.at <= at && at < m.end);
  for (const match of text.matchAll(/(?<![\d/])(1[0-2]|[1-9])\s*月/g))
    if (!inDate(match.index ?? 0))
      mentions.push({
        month: Number(match[1]),
        at: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
      });
  MONTHS_EN.forEach((name, index) => {
    for (const match of text.matchAll(new RegExp(`\\b(${name}|${name.slice(0, 3)}\\.?)\\b`, 'g'))) {
      if (inDate(match.index ?? 0)) continue;
      if (name === 'may' && !/\bin may\b|\bmay (\d|deadline)|\bby may\b|\bfrom may\b/.test(text))
        continue;
      mentions.push({
        month: index + 1,
        at: match.index ?? 0,
        end: (match.index ?? 0) + match[0].length,
      });
    }
  });
  let start: number | null = null;
  let deadline: number | null = null;
  let deadlineDay: number | null = null;
  for (const mention of mentions.sort((a, b) => a.at - b.at)) {
    const around = text.slice(Math.max(0, mention.at - 20), mention.end + 12);
    if (DEADLINE_CONTEXT.test(around) && deadline === null) {
      deadline = mention.month;
      deadlineDay = mention.day ?? null;
    } else if (START_CONTEXT.test(around) && start === null) start = mention.month;
  }
  return { start, deadline, deadlineDay };
}

const PLACES_EQUAL =
  /(?:募集人数|募集人員|派遣人数|定員|人数|枠|\bslots?|\bplaces|number of (?:places|slots|students))\s*(?:が|は|=|:|：|\bis\b|\bare\b|\bof\b|equals?)?\s*(\d{1,2})\s*(?:人|名|枠)?(?!\s*(?:以上|以下|まで|未満|より|を超|超|\+|or\b|\d|\.\d|人以|名以))/;

const FIGURE_NAMES_PLACES = /(\d{1,2})\s*(?:人|名)\s*枠(?!\s*(?:以上|以下|まで|未満|より|を超|超))/;

/** Places asked for: 「3名以上」 "at least 3" (a floor), 「2名まで」 "at most 2", "only take 2" (exactly). */
export function readSlots(text: string): { min: number | null; max: number | null } {
  const number = (match: RegExpExecArray | null) => (match?.[1] ? Number(match[1]) : null);
  const exactly = number(
    /(\d{1,2})\s*(?:人|名|枠)(?:だけ|のみ|しか)/.exec(text) ??
      /\b(?:only|just|exactly) (?:take |takes |accept |accepts |have |has )?(\d{1,2}) (?:slots?|places?|students?|spots?)/.exec(
        text,
      ),
  );
  if (exactly !== null) return { min: exactly, max: exactly };
  // 「募集人数が2人の」, "slots = 4": the places named, then a bare figure, is that figure exactly;
  // so is a figure that names the places, 「4人枠の協定校」「5名枠」.
  const equal = number(PLACES_EQUAL.exec(text) ?? FIGURE_NAMES_PLACES.exec(text));
  if (equal !== null) return { min: equal, max: equal };
  const max = number(
    /(\d{1,2})\s*(?:人|名|枠)(?:まで|以下)/.exec(text) ??
      /\b(?:at most|no more than|up to) (\d{1,2}) (?:slots?|places?|students?|spots?)/.exec(text),
  );
  // "More than 3 places", 「3人より多い」 / 「3名を超える」: strictly more, so at least 4.
  const above = number(
    /\b(?:more than|over) (\d{1,2}) (?:slots?|places?|students?|spots?|seats?)/.exec(text) ??
      /(\d{1,2})\s*(?:人|名|枠)(?:より多い|を超える|超)/.exec(text),
  );
  if (above !== null) return { min: above + 1, max };
  const below = number(
    /\b(?:fewer than|less than|under) (\d{1,2}) (?:slots?|places?|students?|spots?|seats?)/.exec(
      text,
    ) ?? /(\d{1,2})\s*(?:人|名|枠)(?:未満|より少ない)/.exec(text),
  );
  if (below !== null && below > 1) return { min: null, max: below - 1 };
  const min = number(
    /(\d{1,2})\s*(?:人枠|名枠|人|名|枠)以上/.exec(text) ??
      /at least (\d{1,2}) (?:slots?|places?|students?|spots?)/.exec(text) ??
      /(\d{1,2})\+? (?:slots|places|spots)/.exec(text),
  );
  return { min: max !== null && min === max ? null : min, max };
}

export function readYear(text: string): number | null {
  const match = /(?<!\d)(20\d{2})(?!\d)\s*(年度?|年)?/.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}
