/**
 * Whether a message is a partner question, and the last partner question of a conversation
 * (for follow-ups). Rules in code, tested through the routing and eval suites.
 */
import { PartnerQuery, hasFilters } from './query.ts';
import { PARTNER_WORDS } from './vocabulary.ts';
import type { Turn } from '../domain/types.ts';

const TUITION_RULE_QUESTION = /払わなくて(いい|よい|も)|払う必要|支払う必要|払いますか|have to pay|need to pay|do i (still )?pay|must i pay|should i pay/;

export function isPartnerQuestion(text: string, query: PartnerQuery): boolean {
  if (query.partnerIds.length > 0) return true;
  if (query.test?.score != null || query.gpa !== null) return true;
  // Filters only partners have (no requirement, deadline or start month, places, tuition) need no "partner" word.
  // "Do I have to pay tuition to the partner?" asks the general rule, not for a list.
  const onlyTuition = query.tuitionWaived !== null && !query.noLanguageRequirement && query.deadlineMonth === null && query.startMonth === null && query.minSlots === null && query.regions.length === 0 && query.countries.length === 0;
  if (onlyTuition && TUITION_RULE_QUESTION.test(text.toLowerCase())) return false;
  const partnerOnlyFilter = query.noLanguageRequirement || query.deadlineMonth !== null || query.startMonth !== null || query.minSlots !== null || query.tuitionWaived !== null;
  if (partnerOnlyFilter) return true;
  return PARTNER_WORDS.test(text.toLowerCase()) && (hasFilters(query) || (query.fields.length > 0 && query.test !== null));
}

export function lastPartnerQuery(history: Turn[]): PartnerQuery | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const turn = history[i]!;
    if (turn.role !== 'assistant') continue;
    const parsed = PartnerQuery.safeParse(turn.partnerQuery);
    return parsed.success ? parsed.data : null;
  }
  return null;
}

