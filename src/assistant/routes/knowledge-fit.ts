/**
 * What a guide passage must fit to answer a question, read from the question's interpretation:
 * the kinds of value it asks for and the tests it names (see compose/answer-fit.ts for how the
 * passages are then ordered).
 */
import type { AnswerFit } from '../../compose/answer-fit.ts';
import { normaliseText } from '../../text/normalise.ts';
import type { SubQuestion } from '../../understanding/interpretation.ts';
import type { AnswerTypeTerms, Vocabulary } from '../../understanding/vocabulary.ts';

/**
 * What the passage must fit: the kinds of value asked for (a date for "when...") and the tests the
 * question names (a TOEFL question is not answered by a TOEIC paragraph).
 */
export function answerFit(part: SubQuestion, vocabulary: Vocabulary): AnswerFit {
  const { answerTypes, tests } = vocabulary;
  const lowered = (text: string) => normaliseText(text).toLowerCase();
  const kinds = answerTypes.filter((type) => part.asksFor.includes(type.id));
  const question = lowered(part.text);
  // TOEFL iBT and TOEFL ITP are both TOEFL to a paragraph about the test.
  const families = new Set(
    tests.filter((t) => t.terms.test(question)).map((t) => t.id.split('_')[0]!),
  );
  const familyTerms = tests.filter((t) => families.has(t.id)).map((t) => t.terms);
  const byKind =
    kinds.length === 0
      ? null
      : (text: string) => kinds.some((kind) => carriesNew(kind, normaliseText(text), question));
  // A figure the student states (「30単位までしか…って聞いた」) is checked against the passage that
  // gives a figure in the same unit (「60単位まで」), so the correction quotes it.
  const units = [...new Set(part.statedFigures.map(unitOf).filter((u) => u !== ''))];
  const byUnit =
    units.length === 0
      ? null
      : (text: string) => units.some((unit) => figureIn(normaliseText(text).toLowerCase(), unit));
  // A country the question names is named by the paragraph that answers it: which test to take
  // for Germany (the paragraph on ドイツ語技能検定), "a summer English programme in Malaysia?"
  // (the one naming TATI in Malaysia), not a shorter one about somewhere else.
  const places =
    part.topic === 'guide'
      ? vocabulary.countries
          .filter((c) => part.query.countries.includes(c.code))
          .map((c) => c.terms)
      : [];
  return {
    carries: byKind && byUnit ? (text) => byKind(text) || byUnit(text) : (byKind ?? byUnit),
    distinctive: kinds.length > 0 && kinds.every((kind) => DISTINCTIVE.has(kind.id)),
    names: [...familyTerms, ...places].map((terms) => (text: string) => terms.test(lowered(text))),
  };
}

/**
 * Kinds of value whose form tells them (円 or $, an @ address, a phone number, 10:00): a date or a
 * count is also written in words, and a number in a passage is often something else.
 */
const DISTINCTIVE = new Set(['amount', 'email', 'phone', 'time']);

/** The unit of a stated figure: 「30単位」 -> 単位, "15 weeks" -> week. */
function unitOf(figure: string): string {
  return normaliseText(figure)
    .toLowerCase()
    .replace(/^[\d,.\s]+/, '')
    .replace(/s$/, '');
}

const figureIn = (text: string, unit: string) =>
  new RegExp(`\\d[\\d,.]*\\s*${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text);

/**
 * A value of the kind in the text; for a kind with generic words (names), one the question does
 * not already say, and a proper name: a Latin word of it is capitalised ("Moscow State
 * University", not "another university").
 */
export function carriesNew(kind: AnswerTypeTerms, original: string, question: string): boolean {
  const text = original.toLowerCase();
  if (!kind.generic) return kind.carries.test(text);
  const generic = kind.generic;
  return kind.carries.find(text).some((span) => {
    const words = original
      .slice(span.start, span.end)
      .split(/[\s・]+|(?=大学|センター|機構|研究所|室)/u);
    return words.some((word) => {
      const lower = word.toLowerCase();
      if (!word || generic.has(lower) || question.includes(lower)) return false;
      return !/^[a-z]/i.test(word) || /^[A-Z]/.test(word);
    });
  });
}
