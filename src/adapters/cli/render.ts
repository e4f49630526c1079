/** An answer as a person reads it in a terminal. */
import type { Answer } from '../../domain/types.ts';
import { formatAsOf } from '../../compose/freshness.ts';
import { messagesFor } from '../../messages/index.ts';

export function renderAnswer(answer: Answer): string {
  const m = messagesFor(answer.lang);
  const lines = [answer.answer];
  if (answer.citations.length > 0) {
    lines.push('', m.sourcesHeading);
    answer.citations.forEach((c, i) => lines.push(`  [${i + 1}] ${c.title} — ${c.source} (${m.asOfLabel} ${formatAsOf(c.asOf)})`));
  }
  if (answer.handover?.caseId) lines.push('', `${m.caseLabel}: ${answer.handover.caseId}`);
  return lines.join('\n');
}

/** The command-line contract's JSON shape (DESIGN.md), plus additive fields. */
export function answerJson(answer: Answer, id?: string | number): Record<string, unknown> {
  return {
    ...(id !== undefined ? { id } : {}),
    question: answer.question,
    lang: answer.lang,
    route: answer.route,
    answer: answer.answer,
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
