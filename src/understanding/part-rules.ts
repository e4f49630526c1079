/**
 * The rules that turn what a sub-question names into its topic, act, completeness and
 * confidence, and that merge two parts asking the same lookup. Pure functions of the
 * partly read sub-question; the Interpreter applies them.
 */
import { hasFilters } from '../partners/query.ts';
import type { AnswerType } from '../knowledge/lexicon.ts';
import type { Act, HandoverNeed, SubQuestion, Topic } from './interpretation.ts';

/** Filters only partners have need no "partner" word; a score or GPA alone is enough. */
export function isPartnerQuestion(
  rest: string,
  query: SubQuestion['query'],
  partnerWords: boolean,
  /** "Do I have to pay…?", 「払わなくていい？」: whether the student pays (topics.yaml: paysTuition). */
  asksWhetherToPay: boolean,
): boolean {
  if (query.test?.score != null || query.gpa !== null || query.requiredGpaMax !== null) return true;
  // "Do I have to pay tuition to the partner?" asks the general rule, not for a list.
  const onlyTuition =
    query.tuitionWaived !== null &&
    !query.noLanguageRequirement &&
    query.deadlineMonth === null &&
    query.startMonth === null &&
    query.minSlots === null &&
    query.maxSlots === null &&
    query.regions.length === 0 &&
    query.countries.length === 0;
  if (onlyTuition && asksWhetherToPay) return false;
  if (
    query.noLanguageRequirement ||
    query.languageStated ||
    query.noGpaRequirement ||
    query.noYearCondition ||
    query.extreme !== null ||
    query.nameKind !== null ||
    query.allFaculties ||
    query.deadlineMonth !== null ||
    query.startMonth !== null ||
    query.minSlots !== null ||
    query.maxSlots !== null ||
    query.tuitionWaived !== null
  )
    return true;
  if (query.languages.length > 0 && partnerWords) return true;
  return partnerWords && (hasFilters(query) || (query.fields.length > 0 && query.test !== null));
}

export function actOf(topic: Topic, query: SubQuestion['query'], named: number): Act {
  if (topic !== 'partners') return 'ask_info';
  if (named >= 2 && !hasFilters(query)) return 'compare';
  return named > 0 && !hasFilters(query) ? 'ask_info' : 'list_filter';
}

/** Two parts about the same partners and nothing else are one lookup with more fields. */
export function mergeSameTopicParts(parts: SubQuestion[]): SubQuestion[] {
  const out: SubQuestion[] = [];
  for (const part of parts) {
    const previous = out[out.length - 1];
    const sameLookup =
      previous &&
      previous.topic === 'partners' &&
      part.topic === 'partners' &&
      // 「タマサートのGPA条件って3.0？成績Bとかでもいいの？」: the second asks of the same partner.
      (!hasFilters(previous.query) || previous.query.partnerIds.length > 0) &&
      !hasFilters(part.query) &&
      previous.query.partnerIds.join() === part.query.partnerIds.join() &&
      part.unheld.length === 0 &&
      previous.unheld.length === 0;
    // 「タイで工学部限定のとこある？あと、そこの締切も」: a later part that only asks for fields of
    // the list just asked for is that list with those fields.
    const fieldsOfList =
      previous &&
      previous.topic === 'partners' &&
      previous.query.partnerIds.length === 0 &&
      hasFilters(previous.query) &&
      !part.complete &&
      part.partners.length === 0 &&
      !hasFilters(part.query) &&
      part.query.fields.length > 0 &&
      part.unheld.length === 0;
    if (fieldsOfList || sameLookup) {
      const fields = [...new Set([...previous.query.fields, ...part.query.fields])];
      out[out.length - 1] = {
        ...previous,
        text: `${previous.text} ${part.text}`,
        attributes: fields,
        query: { ...previous.query, fields },
      };
    } else if (previous && elaborates(previous, part)) {
      out[out.length - 1] = {
        ...previous,
        text: `${previous.text} ${part.text}`,
        searchText: `${previous.searchText} ${part.searchText}`,
        asksFor: [...new Set([...previous.asksFor, ...part.asksFor])],
        statedFigures: [...new Set([...previous.statedFigures, ...part.statedFigures])],
      };
    } else out.push(part);
  }
  return out;
}

