/**
 * Answer types in the composer: a question that asks for a date, an amount or a phone number is
 * answered by the passage (and the sentences) that give one. Retrieval ranks a page's paragraphs
 * by the words they share with the question, and a page's title and keywords are shared by every
 * paragraph, so the one carrying the asked value often comes second or third.
 */
import type { RetrievedPassageView } from '../domain/ports.ts';

/** Does this text give a value of the kind asked for? (Null: the question asks for no kind.) */
export type Carries = ((text: string) => boolean) | null;

/** A passage this close to the best one may answer instead of it, when only it gives the value. */
const NEAR_ENOUGH = 0.7;

/**
 * The retrieved passages with the best one that gives the asked value first, when the top one
 * does not; the top one follows it, with the same confidence, so it is still quoted beside it.
 */
export function preferCarrying(
  retrieved: RetrievedPassageView[],
  carries: Carries,
): RetrievedPassageView[] {
  const [top] = retrieved;
  if (!top || !carries || carries(top.passage.text)) return retrieved;
  const index = retrieved.findIndex(
    (r) => r.confidence >= top.confidence * NEAR_ENOUGH && carries(r.passage.text),
  );
  if (index <= 0) return retrieved;
  const chosen = { ...retrieved[index]!, confidence: top.confidence };
  return [chosen, ...retrieved.filter((_, i) => i !== index)];
}
