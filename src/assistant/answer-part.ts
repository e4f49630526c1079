/**
 * One question of a message, answered: the partner records, then the guide and FAQ, then staff
 * or a polite no; and the reading of a topicless follow-up together with the question before it.
 */
import { formatAsOf } from '../compose/freshness.ts';
import { messagesFor } from '../messages/index.ts';
import { hasFilters } from '../partners/query.ts';
import type { Question } from '../domain/types.ts';
import type { HandoverNeed, SubQuestion } from '../understanding/interpretation.ts';
import { plain, type Draft, type RouteContext } from './routes/context.ts';
import { handover } from './routes/handover.ts';
import { answerFromKnowledge } from './routes/knowledge.ts';
import { priceNotHeld } from './routes/value-held.ts';
import { answerPartners, POINTS_BACK } from './routes/partners.ts';
import { outOfScope } from './routes/refused.ts';

/**
 * What a pointing-back question points at: the student's previous question and, while that one
 * itself only points back ("how many people get it?"), the one before it, up to three turns
 * ("how much is the scholarship?" / "how many get it?" / "when do I apply for it?").
 */
function referent(question: Question): string | undefined {
  const asked = question.history.filter((turn) => turn.role === 'student').map((t) => t.text);
  const chain: string[] = [];
  for (const text of asked.reverse().slice(0, 3)) {
    chain.unshift(text);
    if (!POINTS_BACK.test(text)) break;
  }
  return chain.length > 0 ? chain.join(' ') : undefined;
}

/** The student's question before this one, if the conversation has one. */
function previousQuestion(question: Question): string | undefined {
  return [...question.history].reverse().find((turn) => turn.role === 'student')?.text;
}

/**
 * 「過ぎちゃってたら、遅れて出すのはアリ？」 after a deadline question names nothing itself: a
 * message whose questions name no topic is read together with the student's previous one,
 * and a decision that reading asks for goes to staff.
 */
export function handoverInContext(
  context: RouteContext,
  question: Question,
  parts: SubQuestion[],
): HandoverNeed | null {
  if (parts.some((part) => part.topic !== 'other' || part.partners.length > 0)) return null;
  const previous = previousQuestion(question);
  if (!previous) return null;
  const together = context.interpreter.interpret(`${previous}\n${question.text}`);
  return together.act === 'instruct' ? null : together.handover;
}

/** One question of a message: partners, then the guide and FAQ, then staff or a polite no. */
export async function answerPart(
  context: RouteContext,
  question: Question,
  part: SubQuestion,
): Promise<Draft> {
  const { lang } = question;
  const { office } = context.knowledge;
  if (part.act === 'chit_chat') return plain('out_of_scope', messagesFor(lang).help(office), lang);
  if (part.topic === 'campus')
    return plain('out_of_scope', messagesFor(lang).campusMatter(office), lang);
  const asked = { ...question, text: part.text };
  // Words no vocabulary knows beside a partner's name: the guide may still answer them.
  if (part.unrecognised.length > 0 && !hasFilters(part.query)) {
    const knowledge = await answerFromKnowledge(
      asked,
      part,
      part.searchText,
      context,
      part.unrecognised,
    );
    if (knowledge) return knowledge;
  }
  // "How many Mie students were at Heidelberg in 2015?" names a partner and asks for a value no
  // record field is asked for: a guide paragraph that names the partner and gives that kind of
  // value answers it; otherwise the record does.
  if (
    part.partners.length > 0 &&
    part.attributes.length === 0 &&
    part.unheld.length === 0 &&
    part.asksFor.some((t) => t !== 'names') &&
    !hasFilters(part.query)
  ) {
    const knowledge = await answerFromKnowledge(
      asked,
      part,
      part.searchText,
      context,
      part.partners.map((m) => m.text),
      true,
    );
    if (knowledge) return knowledge;
  }
  const partners = await answerPartners(asked, part, context);
  if (partners && 'notInRecords' in partners)
    return handover(
      asked,
      'not_found',
      context,
      false,
      messagesFor(lang).notInRecords(partners.notInRecords, partners.topics),
    );
  if (partners) return partners;
  // 「2026年度の学内締切っていつ？」: a date of a year the guide does not reach. Its dates are
  // as of its year (a partner's row says so beside its date); staff give the current ones.
  const asOf = context.knowledge.partners.asOf;
  if (
    part.query.year !== null &&
    part.query.year > Number(asOf.slice(0, 4)) + 1 &&
    asksForDate(part)
  )
    return handover(
      asked,
      'not_found',
      context,
      false,
      messagesFor(lang).yearNotHeld(part.query.year, formatAsOf(asOf)),
    );
  const searchText = searchTextFor(part, question);
  const unpriced = await priceNotHeld(part, searchText, lang, context);
  if (unpriced)
    return handover(asked, 'not_found', context, false, messagesFor(lang).priceNotHeld(unpriced));
  const knowledge = await answerFromKnowledge(asked, part, searchText, context);
  // 「審査基準（別紙1）の中身を教えて」: the passage says only that the sources lack it. Its words
  // are what the guide says, and a case gets the student the answer.
  if (knowledge?.sourceLacks)
    return handover(asked, 'not_found', context, false, messagesFor(lang).sourceLacks, {
      text: knowledge.answer,
      citations: knowledge.citations,
    });
  if (knowledge) return knowledge;
  if (part.topic !== 'other') return handover(asked, 'not_found', context);
  return outOfScope(lang, context);
}

/** A date, a deadline or a period: what a year's schedule gives. */
const asksForDate = (part: SubQuestion) =>
  part.asksFor.includes('date') ||
  part.query.deadlineMonth !== null ||
  part.query.fields.some((f) => f === 'deadline' || f === 'period');

/**
 * "How many people get it each year?" after a scholarship question: a short question that
 * points back ("it", 「それ」) is searched together with the student's previous question.
 */
function searchTextFor(part: SubQuestion, question: Question): string {
  const previous = referent(question);
  // A fragment, or a whole question with no topic of its own ("how many people get it?").
  const pointsBack =
    POINTS_BACK.test(part.text) &&
    (!part.complete || part.topic === 'other') &&
    part.partners.length === 0;
  return previous && pointsBack ? `${previous} ${part.searchText}` : part.searchText;
}
