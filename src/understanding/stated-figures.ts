/**
 * Figures a student states as facts (「30単位までしか…って聞いた」, "ielts is like 20,000 yen
 * right?"): what the answer checks against its sources, and what they ask for.
 */
import { normaliseText } from '../text/normalise.ts';
import type { AnswerTypeTerms } from './vocabulary.ts';

/** Amounts, counts, scores with a unit; 「月15万くらい」: 万 on its own is an amount too. */
const STATED_FIGURE =
  /\d[\d,.]*\s*(?:万円?|円|yen|名|人|students|people|places|点|points|か月|ヶ月|months?|weeks?|週間|日|days?|単位|credits?)/gi;

export function readStatedFigures(text: string): string[] {
  return [...text.matchAll(STATED_FIGURE)].map((m) => m[0].trim());
}

/**
 * The text with each stated figure's number left out and its unit kept: the figure is what is
 * being checked, so a wrong number must not pull the search away from the passage that corrects it.
 */
export function withoutStatedNumbers(text: string, figures: string[]): string {
  return figures.reduce(
    (out, figure) => out.replace(figure, figure.replace(/^\d[\d,.]*\s*/, '')),
    text,
  );
}

/**
 * A figure stated to be checked asks for a value of its kind: "20,000 yen, right?" an amount,
 * 「30単位まで？」 a count, 「3ヶ月って本当？」 a duration.
 */
const FIGURE_KINDS = new Set(['amount', 'count', 'duration']);

export const statesValueOf = (type: AnswerTypeTerms, figures: string[]) =>
  FIGURE_KINDS.has(type.id) &&
  figures.some((f) => type.carries.test(normaliseText(f).toLowerCase()));
