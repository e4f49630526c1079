/**
 * A guide or FAQ question: the retrieved passages, quoted (or, in model mode, a generated
 * answer that passed the verifier), with their sources; null when nothing is relevant enough.
 */
import { composeExtractive } from '../../compose/extractive.ts';
import { isStale, staleNotice } from '../../compose/freshness.ts';
import type { Question } from '../../domain/types.ts';
import { generateVerified } from '../model-assist.ts';
import type { Draft, RouteContext } from './context.ts';

export async function answerFromKnowledge(question: Question, context: RouteContext): Promise<Draft | null> {
  const { text, lang } = question;
  const retrieved = await context.retriever.retrieve(text, lang, 5);
  const top = retrieved[0];
  if (!top || top.confidence < context.threshold) return null;
  const { model, knowledge } = context;
  const generated = model ? await generateVerified(model, text, lang, retrieved, knowledge.partners.partners, context.logger) : null;
  const extract = generated?.text ? { text: generated.text, citations: generated.citations } : composeExtractive(text, retrieved, lang);
  const stale = isStale(top.passage.asOf, context.staleAfterDays, context.now()) && /\d/.test(extract.text);
  const notice = stale ? `\n\n${staleNotice(top.passage.asOf, knowledge.office, lang)}` : '';
  return {
    lang,
    route: 'knowledge',
    answer: extract.text + notice,
    citations: extract.citations,
    partners: [],
    related: null,
    handover: null,
    confidence: Math.round(top.confidence * 1000) / 1000,
    mode: generated?.text ? 'model' : 'extractive',
    verifier: generated ? generated.verdict : null,
  };
}
