/**
 * The scales of the tests partners accept: which numbers can be a score, how far below a
 * minimum still counts as a near miss, and how each test is written. The words students use
 * for tests live in knowledge/lexicon/partner-terms.yaml.
 */
import type { ScoredTest } from './query.ts';

/** Score ranges that make a number plausible for a test (anything else is not its score). */
export const SCORE_RANGE: Record<ScoredTest, [number, number]> = {
  TOEIC: [10, 990],
  TOEFL_IBT: [0, 120],
  TOEFL_PBT: [310, 677],
  TOEFL_ITP: [310, 677],
  IELTS: [1, 9],
  HSK: [1, 6],
  // A TORFL result in points (the seed's minimum is 482); a bare level ("ТРКИ-1") is not a score.
  TORFL: [50, 1000],
  CEFR: [1, 6],
};

/** How far below a requirement still counts as a near miss worth mentioning. */
export const NEAR_MISS_MARGIN: Record<ScoredTest, number> = {
  TOEIC: 100,
  TOEFL_IBT: 10,
  TOEFL_PBT: 30,
  TOEFL_ITP: 30,
  IELTS: 0.5,
  HSK: 1,
  TORFL: 50,
  CEFR: 0,
};

/** CEFR levels, scored 1-6 (A1..C2) so they compare like any other score. */
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

/** A score as students write it: CEFR 4 is "B2". */
export function scoreLabel(test: ScoredTest, score: number): string {
  if (test === 'CEFR') return CEFR_LEVELS[score - 1] ?? String(score);
  // IELTS bands are written with their half point ("6.0", not "6"), as the table prints them.
  if (test === 'IELTS') return score.toFixed(1);
  return String(score);
}

/** The language each test is of (CEFR levels are of any language). */
export const TEST_LANGUAGE: Record<ScoredTest, string | null> = {
  TOEIC: 'english',
  TOEFL_IBT: 'english',
  TOEFL_PBT: 'english',
  TOEFL_ITP: 'english',
  IELTS: 'english',
  HSK: 'chinese',
  TORFL: 'russian',
  CEFR: null,
};

export const TEST_LABEL: Record<ScoredTest, string> = {
  TOEIC: 'TOEIC',
  TOEFL_IBT: 'TOEFL iBT',
  TOEFL_PBT: 'TOEFL PBT',
  TOEFL_ITP: 'TOEFL ITP',
  IELTS: 'IELTS',
  HSK: 'HSK',
  TORFL: 'TORFL',
  CEFR: 'CEFR',
};

/** English month names, for reading "deadline in May". */
export const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
