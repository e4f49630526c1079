/**
 * A partner question, from its interpretation: a follow-up changes the last query (or asks
 * which partner "its" means), model mode may fill what the rules could not read, the engine
 * runs the query, and the exact set is composed. Says plainly when a named partner's record
 * does not hold what was asked, and when a university is not a partner.
 */
import { contentWords } from '../../understanding/residual.ts';
import { composePartnerAnswer, tableCitation } from '../../compose/partner-answer.ts';
import { formatAsOf, isStale, staleNotice, yearNotice } from '../../compose/freshness.ts';
import { packPartnerBrief } from '../../compose/partner-brief.ts';
import { bodyBudget, cutToBudget, measureReply } from '../../compose/reply-budget.ts';
import type { Lang, Question } from '../../domain/types.ts';
import type { Partner } from '../../knowledge/schema.ts';
import { messagesFor } from '../../messages/index.ts';
import { partnerName } from '../../messages/partner-facts.ts';
import { searchPartners } from '../../partners/engine.ts';
import { mergeFollowUp } from '../../partners/follow-up.ts';
import { lastPartnerTurn, type PartnerTurn } from '../../partners/intent.ts';
import { pickByNameWord } from '../../partners/name-words.ts';
import { hasFilters, type PartnerQuery } from '../../partners/query.ts';
import type { SubQuestion } from '../../understanding/interpretation.ts';
import type { Draft, RouteContext } from './context.ts';

/** The partners named, when what was asked is something their records never hold. */
export interface NotInRecords {
  notInRecords: string[];
  topics: string[];
}

/** Above this many listed partners, 「それぞれ」 asks which ones rather than listing every record. */
const EVERY_ONE_MAX = 8;

/** Words that point back at the last answer's subject ("そこの寮は？", "its deadline?"). */
export const POINTS_BACK =
  /\b(it|its|that|this|they|them|those)\b|それ|その|これ|この|そこ|あれ|そちら/i;

export async function answerPartners(
  question: Question,
  part: SubQuestion,
  context: RouteContext,
): Promise<Draft | NotInRecords | null> {
  const { lang } = question;
  const file = context.knowledge.partners;
  const named = part.query.partnerIds
    .map((id) => file.partners.find((p) => p.id === id))
    .filter((p): p is Partner => p !== undefined);
  const nameOf = (p: Partner) => partnerName(p, lang);
  // 「ルンドの学生寮って何人部屋？」: a held attribute word inside a question about an unheld topic is about that topic.
  const offRecord =
    part.unheld.length > 0 || (part.unrecognised.length > 0 && part.attributes.length === 0);
  if (named.length > 0 && offRecord && !hasFilters(part.query)) {
    // Said back as asked: 「キャンパス・バイト」, not the stray 「内」 between them.
    const asked = contentWords(part.unrecognised);
    return {
      notInRecords: named.map(nameOf),
      topics: part.unheld.length > 0 ? part.unheld : asked.length > 0 ? asked : part.unrecognised,
    };
  }
  const previous = lastPartnerTurn(question.history);
  // 「そこの学生寮は？」 after a lookup: the unheld topic, for the partner just named.
  if (
    previous &&
    part.unheld.length > 0 &&
    named.length === 0 &&
    previous.query.partnerIds.length > 0 &&
    POINTS_BACK.test(part.text)
  ) {
    const earlier = previous.query.partnerIds
      .map((id) => file.partners.find((p) => p.id === id))
      .filter((p): p is Partner => p !== undefined);
    return { notInRecords: earlier.map(nameOf), topics: part.unheld };
  }
  const query = await readQuery(part, previous, lang, context);
  if (query === 'clarify') return clarify(previous!.resultNames, lang, context);
  if (query && query.partnerIds.length === 0 && part.unknownUniversity)
    return notAPartner(part.unknownUniversity, lang, context);
  if (!query)
    return part.unknownUniversity ? notAPartner(part.unknownUniversity, lang, context) : null;
  const composed = composePartnerAnswer(
    searchPartners(file.partners, query),
    file,
    lang,
    context.knowledge.office,
    context.knowledge.lexicon.partnerTerms.otherCountries,
  );
  // A year the records cannot cover is said first; the staleness notice closes the answer.
  const before =
    query.year !== null && query.year > Number(file.asOf.slice(0, 4))
      ? [yearNotice(query.year, file.asOf, lang)]
      : [];
  // A list asked by something no record holds ("Korean partners with English classes") is the
  // list by the other criteria, said to be so: the records cannot narrow it.
  if (part.unheld.length > 0 && named.length === 0 && query.partnerIds.length === 0)
    before.push(messagesFor(lang).criterionNotInRecords(part.unheld, context.knowledge.office));
  const unheld =
    part.unheld.length > 0 && named.length > 0
      ? [messagesFor(lang).notInRecords(named.map(nameOf), part.unheld)]
      : [];
  const stale = isStale(file.asOf, context.staleAfterDays, context.now());
  const after = stale ? [staleNotice(file.asOf, context.knowledge.office, lang)] : [];
  const full = [...before, composed.text, ...unheld, ...after].join('\n\n');
  // The first message: the same notices around the brief, the freshness line in its short form.
  const afterShort = stale
    ? [messagesFor(lang).reply.staleShort(formatAsOf(file.asOf), context.knowledge.office)]
    : [];
  // No blank lines in a first message: on a phone every line counts.
  const frame = [...before, ...unheld, ...afterShort].join('\n');
  const budget = bodyBudget(composed.citations, lang, false);
  const framed = measureReply(frame);
  const room = { chars: budget.chars - framed.chars - 2, lines: budget.lines - framed.lines };
  const body = composed.brief
    ? packPartnerBrief(composed.brief, room, lang)
    : cutToBudget(composed.text, room, lang);
  const short = [...before, body, ...unheld, ...afterShort].join('\n');
  return {
    lang,
    route: 'partners',
    answer: short,
    more: short !== full ? full : null,
    citations: composed.citations,
    partners: composed.partners,
    related: composed.related,
    handover: null,
    confidence: 0.95,
    partnerQuery: query,
    resultNames: composed.partners.map((p) => ({ ja: p.nameJa, en: p.nameEn })[lang]),
  };
}

