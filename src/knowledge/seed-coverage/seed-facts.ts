/**
 * Pulls the checkable facts out of free text: figures with units, dates, years, times,
 * contact details, and names of programmes, places and organisations. The same extractor
 * reads the seeds and the passages, so a figure written "15万円" in one and "150,000 yen" in
 * the other, or a date written "October 1, 2005" and "2005年10月1日", meet on one key.
 */

export type FactKind = 'figure' | 'date' | 'year' | 'time' | 'contact' | 'name';

export interface Fact {
  kind: FactKind;
  /** Canonical form; two texts carry the same fact when their keys are equal. */
  key: string;
  /** The fact as the text writes it (after the PDF spacing is undone). */
  shown: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const CJK = '\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uFF01-\\uFF60々〆ー～〜（）「」、。・：';

/** Undoes the PDF text's "one space between characters" and folds widths, dashes and tildes. */
export function compactSpacing(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[〜～]/g, '~')
    .replace(new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, 'g'), '')
    .replace(/(?<=\d) +(?=[万千]?円|ヶ月|か月|カ月|週間|日間|時間|単位|学期|名|人|点|級|%)/g, '')
    .replace(/[ \t]+/g, ' ');
}

/** Units, each with the spellings a number may carry in either language. */
const UNITS: [string, string][] = [
  ['yen', '万円|円|yen|JPY'],
  ['usd', 'USドル|US ドル|ドル|US dollars?|USD|dollars?'],
  ['won', 'ウォン|KRW|won'],
  ['euro', 'ユーロ|EUR|euros?'],
  ['people', '名|人|people|persons|students'],
  ['points', '点|points?'],
  ['grade', '級'],
  ['years', '年間|年(?![度月])|years?'],
  ['months', 'ヶ月|か月|カ月|ヵ月|ケ月|months?'],
  ['weeks', '週間|weeks?'],
  ['days', '日間|日(?!本)|days?'],
  ['hours', '時間|hours?'],
  ['credits', '単位|credits?'],
  ['percent', '%|パーセント|percent'],
  ['terms', '学期|semesters?|terms?'],
  ['times', '回|times'],
];
const UNIT_PATTERN = UNITS.map(([, spelling]) => spelling).join('|');
const FIGURE = new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(${UNIT_PATTERN})(?![a-z])`, 'gi');
const CURRENCY_PREFIX = /(US\$|\$|€|¥)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)/g;
const TEST_SCORE = /\b(TOEIC|TOEFL\s?(?:iBT|PBT|ITP)?|IELTS|GPA)\s?(?:で|は|の)?\s?(\d+(?:\.\d+)?)/gi;

function unitOf(spelling: string): string {
  for (const [unit, spellings] of UNITS) if (new RegExp(`^(?:${spellings})$`, 'i').test(spelling)) return unit;
  return spelling.toLowerCase();
}

function figureKey(number: string, spelling: string): string {
  let value = Number(number.replace(/,/g, ''));
  if (spelling.startsWith('万')) value *= 10000;
  return `${value} ${unitOf(spelling)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Dates in the forms the seeds and passages use; each yields its canonical keys. */
function dates(text: string, push: (kind: FactKind, key: string, shown: string) => void): string {
  const monthIndex = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
  const rules: [RegExp, (m: RegExpExecArray) => string[]][] = [
    // October 8-15, 2025 / 8 to 15 October 2025
    [new RegExp(`${MONTH_NAME} (\\d{1,2})\\s?(?:-|to)\\s?(\\d{1,2}),? (\\d{4})`, 'g'), (m) => [`${m[4]}-${pad(monthIndex(m[1]!))}-${pad(+m[2]!)}`, `${m[4]}-${pad(monthIndex(m[1]!))}-${pad(+m[3]!)}`]],
    [new RegExp(`(\\d{1,2})\\s?(?:-|to)\\s?(\\d{1,2}) ${MONTH_NAME},? (\\d{4})`, 'g'), (m) => [`${m[4]}-${pad(monthIndex(m[3]!))}-${pad(+m[1]!)}`, `${m[4]}-${pad(monthIndex(m[3]!))}-${pad(+m[2]!)}`]],
    [/(\d{4})年(\d{1,2})月(\d{1,2})日\s?[~-]\s?(\d{1,2})日/g, (m) => [`${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`, `${m[1]}-${pad(+m[2]!)}-${pad(+m[4]!)}`]],
    [new RegExp(`${MONTH_NAME} (\\d{1,2}),? (\\d{4})`, 'g'), (m) => [`${m[3]}-${pad(monthIndex(m[1]!))}-${pad(+m[2]!)}`]],
    [new RegExp(`(\\d{1,2}) ${MONTH_NAME},? (\\d{4})`, 'g'), (m) => [`${m[3]}-${pad(monthIndex(m[2]!))}-${pad(+m[1]!)}`]],
    [/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (m) => [`${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`]],
    [/(\d{4})[/-](\d{1,2})[/-](\d{1,2})/g, (m) => [`${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`]],
    [new RegExp(`${MONTH_NAME},? (\\d{4})`, 'g'), (m) => [`${m[2]}-${pad(monthIndex(m[1]!))}`]],
    [/(\d{4})年(\d{1,2})月/g, (m) => [`${m[1]}-${pad(+m[2]!)}`]],
    [/(?<![\d.])(\d{4})\/(\d{1,2})(?![\d/])/g, (m) => [`${m[1]}-${pad(+m[2]!)}`]],
    [/(?<![\d.])(\d{1,2})月(\d{1,2})日/g, (m) => [`--${pad(+m[1]!)}-${pad(+m[2]!)}`]],
    [/(?<![\d./:-])(1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])(?![\d/])/g, (m) => [`--${pad(+m[1]!)}-${pad(+m[2]!)}`]],
  ];
  let rest = text;
  for (const [pattern, keys] of rules) {
    rest = rest.replace(pattern, (...args) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      for (const key of keys(match)) {
        push('date', key, match[0]!);
        // A full date also carries its month-day and its year, as passages often split them.
        const parts = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(key);
        if (parts) {
          push('year', parts[1]!, parts[1]!);
          if (parts[3]) push('date', `--${parts[2]}-${parts[3]}`, match[0]!);
        }
      }
      return ' ';
    });
  }
  return rest;
}

