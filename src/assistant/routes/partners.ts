/**
 * A partner question: read it into a PartnerQuery (a follow-up changes the last one; model
 * mode may fill what the rules could not read), run the engine, compose the exact set.
 * Returns null when the question is not about partners, or `not_in_records` when it names a
 * partner but asks what the records never hold (rent, wifi, airport pickup...).
 */
import { tableCitation, composePartnerAnswer } from '../../compose/partner-answer.ts';
import { isStale, staleNotice, yearNotice, formatAsOf } from '../../compose/freshness.ts';
import type { Lang, Question } from '../../domain/types.ts';
import { messagesFor } from '../../messages/index.ts';
import { searchPartners } from '../../partners/engine.ts';
import { bareScore, isFollowUp, mergeFollowUp } from '../../partners/follow-up.ts';
import { isPartnerQuestion, lastPartnerQuery } from '../../partners/intent.ts';
import { hasFilters, type PartnerQuery } from '../../partners/query.ts';
import { unknownUniversity } from '../../partners/unknown-university.ts';
import { OFF_RECORD_TOPIC } from '../../partners/vocabulary.ts';
import { refineQuery } from '../model-assist.ts';
import type { Draft, RouteContext } from './context.ts';

export async function answerPartners(question: Question, context: RouteContext): Promise<Draft | null | 'not_in_records'> {
  const { text, lang, history } = question;
  const parsed = context.parser.parse(text);
  if (parsed.partnerIds.length > 0 && !hasFilters(parsed) && parsed.fields.length === 0 && OFF_RECORD_TOPIC.test(text)) return 'not_in_records';
  const query = await readQuery(text, lang, parsed, lastPartnerQuery(history), context);
  const unknown = !query || query.partnerIds.length === 0 ? unknownUniversity(text, parsed, context.knownNames) : null;
  if (unknown) return notAPartner(unknown, lang, context);
  if (!query) return null;
  const file = context.knowledge.partners;
  const composed = composePartnerAnswer(searchPartners(file.partners, query), file, lang, context.knowledge.office);
  // A year the records cannot cover is said first; the staleness notice closes the answer.
  const before = query.year !== null && query.year > Number(file.asOf.slice(0, 4)) ? [yearNotice(query.year, file.asOf, lang)] : [];
  const after = isStale(file.asOf, context.staleAfterDays, context.now()) ? [staleNotice(file.asOf, context.knowledge.office, lang)] : [];
  return {
    lang,
    route: 'partners',
    answer: [...before, composed.text, ...after].join('\n\n'),
    citations: composed.citations,
    partners: composed.partners,
    related: composed.related,
    handover: null,
    confidence: 0.95,
    partnerQuery: query,
  };
}

/** The query to run: a follow-up merged into the last one, a fresh partner question, or none. */
async function readQuery(text: string, lang: Lang, parsed: PartnerQuery, previous: PartnerQuery | null, context: RouteContext): Promise<PartnerQuery | null> {
  const score = bareScore(text);
  if (previous && isFollowUp(text) && !parsed.test && previous.test && score !== null) return mergeFollowUp(previous, { ...parsed, test: { test: previous.test.test, score } });
  if (previous && isFollowUp(text) && (hasFilters(parsed) || parsed.partnerIds.length > 0 || parsed.fields.length > 0)) return mergeFollowUp(previous, parsed);
  if (!isPartnerQuestion(text, parsed)) return null;
  return context.model ? refineQuery(context.model, text, lang, parsed, context.logger) : parsed;
}

/** Fabrication bait ("Harvard's TOEIC requirement?"): said plainly, with the table as the source. */
function notAPartner(name: string, lang: Lang, context: RouteContext): Draft {
  const file = context.knowledge.partners;
  const text = messagesFor(lang).notAPartner(name, formatAsOf(file.asOf), context.knowledge.office);
  return { lang, route: 'partners', answer: text, citations: [tableCitation(file, lang)], partners: [], related: { otherTest: [], noneStated: [], nearMiss: [] }, handover: null, confidence: 0.8 };
}
