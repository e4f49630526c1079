/** What every route may use, built once by the Assistant, and the draft answer a route returns. */
import type { AnswerModel, HandoverDesk, Logger, Retriever } from '../../domain/ports.ts';
import type { Answer } from '../../domain/types.ts';
import type { KnowledgeBase } from '../../knowledge/load.ts';
import type { PartnerQuery } from '../../partners/query.ts';
import type { Interpreter } from '../../understanding/interpret.ts';

export interface RouteContext {
  knowledge: KnowledgeBase;
  retriever: Retriever;
  handover: HandoverDesk | null;
  model: AnswerModel | null;
  logger: Logger;
  staleAfterDays: number;
  now: () => Date;
  /** Below this retrieval confidence the assistant says it did not find the answer. */
  threshold: number;
  /** Message -> Interpretation, from the lexicon in knowledge/lexicon/. */
  interpreter: Interpreter;
}

/** An answer before the pipeline stamps it (id, question, latency, mode). */
export type Draft = Omit<Answer, 'answerId' | 'question' | 'latencyMs' | 'mode' | 'verifier'> & {
  partnerQuery?: PartnerQuery;
  /** The matching partners' names, remembered so "and its deadline?" can ask which one. */
  resultNames?: string[];
  mode?: Answer['mode'];
  verifier?: Answer['verifier'];
  /**
   * The passage that answers says only that the sources do not hold it (「その別紙は原文に含まれて
   * いません。…確認してください」): the quote is the rule, and staff give the answer.
   */
  sourceLacks?: boolean;
};

export function plain(route: Answer['route'], text: string, lang: Answer['lang']): Draft {
  return {
    lang,
    route,
    answer: text,
    citations: [],
    partners: [],
    related: null,
    handover: null,
    confidence: 0,
  };
}
