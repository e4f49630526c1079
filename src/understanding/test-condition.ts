/**
 * A test score named as what a row requires, not what the student has: 「HSK4級が条件になってる」,
 * 「CEFRのB1が必要な協定校」, "partners that require IELTS 6.5". The answer is then the rows whose
 * minimum is that score, not every row the score would meet. A student's own score
 * (「HSK4級持ってて…」, "I have IELTS 6.5, which partners require it?") stays theirs. The wording
 * is `scoreAsCondition` in knowledge/lexicon/partner-terms.yaml.
 */
import type { Vocabulary } from './vocabulary.ts';

export function scoreIsCondition(text: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.studentsOwn.test(text)) return false;
  return vocabulary.scoreAsCondition.test(text);
}
