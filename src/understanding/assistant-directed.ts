/**
 * Reading or steering the assistant, besides the lexicon's outright instructions: two things
 * together, each harmless alone. Words for the assistant and for its configuration; its own text
 * and a verb that shows it; a claimed role and an order about what to answer.
 */
import type { Vocabulary } from './vocabulary.ts';

export function directedAtAssistant(lower: string, v: Vocabulary): boolean {
  const pairs = [
    [v.selfReference, v.selfConfiguration],
    [v.promptText, v.reveal],
    [v.authorityClaim, v.directive],
  ] as const;
  return pairs.some(([one, other]) => one.test(lower) && other.test(lower));
}
