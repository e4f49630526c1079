/**
 * Reading or steering the assistant, besides the lexicon's outright instructions: two things
 * together, each harmless alone. Words for the assistant and for its configuration; its own text
 * and a verb that shows it; a claimed role and an order about what to answer; a document only
 * the office issues and an order to compose it (a forgery, whatever it is for).
 */
import type { Vocabulary } from './vocabulary.ts';

export function directedAtAssistant(lower: string, v: Vocabulary): boolean {
  const pairs = [
    [v.selfReference, v.selfConfiguration],
    [v.promptText, v.reveal],
    [v.authorityClaim, v.directive],
  ] as const;
  return (
    asksForOfficialDocument(lower, v) ||
    pairs.some(([one, other]) => one.test(lower) && other.test(lower))
  );
}

/**
 * 「認定されたっていう証明書っぽい文章作って」: a document only the office issues, to be composed
 * here, saying what it is to claim. Without the claim ("could you write me a recommendation
 * letter?") it is a request to the office, and goes to staff.
 */
export function asksForOfficialDocument(lower: string, v: Vocabulary): boolean {
  if (!v.officialDocument.test(lower)) return false;
  // Falsifying one (「成績証明書のGPAを改ざん」) is a forgery whatever it is to claim.
  if (v.falsify.test(lower)) return true;
  return v.composeForMe.test(lower) && v.documentClaim.test(lower);
}
