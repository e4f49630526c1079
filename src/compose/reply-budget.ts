/**
 * The reply budget: a student reads the first message on a phone, so it answers in at most
 * 800 characters and 12 lines in every channel, sources included. What does not fit stays
 * one tap away (`more`: Show all, `/more`, `desk ask --full`), never dropped silently.
 */
import type { Answer, Citation, Lang } from '../domain/types.ts';
import { messagesFor } from '../messages/index.ts';
import { formatAsOf } from './freshness.ts';

export const REPLY_BUDGET = { chars: 800, lines: 12 } as const;

/** Sources the first message names; the full answer names every one. */
export const FIRST_MESSAGE_SOURCES = 3;

export interface Budget {
  chars: number;
  lines: number;
}

export function measureReply(text: string): Budget {
  return { chars: [...text].length, lines: text === '' ? 0 : text.split('\n').length };
}

export function fitsBudget(text: string, budget: Budget = REPLY_BUDGET): boolean {
  const { chars, lines } = measureReply(text);
  return chars <= budget.chars && lines <= budget.lines;
}

/** One source as every channel writes it: `[1] title — source (as of 2015/11)`. */
export function sourceLine(citation: Citation, index: number, lang: Lang): string {
  const m = messagesFor(lang);
  return `[${index + 1}] ${citation.title} — ${citation.source} (${m.asOfLabel} ${formatAsOf(citation.asOf)})`;
}

export function firstMessageSources(citations: Citation[]): Citation[] {
  return citations.slice(0, FIRST_MESSAGE_SOURCES);
}

/**
 * What a channel adds around the answer text in its first message, in the terminal's layout
 * (the widest rendering): the hint that the rest is one tap away, a blank line and a heading
 * before the sources (indented by two), the case line. A small margin covers Slack's escaping
 * of `&`, `<` and `>`.
 */
const MARGIN_CHARS = 12;

export function bodyBudget(citations: Citation[], lang: Lang, handover: boolean): Budget {
  const m = messagesFor(lang);
  const shown = firstMessageSources(citations);
  const hint = Math.max(
    ...[m.reply.terminalMoreHint, m.reply.askFullHint].map((h) => [...h].length),
  );
  const sources =
    shown.length > 0
      ? [...m.sourcesHeading].length +
        2 +
        shown.reduce((n, c, i) => n + [...sourceLine(c, i, lang)].length + 3, 0)
      : 0;
  const caseLine = handover ? [...m.caseLabel].length + 12 : 0;
  return {
    chars: REPLY_BUDGET.chars - hint - 1 - sources - caseLine - MARGIN_CHARS,
    lines: REPLY_BUDGET.lines - 1 - (shown.length > 0 ? shown.length + 2 : 0) - (handover ? 2 : 0),
  };
}

/** Sentence ends in either language: a cut falls after one when it can. */
const SENTENCE_END = /(?<=[。．！？!?]|\.(?=\s))/u;

/**
 * The text cut to the budget at a line, then a sentence, boundary, marked as shortened.
 * Text that fits comes back unchanged.
 */
export function cutToBudget(text: string, budget: Budget, lang: Lang): string {
  if (fitsBudget(text, budget)) return text;
  const marker = messagesFor(lang).reply.shortened;
  const room: Budget = { chars: budget.chars - [...marker].length - 1, lines: budget.lines };
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const candidate = [...kept, line].join('\n');
    if (fitsBudget(candidate, room)) {
      kept.push(line);
      continue;
    }
    // The line that does not fit: as many of its sentences as fit, or none.
    let partial = '';
    for (const sentence of line.split(SENTENCE_END)) {
      if (!fitsBudget([...kept, partial + sentence].join('\n'), room)) break;
      partial += sentence;
    }
    if (partial.trim()) kept.push(partial.trimEnd());
    break;
  }
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  const head = kept.join('\n');
  if (head === '') return [...text].slice(0, Math.max(0, room.chars)).join('') + marker;
  return `${head} ${marker}`;
}

/** A draft's short reply and, when something was cut, the full text. */
export function fitReply(
  text: string,
  citations: Citation[],
  lang: Lang,
  handover: boolean,
): { answer: string; more: string | null } {
  const short = cutToBudget(text, bodyBudget(citations, lang, handover), lang);
  return short === text ? { answer: text, more: null } : { answer: short, more: text };
}

/** The answer a channel posts in the student's DM for a personal handover: the full text, budgeted. */
export function privateAnswer(answer: Answer, text: string): Answer {
  const fitted = fitReply(text, answer.citations, answer.lang, true);
  return { ...answer, answer: fitted.answer, more: fitted.more, privateFollowUp: null };
}
