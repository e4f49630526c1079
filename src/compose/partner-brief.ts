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
  /** One line per group listed apart: "28 more partners state a requirement in another test". */
  groups: string[];
}

/** The brief packed into the budget: every group line, as many partner lines as fit. */
export function packPartnerBrief(brief: PartnerBrief, budget: Budget, lang: Lang): string {
  const m = messagesFor(lang).reply;
  const assemble = (shown: number) => {
    const hidden = brief.lines.length - shown;
    return [
      brief.headline,
      ...brief.lines.slice(0, shown),
      ...(hidden > 0 ? [m.moreMatches(hidden)] : []),
      ...brief.groups,
    ].join('\n');
  };
  // Each partner line is at least one line of text, so more than the budget's lines never
  // fit: starting there gives the same text without assembling thousands of lines (at 100
  // times the knowledge, thousands of candidates made this quadratic: seconds a question).
  for (let shown = Math.min(brief.lines.length, budget.lines); shown > 0; shown--) {
    const text = assemble(shown);
    if (fitsBudget(text, budget)) return text;
  }
  // Even one line does not fit (a very long reason): the headline and the counts still do.
  return assemble(0);
}
