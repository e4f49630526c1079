/** An answer as a person reads it in a terminal. */
import type { Answer, Citation } from '../../domain/types.ts';
import { firstMessageSources, sourceLine } from '../../compose/reply-budget.ts';
import { messagesFor } from '../../messages/index.ts';

function render(answer: Answer, text: string, citations: Citation[], hint: string | null): string {
  const m = messagesFor(answer.lang);
  const lines = [text];
  if (hint) lines.push(hint);
  if (citations.length > 0) {
    lines.push('', m.sourcesHeading);
    citations.forEach((c, i) => lines.push(`  ${sourceLine(c, i, answer.lang)}`));
  }
  if (answer.handover?.caseId) lines.push('', `${m.caseLabel}: ${answer.handover.caseId}`);
  return lines.join('\n');
}

/** The first message, within the reply budget; `moreHint` says how to see the rest when it was cut. */
export function renderAnswer(answer: Answer, moreHint?: string): string {
  const hint = answer.more && moreHint ? moreHint : null;
  return render(answer, answer.answer, firstMessageSources(answer.citations), hint);
}

/** The whole answer (`desk ask --full`, `/more`): every partner, every source. */
export function renderFullAnswer(answer: Answer): string {
  return render(answer, answer.more ?? answer.answer, answer.citations, null);
}

/** The command-line contract's JSON shape (DESIGN.md), plus additive fields. */
export function answerJson(answer: Answer, id?: string | number): Record<string, unknown> {
  return {
    ...(id !== undefined ? { id } : {}),
    question: answer.question,
    lang: answer.lang,
    route: answer.route,
    answer: answer.answer,
    more: answer.more ?? null,
    citations: answer.citations,
    partners: answer.partners,
    related: answer.related,
    handover: answer.handover,
    confidence: answer.confidence,
    latencyMs: answer.latencyMs,
    mode: answer.mode,
    verifier: answer.verifier,
    answerId: answer.answerId,
  };
}
