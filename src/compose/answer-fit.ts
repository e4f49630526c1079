/**
 * What makes a passage fit a question beyond shared words: it names what the question names (a
 * TOEFL question is not answered by a TOEIC paragraph) and it gives the kind of value asked for
 * (a date for "when was it founded?"). Retrieval ranks a page's paragraphs by the words they share
 * with the question, and a page's title and keywords are shared by all of them, so the paragraph
 * that answers often comes second or third.
 */
import type { RetrievedPassageView } from '../domain/ports.ts';

/** Does this text give a value of the kind asked for? (Null: the question asks for no kind.) */
export type Carries = ((text: string) => boolean) | null;

export interface AnswerFit {
  carries: Carries;
  /** One test per thing the question names: the passage must name it too. */
  names: ((text: string) => boolean)[];
  /**
   * The value asked for is told by its form alone (a price in 円, an address with @, a clock
   * time): a passage showing one is preferred from as far down as one naming what was asked.
   */
  distinctive?: boolean;
}

/** A passage this close to the best one may answer instead of it when only it gives the value... */
const NEAR_FOR_VALUE = 0.7;
/** ...or this close when only it names what the question names. */
const NEAR_FOR_NAMES = 0.5;

/**
 * The retrieved passages with the best-fitting near one first, when the top one fits less; the
 * top one follows it with the same confidence, so it is still quoted beside it.
 */
export function preferFitting(
  retrieved: RetrievedPassageView[],
  fit: AnswerFit,
): RetrievedPassageView[] {
  const [top] = retrieved;
  if (!top || (!fit.carries && fit.names.length === 0)) return retrieved;
  const named = (text: string) => fit.names.every((name) => name(text));
  const score = (text: string) => (named(text) ? 2 : 0) + (fit.carries?.(text) ? 1 : 0);
  const topScore = score(top.passage.text);
  let best = 0;
  let bestScore = topScore;
  retrieved.forEach((candidate, index) => {
    const candidateScore = score(candidate.passage.text);
    const namesGained = candidateScore >= 2 && topScore < 2;
    const near = namesGained || fit.distinctive ? NEAR_FOR_NAMES : NEAR_FOR_VALUE;
    if (candidateScore > bestScore && candidate.confidence >= top.confidence * near) {
      best = index;
      bestScore = candidateScore;
    }
  });
  if (best === 0) return retrieved;
  const chosen = { ...retrieved[best]!, confidence: top.confidence };
  return [chosen, ...retrieved.filter((_, i) => i !== best)];
}
