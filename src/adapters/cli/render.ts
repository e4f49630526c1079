/** An answer as a person reads it in a terminal. */
import type { Answer } from '../../domain/types.ts';
import { formatAsOf } from '../../compose/freshness.ts';

export function renderAnswer(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.citations.length > 0) {
    lines.push('', answer.lang === 'ja' ? '出典:' : 'Sources:');
    answer.citations.forEach((c, i) => lines.push(`  [${i + 1}] ${c.title} — ${c.source} (${answer.lang === 'ja' ? '時点' : 'as of'} ${formatAsOf(c.asOf)})`));
  }
  if (answer.handover?.caseId) lines.push('', `${answer.lang === 'ja' ? '受付番号' : 'Case'}: ${answer.handover.caseId}`);
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