/**
 * 「…って言われたんだけどホント？目安ってある？」: a question with no topic, partner or filter of its
 * own after a guide question asks more of the same thing, so both are searched as one.
 */
function elaborates(previous: SubQuestion, part: SubQuestion): boolean {
  return (
    previous.topic === 'guide' &&
    part.topic === 'other' &&
    part.partners.length === 0 &&
    part.unknownUniversity === null &&
    part.otherCountries.length === 0 &&
    !hasFilters(part.query)
  );
}

export function confidenceOf(parts: SubQuestion[], handover: HandoverNeed | null): number {
  if (handover) return 0.9;
  const first = parts[0]!;
  if (first.partners.length > 0 || hasFilters(first.query)) return 0.9;
  return first.topic === 'other' ? 0.4 : 0.6;
}

/**
 * Whether a question stands on its own, or continues the last one ("and IELTS?", 「GPAは2.4です」,
 * "what about Heidelberg?"): a fragment names little and says nothing about partners in general.
 */
export function isComplete(
  rest: string,
  topic: Topic,
  query: SubQuestion['query'],
  named: number,
  attributes: number,
  partnerWords: boolean,
): boolean {
  const letters = letterCount(rest);
  if (named > 0) return attributes > 0 || letters > 20;
  if (topic === 'partners') return partnerWords && letters > 6;
  if (topic === 'guide')
    return letters > 12 && (attributes === 0 || letters > 24) && !hasFilters(query);
  return letters > 12;
}

/** "courses" is asked of a record that says "course". */
export function stem(word: string): string {
  return /^[a-z]+$/.test(word) && word.length > 5 ? word.slice(0, -2) : word;
}

export function letterCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** Decisions a student may also ask about as a rule: "how many credits can be recognised?". */
const DECIDED_BY_RULE = new Set<HandoverNeed>([
  'credit_transfer',
  'application_change',
  'eligibility_exception',
  'late_application',
  'office_action',
]);
/** Kinds of value a rule gives ("up to 60 credits"); a decision about one's case gives none. */
const RULE_VALUES = new Set<AnswerType>(['count', 'amount', 'duration']);

/**
 * 「他の大学で取った単位って何単位まで認めてもらえる？」 asks how many credits the rule allows: the
 * guide answers it. When a question of the message asks for such a value and none says whose it
 * is ("my credits"), a decision's wording is read as a question about the rule; the other
 * questions beside it (「4年で卒業できる？」) are the rule's too.
 */
export function ruleNotCase(
  handover: HandoverNeed | null,
  parts: SubQuestion[],
  saysWhose: boolean,
): HandoverNeed | null {
  if (!handover || !DECIDED_BY_RULE.has(handover) || saysWhose) return handover;
  const asksRuleValue = parts.some((part) => part.asksFor.some((kind) => RULE_VALUES.has(kind)));
  return asksRuleValue ? null : handover;
}

/** A later part that names nothing ("and how many places?") is about the partners the first named. */
export function carryNamedPartners(parts: SubQuestion[]): SubQuestion[] {
  const first = parts.find((p) => p.partners.length > 0);
  if (!first) return parts;
  return parts.map((part, i) =>
    i > 0 &&
    part.partners.length === 0 &&
    part.attributes.length > 0 &&
    !hasFilters(part.query) &&
    part.topic !== 'campus'
      ? {
          ...part,
          topic: 'partners',
          partners: first.partners,
          query: { ...part.query, partnerIds: first.query.partnerIds },
        }
      : part,
  );
}