/** The query to run: a follow-up merged into the last one, a fresh partner question, "which one?", or none. */
async function readQuery(
  part: SubQuestion,
  previous: PartnerTurn | null,
  lang: Lang,
  context: RouteContext,
): Promise<PartnerQuery | 'clarify' | null> {
  // 「国際交流特別奨学金の審査基準って？」 after a list names a subject only the guide holds: a
  // new question, not "and their requirements?".
  const guideOnly =
    part.partners.length === 0 &&
    context.interpreter.vocabulary.guideSubjects.test(part.text.toLowerCase());
  const followUp = previous !== null && !part.complete && part.unheld.length === 0 && !guideOnly;
  // 「足りなかったらどうなるの？」 after a lookup: what the row says about falling short (Tasmania:
  // start with a language course), in its requirement and its notes.
  // A whole question pointing back ("what happens if my score is below that?") asks the same.
  const pointsBack = previous !== null && part.unheld.length === 0 && POINTS_BACK.test(part.text);
  if (
    previous &&
    (followUp || pointsBack) &&
    previous.query.partnerIds.length > 0 &&
    !hasFilters(part.query) &&
    part.query.partnerIds.length === 0 &&
    context.interpreter.vocabulary.shortfall.test(part.text.toLowerCase())
  )
    return { ...previous.query, fields: ['language', 'notes'] };
  if (followUp && !part.query.test && previous.query.test && part.bareScore)
    return mergeFollowUp(previous.query, {
      ...part.query,
      test: {
        ...previous.query.test,
        score: part.bareScore.score,
        subScores: part.bareScore.subScores,
      },
    });
  if (
    followUp &&
    (hasFilters(part.query) || part.query.partnerIds.length > 0 || part.query.fields.length > 0)
  ) {
    // "And its deadline?" after a list of several: which one, rather than the list again.
    const onlyAttributes = part.query.partnerIds.length === 0 && !hasFilters(part.query);
    const everyOne = context.interpreter.vocabulary.everyOne.test(part.text.toLowerCase());
    // "…for the women's university?": one of those listed, named by a word of its name.
    if (
      onlyAttributes &&
      previous.query.partnerIds.length === 0 &&
      previous.resultNames.length > 1
    ) {
      const listed = searchPartners(context.knowledge.partners.partners, previous.query).matches;
      const picked = pickByNameWord(
        part.text,
        listed.map((v) => v.partner),
      );
      if (picked) return { ...part.query, partnerIds: [picked.id] };
    }
    if (
      !everyOne &&
      onlyAttributes &&
      previous.query.partnerIds.length === 0 &&
      previous.resultNames.length > 1
    )
      return 'clarify';
    // "And its deadline?" after a list of one, or 「それぞれの締切は？」 after a short list: a
    // lookup of those partners, for what was asked.
    if (onlyAttributes && previous.query.partnerIds.length === 0) {
      const listed = searchPartners(context.knowledge.partners.partners, previous.query).matches;
      // None listed: the same (empty) question with the field asked, never every partner.
      if (listed.length === 1 || (listed.length > 1 && listed.length <= EVERY_ONE_MAX && everyOne))
        return { ...part.query, partnerIds: listed.map((v) => v.partner.id) };
    }
    return mergeFollowUp(previous.query, part.query);
  }
  return part.topic === 'partners' ? part.query : null;
}

/** Asks which partner a pronoun means, naming the ones the last answer listed. */
function clarify(names: string[], lang: Lang, context: RouteContext): Draft {
  const shown = names.slice(0, 8);
  const file = context.knowledge.partners;
  return {
    lang,
    route: 'partners',
    answer: messagesFor(lang).clarifyWhich(shown, names.length - shown.length),
    citations: [tableCitation(file, lang)],
    partners: [],
    related: null,
    handover: null,
    confidence: 0.6,
  };
}

/** Fabrication bait ("Harvard's TOEIC requirement?"): said plainly, with the table as the source. */
function notAPartner(name: string, lang: Lang, context: RouteContext): Draft {
  const file = context.knowledge.partners;
  const text = messagesFor(lang).notAPartner(name, formatAsOf(file.asOf), context.knowledge.office);
  return {
    lang,
    route: 'partners',
    answer: text,
    citations: [tableCitation(file, lang)],
    partners: [],
    related: { otherTest: [], noneStated: [], nearMiss: [] },
    handover: null,
    confidence: 0.8,
  };
}
