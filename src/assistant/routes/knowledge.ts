/**
 * A guide or FAQ question: the retrieved passages, quoted (or, in model mode, a generated
 * answer that passed the verifier), with their sources; null when nothing is relevant enough.
 * A figure the student states that the cited passages do not give is corrected, not echoed.
 */
import { contentWords } from '../../understanding/residual.ts';
import { preferFitting } from '../../compose/answer-fit.ts';
import { answerFit } from './knowledge-fit.ts';
import { composeExtractive } from '../../compose/extractive.ts';
import { formatAsOf, isStale, staleNotice } from '../../compose/freshness.ts';
import { bodyBudget } from '../../compose/reply-budget.ts';
import type { Question } from '../../domain/types.ts';
import { messagesFor } from '../../messages/index.ts';
import { normaliseText } from '../../text/normalise.ts';
import type { SubQuestion } from '../../understanding/interpretation.ts';
import { generateVerified } from '../model-assist.ts';
import type { Draft, RouteContext } from './context.ts';

export async function answerFromKnowledge(
  question: Question,
  part: SubQuestion,
  searchText: string,
  context: RouteContext,
  /**
   * Words the passage must use one of: for a question about a named partner, what it asks about
   * ("バイト", "gym"). A paragraph that only shares the partner's name does not answer it.
   */
  mustCover: string[] = [],
  /** Only a top passage that gives the kind of value asked for answers (else null). */
  mustCarry = false,
): Promise<Draft | null> {
  const { lang } = question;
  const fit = answerFit(part, context.interpreter.vocabulary);
  const { carries } = fit;
  const candidates = await context.retriever.retrieve(searchText, lang, CANDIDATES);
  const covering = candidates.filter((r) => coversAny(r.passage.text, mustCover));
  const retrieved = preferFitting(covering, fit).slice(0, QUOTABLE);
  const top = retrieved[0];
  if (!top || top.confidence < context.threshold) return null;
  if (mustCarry && !(fit.carries && fit.carries(top.passage.text))) return null;
  const { model, knowledge } = context;
  const isInstruction = (sentence: string) =>
    context.interpreter.vocabulary.instruct.test(sentence);
  const generated = model
    ? await generateVerified(
        model,
        part.text,
        lang,
        retrieved,
        knowledge.partners.partners,
        context.logger,
        isInstruction,
      )
    : null;
  const extract = generated?.text
    ? { text: generated.text, citations: generated.citations }
    : composeExtractive(searchText, retrieved, lang, null, carries);
  const cited = normaliseText(
    retrieved
      .filter((r) => extract.citations.some((c) => c.id === r.passage.id))
      .map((r) => r.passage.text)
      .join('\n'),
  );
  const wrong = part.statedFigures.filter(
    (figure) =>
      !cited.includes(normaliseText(figure)) &&
      !cited.includes(normaliseText(figure).replace(/\s+/g, '')),
  );
  const premise = wrong.length > 0 ? `${messagesFor(lang).falsePremise(wrong)}\n` : '';
  const stale =
    isStale(top.passage.asOf, context.staleAfterDays, context.now()) && /\d/.test(extract.text);
  const notice = stale ? `\n\n${staleNotice(top.passage.asOf, knowledge.office, lang)}` : '';
  const full = premise + extract.text + notice;
  // The first message quotes the sentences of the top passage that answer, within the budget.
  const shortNotice = stale
    ? `\n${messagesFor(lang).reply.staleShort(formatAsOf(top.passage.asOf), knowledge.office)}`
    : '';
  const room = bodyBudget(extract.citations.slice(0, 1), lang, false).chars;
  const brief = generated?.text
    ? null
    : composeExtractive(
        searchText,
        retrieved,
        lang,
        room - premise.length - shortNotice.length,
        carries,
      );
  const short = brief ? premise + brief.text + shortNotice : full;
  const lacks = context.interpreter.vocabulary.sourceLacks;
  return {
    sourceLacks:
      lacks.saysOnly(top.passage.text) && !lacks.whereToFind.test(part.text.toLowerCase()),
    lang,
    route: 'knowledge',
    answer: short,
    more: short !== full ? full : null,
    citations: extract.citations,
    partners: [],
    related: null,
    handover: null,
    confidence: Math.round(top.confidence * 1000) / 1000,
    mode: generated?.text ? 'model' : 'extractive',
    verifier: generated ? generated.verdict : null,
  };
}

/** Passages looked at for the one that fits best, and how many of them an answer may use. */
const CANDIDATES = 8;
const QUOTABLE = 5;

/** Whether the text uses one of the words (words of one letter are too weak to count). */
function coversAny(text: string, words: string[]): boolean {
  const strong = contentWords(words);
  if (strong.length === 0) return true;
  const folded = normaliseText(text).toLowerCase();
  return strong.some((word) => folded.includes(word.toLowerCase()));
}