/** Words that start sentences or name months, never a programme or place on their own. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'at', 'as', 'for', 'during', 'this', 'it', 'its', 'under', 'with', 'based', 'furthermore', 'additionally',
  'also', 'our', 'we', 'these', 'those', 'his', 'her', 'their', 'there', 'top', 'page', 'summary', 'feature', 'engaging', 'establish',
  'making', 'experiencing', 'studying', 'placing', 'please', 'of', 'and', 'to', 'from', 'on', 'by', 'or', 'is', 'are', 'he', 'she',
  'i', 'you', 'they', 'if', 'when', 'while', 'what', 'how', 'yes', 'no', 'q', 'a.', 'wed', 'image', 'photo', 'links', 'about', 'using', 'articles',
  ...MONTHS,
]);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'in', '&']);

function englishNames(text: string, push: (kind: FactKind, key: string, shown: string) => void): void {
  for (const m of text.matchAll(/["“]([^"”\n]{3,120})["”]/g)) push('name', nameKey(m[1]!), m[1]!);
  for (const sentence of text.split(/(?<=[.!?:;])\s+|\n|[()（）「」、。,]/)) {
    const words = sentence.split(/\s+/).filter(Boolean);
    let run: string[] = [];
    let runStart = 0;
    const flush = () => {
      while (run.length > 0 && (CONNECTORS.has(run[run.length - 1]!.toLowerCase()) || MONTHS.includes(run[run.length - 1]!.toLowerCase()))) run.pop();
      while (run.length > 0 && NOT_NAMES.has(run[0]!.toLowerCase().replace(/[^a-z.]/g, ''))) {
        run.shift();
        runStart++;
      }
      const capitalised = run.filter((w) => /^[A-Z]/.test(w));
      // A single capitalised word that opens a sentence is just the sentence's first word.
      const single = run.length === 1 && (/^[A-Z]{2,}\+?$/.test(run[0]!) || (runStart > 0 && /^[A-Z][a-z]{2,}\+?$/.test(run[0]!)));
      if (capitalised.length >= 2 || single) {
        const shown = run.join(' ');
        push('name', nameKey(shown), shown);
      }
      run = [];
    };
    words.forEach((raw, index) => {
      if (/^["“]/.test(raw)) flush();
      const word = raw.replace(/^["“'‘(]+|["”'’),.:;!?]+$/g, '').replace(/[’']s$/, '');
      const capital = (/^[A-Z][\w+&.-]*$/.test(word) && !/^FY\d/.test(word)) || (/^\d{4}$/.test(word) && run.length > 0);
      if (run.length === 0) runStart = index;
      if (capital) run.push(word);
      else if (CONNECTORS.has(word.toLowerCase()) && run.length > 0) run.push(word);
      else flush();
      if (/[,.:;!?)"”]$/.test(raw)) flush();
    });
    flush();
  }
}

const JA_NAME_SUFFIX = '大学校|大学|センター|奨学金|奨学生制度|セミナー|プログラム|研修|試験|検定|支援室|機構|協定校|学部|研究科';
function japaneseNames(text: string, push: (kind: FactKind, key: string, shown: string) => void): void {
  for (const m of text.matchAll(/[「『]([^」』、。\n]{2,30})[」』]/g)) push('name', nameKey(m[1]!), m[1]!);
  for (const m of text.matchAll(new RegExp(`[\\u30A0-\\u30FF\\u4E00-\\u9FFFA-Za-z・々ー]{2,12}(?:${JA_NAME_SUFFIX})`, 'g'))) push('name', `ja:${nameKey(m[0])}`, m[0]);
  // Katakana words of four or more sounds are mostly places, tests and programmes.
  for (const m of text.matchAll(/[\u30A1-\u30FA・ー]{4,}/g)) if (!/^[ー・]/.test(m[0])) push('name', nameKey(m[0]), m[0]);
}

/** Names meet whatever their spacing, case and punctuation. */
export function nameKey(text: string): string {
  return compactSpacing(text).toLowerCase().replace(/[’']s\b/g, '').replace(/[\s"“”'‘’.,:;()（）「」・&]/g, '').replace(/-/g, '');
}

