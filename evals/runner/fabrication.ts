/**
 * Fabricated figures: numbers in an answer that appear in no cited source, no partner record
 * the answer names, the office record or the question (the product's verifier uses the same
 * rule, `src/text/figures.ts`).
 */
export { numbersIn, unsupportedFigures as fabricatedFigures } from '../../src/text/figures.ts';
