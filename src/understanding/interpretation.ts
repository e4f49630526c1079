/**
 * What a message means, typed: the act, the sub-questions, the entities and the attributes
 * asked about. Routing, the partner engine and retrieval read this, never the raw text. The
 * model mode produces the same shape (validated with this schema) and the rules check it.
 */
import { z } from 'zod';
import { AnswerType, HandoverNeed } from '../knowledge/lexicon.ts';
import { PartnerField, PartnerQuery } from '../partners/query.ts';

export const Act = z.enum([
  /** A question about a fact: a partner's deadline, the scholarship amount. */
  'ask_info',
  /** Which partners satisfy some conditions. */
  'list_filter',
  /** Two or more named partners side by side. */
  'compare',
  /** Asks the office to do or decide something (approve, check, change, make an exception). */
  'request_action',
  /** Wants a member of staff. */
  'ask_person',
  /** A greeting or thanks with no question. */
  'chit_chat',
  /** Tries to instruct, reconfigure or read the assistant. */
  'instruct',
]);
export type Act = z.infer<typeof Act>;

export { HandoverNeed };
export type HandoverNeed = z.infer<typeof HandoverNeed>;

export const PartnerMention = z.strictObject({
  id: z.string(),
  /** How it was named: the record's name or alias, a nickname or city from the lexicon, or a near spelling. */
  via: z.enum(['name', 'lexicon', 'fuzzy']),
  text: z.string(),
});
export type PartnerMention = z.infer<typeof PartnerMention>;

export const Topic = z.enum([
  /** About partner universities (the structured records). */
  'partners',
  /** About the guide, the FAQ or the other curated pages. */
  'guide',
  /** An everyday campus matter the international office does not handle. */
  'campus',
  /** Nothing to do with study abroad. */
  'other',
]);
export type Topic = z.infer<typeof Topic>;

export const SubQuestion = z.strictObject({
  text: z.string(),
  /** The text to search the guide with: emphasis and politeness words taken out. */
  searchText: z.string(),
  act: Act,
  topic: Topic,
  /** The executable partner query (entities and attributes as the engine reads them). */
  query: PartnerQuery,
  partners: z.array(PartnerMention),
  /** Attributes asked about that the partner records hold. */
  attributes: z.array(PartnerField),
  /** Things asked about that the partner records never hold ("gym", 「寮費」). */
  unheld: z.array(z.string()),
  /** Other content words a question about a named partner uses that no vocabulary knows ("gym"). */
  unrecognised: z.array(z.string()),
  /** A score with no test named, for follow-ups ("and 95?"). */
  bareScore: z
    .strictObject({
      score: z.number(),
      subScores: z.array(z.strictObject({ section: z.string(), score: z.number() })),
    })
    .nullable(),
  /** A university named that is not a partner. */
  unknownUniversity: z.string().nullable(),
  /** Countries named that have no partner (`CA`, `NZ`...). */
  otherCountries: z.array(z.string()),
  /** Figures the student states as facts ("the scholarship is 300,000 yen, right?"): checked against the source. */
  statedFigures: z.array(z.string()),
  /** The kinds of value asked for ("when" asks for a date): the guide passage that gives one answers. */
  asksFor: z.array(AnswerType),
  /** True when the text is a complete question of its own (not a fragment like "and IELTS?"). */
  complete: z.boolean(),
});
export type SubQuestion = z.infer<typeof SubQuestion>;

export const Interpretation = z.strictObject({
  act: Act,
  /** Why a person is needed, when the act or the topic calls for one. */
  handover: HandoverNeed.nullable(),
  parts: z.array(SubQuestion).min(1),
  /** With `instruct`: the message asks for a document only the office issues (a forgery). */
  officialDocument: z.boolean().optional(),
  /** 0..1: how sure the reading is (lower when nothing specific was recognised). */
  confidence: z.number().min(0).max(1),
});
export type Interpretation = z.infer<typeof Interpretation>;
