/**
 * A partner answer's first message: the headline, the matching partners with their reason,
 * then one line per group listed apart, with its count. When the matching set itself does
 * not fit, the first ones are shown and the rest counted: no partner is dropped silently.
 */
import type { Lang } from '../domain/types.ts';
import { messagesFor } from '../messages/index.ts';
import { fitsBudget, type Budget } from './reply-budget.ts';

export interface PartnerBrief {
  headline: string;
  /** One line per matching partner (or near miss, when nothing matches), in order. */
  lines: string[];
  /**
   * The same lines with only what the rows were chosen by (no language requirement on a
   * year-condition list): tried before a line is cut. Absent: the lines themselves.
   */
  askedLines?: string[];
  /** One line per group listed apart: "28 more partners state a requirement in another test". */
  groups: string[];
}

/**
 * The lengths a partner line is cut to, longest first, when the lines in full do not fit: the
 * shortest still holds the name and the start of its reason, enough to tell the rows apart on
 * a phone. Only lines longer than the cap are cut; the whole line is in the full list.
 */
export const LINE_CAPS = [200, 150, 110] as const;

/** Where a shortened line may end: before a bracketed note, else at a clause break. */
const BRACKET_BREAK = /[ ]?[（(［[]/gu;
const CLAUSE_BREAK = /[、，,;；／。]|\.(?= )/gu;

/**
 * The line cut to `max` characters at the last clause break inside it, marked as shortened.
 * A line with no break early enough is cut at `max`, so a name never pushes it over.
 */
export function shortenLine(line: string, max: number, marker: string): string {
  const chars = [...line];
  if (chars.length <= max) return line;
  const room = max - [...marker].length;
  const head = chars.slice(0, room).join('');
  // A break inside the name ("University of São Paulo (Faculty …)") would leave only the
  // name: breaks in the first half are not taken. A whole bracketed note goes before a clause
  // of one is cut, so no bracket is left open.
  const lastBreak = (pattern: RegExp) =>
    Math.max(-1, ...[...head.matchAll(pattern)].map((m) => m.index!).filter((i) => i >= room / 2));
  const cut = [BRACKET_BREAK, CLAUSE_BREAK].map(lastBreak).find((i) => i > 0);
  const kept = cut !== undefined ? head.slice(0, cut) : head;
  return `${kept.trimEnd()}${marker}`;
}

/**
 * The brief packed into the budget: every group line and as many partner lines as fit. More
 * partners with their reasons shortened come before fewer partners in full: the student sees
 * which rows match, and each row's whole reason is one tap away.
 */
export function packPartnerBrief(brief: PartnerBrief, budget: Budget, lang: Lang): string {
  const m = messagesFor(lang).reply;
  const asked = brief.askedLines ?? brief.lines;
  const capped = LINE_CAPS.map((cap) => asked.map((line) => shortenLine(line, cap, m.shortened)));
  const assemble = (shown: number, lines: string[]) => {
    const hidden = brief.lines.length - shown;
    return [
      brief.headline,
      ...lines.slice(0, shown),
      ...(hidden > 0 ? [m.moreMatches(hidden)] : []),
      ...brief.groups,
    ].join('\n');
  };
  // Each partner line is at least one line of text, so more than the budget's lines never
  // fit: starting there gives the same text without assembling thousands of lines (at 100
  // times the knowledge, thousands of candidates made this quadratic: seconds a question).
  for (let shown = Math.min(brief.lines.length, budget.lines); shown > 0; shown--) {
    for (const lines of [brief.lines, asked, ...capped]) {
      const text = assemble(shown, lines);
      if (fitsBudget(text, budget)) return text;
    }
  }
  // Even one shortened line does not fit (a very long headline): the headline and the counts still do.
  return assemble(0, brief.lines);
}
