/**
 * A test score named as what a row requires, not what the student has: 「HSK4級が条件になってる」,
 * 「CEFRのB1が必要な協定校」, "partners that require IELTS 6.5". The answer is then the rows whose
 * minimum is that score, not every row the score would meet. A student's own score
 * (「HSK4級持ってて…」, "I have IELTS 6.5, which partners require it?") stays theirs.
 */
import { MEETS, OWN } from './gpa-reading.ts';

/** A score, then the condition's noun or verb: 「4級が条件」「B1が必要な」「6.5以上求められる」. */
const SCORE_THEN_CONDITION =
  /(?:\d(?:\.\d)?|[abc][12])\s*(?:級|点|レベル|level)?\s*(?:以上)?\s*(?:が|は|を|って|という|の)?\s*(?:条件|要件|必要|いる(?:とこ|ところ|大学|協定校|[?？]|$)|要る|求められ|求めて|求める|基準になって)/;
/** "require(s) IELTS 6.5", "ask for HSK 4", "need CEFR B1": a verb of requiring before the test. */
const REQUIRING_THEN_SCORE =
  /\b(?:that |which |who )?(?:require|requires|required|requiring|ask for|asks for|need|needs|want|wants|set|sets)\s+(?:a |an |at least )?(?:[a-z]+\s+){0,2}?(?:\d(?:\.\d)?|[abc][12])\b/;

export function scoreIsCondition(text: string): boolean {
  if (OWN.test(text) || MEETS.test(text)) return false;
  return SCORE_THEN_CONDITION.test(text) || REQUIRING_THEN_SCORE.test(text);
}
