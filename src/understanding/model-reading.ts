/**
 * Model mode's reading of a message: the same acts, topics, handover needs and partner query
 * as the rule-based Interpretation, as structured output. The rules check it before anything
 * runs (`reconcileReading`): a model can widen what is understood (a paraphrased request for a
 * decision, a place described instead of named, two questions the rules read as one), but it
 * never names a partner, never brings a figure the student did not write, and never turns a
 * refused instruction or a handover the rules found into something else.
 */
import { z } from 'zod';
import { normaliseText } from '../text/normalise.ts';
import { PartnerQuery } from '../partners/query.ts';
import {
  Act,
  HandoverNeed,
  Topic,
  type Interpretation,
  type SubQuestion,
} from './interpretation.ts';

export const ModelReading = z.strictObject({
  act: Act,
  handover: HandoverNeed.nullable(),
  parts: z
    .array(
      z.strictObject({
        /** The words of the message this question is made of, copied as written. */
        text: z.string().min(1),
        act: Act,
        topic: Topic,
        query: PartnerQuery,
      }),
    )
    .min(1)
    .max(6),
});
export type ModelReading = z.infer<typeof ModelReading>;

/** Reads one piece of text with the rules (the interpreter's own part reader). */
export type PartReader = (text: string) => SubQuestion;

const compact = (text: string) => normaliseText(text).toLowerCase().replace(/\s+/g, '');

/** Every number the text contains, as written (full-width digits normalised). */
function numbersIn(text: string): Set<number> {
  return new Set((normaliseText(text).match(/\d+(?:\.\d+)?/g) ?? []).map(Number));
}

/**
 * The rules' query, with what the model read filling what the rules left empty. A number the
 * model gives (score, GPA, places, year) counts only when the student wrote it; partner ids
 * always come from the rules, which match names against the records.
 */
export function mergeQueries(rules: PartnerQuery, model: PartnerQuery, text: string): PartnerQuery {
  const written = numbersIn(text);
  const stated = (n: number | null) => n === null || written.has(n);
  const safe: PartnerQuery = {
    ...model,
    test: model.test && stated(model.test.score) ? model.test : null,
    gpa: stated(model.gpa) ? model.gpa : null,
    requiredGpaMax: stated(model.requiredGpaMax) ? model.requiredGpaMax : null,
    requiredGpaMin: stated(model.requiredGpaMin) ? model.requiredGpaMin : null,
    minSlots: stated(model.minSlots) ? model.minSlots : null,
    year: stated(model.year) ? model.year : null,
    partnerIds: [],
  };
  const merged: Record<string, unknown> = { ...rules };
  for (const [key, value] of Object.entries(safe)) {
    const own = (rules as Record<string, unknown>)[key];
    const empty = own === null || own === false || (Array.isArray(own) && own.length === 0);
    if (empty) merged[key] = value;
  }
  return PartnerQuery.parse(merged);
}

/** One part: the rules' reading, widened where the rules saw no topic or no filter. */
function reconcilePart(rules: SubQuestion, model: ModelReading['parts'][number]): SubQuestion {
  const query = mergeQueries(rules.query, model.query, rules.text);
  const topic: Topic =
    rules.topic === 'other' && model.act !== 'instruct' ? model.topic : rules.topic;
  const act: Act = rules.act === 'ask_info' && model.act === 'list_filter' ? model.act : rules.act;
  return { ...rules, query, topic, act };
}

export function reconcileReading(
  rules: Interpretation,
  model: ModelReading,
  message: string,
  readPart: PartReader,
): Interpretation {
  // A refusal stands whoever read it: a model can be talked out of seeing an instruction.
  if (rules.act === 'instruct') return rules;
  if (model.act === 'instruct') return { ...rules, act: 'instruct', handover: null };
  const handover = rules.handover ?? model.handover;
  // The model's split is used only when each piece is the student's own words.
  const whole = compact(message);
  const ownWords = model.parts.every((part) => whole.includes(compact(part.text)));
  const split = ownWords && model.parts.length > rules.parts.length;
  const parts = split
    ? model.parts.map((part) => reconcilePart(readPart(part.text), part))
    : rules.parts.map((part, i) =>
        model.parts.length === rules.parts.length ? reconcilePart(part, model.parts[i]!) : part,
      );
  const act: Act =
    handover === 'wants_person' ? 'ask_person' : handover ? 'request_action' : parts[0]!.act;
  return { act, handover, parts, confidence: rules.confidence };
}