export function extractFacts(raw: string): Fact[] {
  const facts = new Map<string, Fact>();
  const push = (kind: FactKind, key: string, shown: string) => {
    const id = `${kind}:${key}`;
    if (key.length > 0 && !facts.has(id)) facts.set(id, { kind, key, shown: shown.trim() });
  };
  let text = compactSpacing(raw);
  for (const m of text.matchAll(/https?:\/\/[\w./%?=&#-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) push('contact', m[0].toLowerCase().replace(/[/.]$/, ''), m[0]);
  text = text.replace(/https?:\/\/[\w./%?=&#-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ');
  for (const m of text.matchAll(/(?<!\d)0\d{1,3}-\d{2,4}-\d{4}(?!\d)/g)) push('contact', m[0], m[0]);
  text = text.replace(/(?<!\d)0\d{1,3}-\d{2,4}-\d{4}(?!\d)/g, ' ');
  for (const m of text.matchAll(/(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g)) push('time', `${pad(+m[1]!)}:${m[2]}`, m[0]);
  text = text.replace(/(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g, ' ');
  englishNames(text, push);
  japaneseNames(text, push);
  text = dates(text, push);
  for (const m of text.matchAll(TEST_SCORE)) push('figure', `${m[1]!.replace(/\s/g, '').toUpperCase()} ${Number(m[2])}`, m[0]);
  for (const m of text.matchAll(CURRENCY_PREFIX)) push('figure', figureKey(m[2]!, m[1] === '€' ? 'euro' : m[1] === '¥' ? '円' : 'USD'), m[0]);
  for (const m of text.matchAll(FIGURE)) {
    const unit = unitOf(m[2]!);
    // "2015年" is a year, not a duration; durations of a hundred years do not occur here.
    if (unit === 'years' && Number(m[1]!.replace(/,/g, '')) >= 100) continue;
    push('figure', figureKey(m[1]!, m[2]!), m[0]);
  }
  for (const m of text.matchAll(/(?:FY|fiscal year |academic year )?(?<![\d.,/-])((?:19|20)\d{2})(?:年度?)?(?![\d.,])/gi)) push('year', m[1]!, m[0]);
  return [...facts.values()];
}
