/**
 * Boundary-aware matching of lexicon terms. A term never counts inside a longer word: Latin
 * terms need word boundaries (a trailing `*` lets the word continue: "requir*"), katakana terms
 * need katakana boundaries (タイ is not タイトル), and `{ re }` entries are one-line patterns for
 * conjugated Japanese forms. Text is NFKC-normalised and lower-cased before it gets here.
 */
import { z } from 'zod';

export const TermEntry = z.union([z.string().min(1), z.strictObject({ re: z.string().min(1) })]);
export type TermEntry = z.infer<typeof TermEntry>;
export const TermList = z.array(TermEntry);

export interface Span {
  start: number;
  end: number;
}

const LATIN = /^[ -~]+$/;
const KATAKANA = /^[\u30A0-\u30FF]+$/;
// The middle dot 「・」 is in the katakana block but separates words (タイ・韓国): not a letter.
const KATAKANA_CHAR = '[\\u30A1-\\u30FA\\u30FC-\\u30FF]';

const HIRAGANA = /^[\u3041-\u3096ー]+$/;

/**
 * Students write casual words in either kana (ほんと, ホント): a hiragana term also matches in
 * katakana, with katakana's boundaries (いつ is not read inside ドイツ).
 */
function katakanaForm(entry: TermEntry): TermEntry[] {
  if (typeof entry !== 'string' || !HIRAGANA.test(entry)) return [];
  return [entry.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular-expression source for one entry; exported for the lexicon check. */
export function entrySource(entry: TermEntry): string {
  if (typeof entry !== 'string') return entry.re;
  const open = entry.endsWith('*');
  const word = (open ? entry.slice(0, -1) : entry).toLowerCase();
  if (LATIN.test(word)) {
    const head = /^[a-z0-9]/.test(word) ? '(?<![a-z0-9])' : '';
    const tail = open || !/[a-z0-9]$/.test(word) ? '' : '(?![a-z0-9])';
    return `${head}${escape(word)}${tail}`;
  }
  if (KATAKANA.test(word))
    return `(?<!${KATAKANA_CHAR})${escape(word)}${open ? '' : `(?!${KATAKANA_CHAR})`}`;
  return escape(word);
}

/** A compiled list of terms: one regular expression, so a message is scanned once per concept. */
export class Terms {
  private readonly pattern: RegExp | null;

  constructor(entries: readonly TermEntry[]) {
    const all = [...entries, ...entries.flatMap(katakanaForm)];
    this.pattern =
      all.length > 0 ? new RegExp(all.map((e) => `(?:${entrySource(e)})`).join('|'), 'gi') : null;
  }

  test(text: string): boolean {
    if (!this.pattern) return false;
    this.pattern.lastIndex = 0;
    const found = this.pattern.test(text);
    // A global pattern keeps its position after test(); matchAll would start from there.
    this.pattern.lastIndex = 0;
    return found;
  }

  /** Every non-overlapping match, in order. */
  find(text: string): Span[] {
    if (!this.pattern) return [];
    const spans: Span[] = [];
    this.pattern.lastIndex = 0;
    for (const match of text.matchAll(this.pattern)) {
      if (match[0].length === 0) continue;
      spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
    }
    return spans;
  }
}

/**
 * A Japanese span with the conjugation after it: 「って言われ」 in 「って言われたんだけど」 takes
 * 「たんだけど」 along, so no fragment of it is left in the search text.
 */
export function withKanaTail(text: string, spans: Span[]): Span[] {
  return spans.map((span) => {
    if (!/[\u3040-\u30ff\u4e00-\u9fff]$/u.test(text.slice(span.start, span.end))) return span;
    let end = span.end;
    while (end < text.length && /[\u3041-\u3096]/u.test(text[end]!)) end++;
    return { ...span, end };
  });
}

/** Replaces spans with spaces, so what they contained is not read again by later matchers. */
export function blank(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const { start, end } of spans)
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** A compile error names the entry, so `desk knowledge check` can point at it. */
export function checkEntries(entries: readonly TermEntry[]): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    try {
      new RegExp(entrySource(entry), 'i');
    } catch (error) {
      problems.push(`${JSON.stringify(entry)}: ${(error as Error).message}`);
    }
  }
  return problems;
}
