/** What every route may use, built once by the Assistant, and the draft answer a route returns. */
import type { AnswerModel, HandoverDesk, Logger, Retriever } from '../../domain/ports.ts';
import type { Answer } from '../../domain/types.ts';
import type { KnowledgeBase } from '../../knowledge/load.ts';
import type { PartnerQueryParser } from '../../partners/parse-query.ts';
import type { PartnerQuery } from '../../partners/query.ts';

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
  parser: PartnerQueryParser;
  /** Partner names and aliases, lower-cased: capitalised words that are not a university. */
  knownNames: Set<string>;
}

/** An answer before the pipeline stamps it (id, question, latency, mode). */
export type Draft = Omit<Answer, 'answerId' | 'question' | 'latencyMs' | 'mode' | 'verifier'> & {
  partnerQuery?: PartnerQuery;
  mode?: Answer['mode'];
  verifier?: Answer['verifier'];
};

export function plain(route: Answer['route'], text: string, lang: Answer['lang']): Draft {
  return { lang, route, answer: text, citations: [], partners: [], related: null, handover: null, confidence: 0 };
}
