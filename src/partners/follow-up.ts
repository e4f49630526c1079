/**
 * Follow-ups to a partner question ("what about IELTS?", 「IELTSなら？」, "and in Europe?"):
 * the new message changes part of the last query and the rest carries over.
 */
import { PartnerQuery } from './query.ts';

const FOLLOW_UP =
  /^(and|also|what about|how about|what if|then|or|only)\b|^(では|じゃあ|それなら|なら|だったら|あと|その中|そのうち)|(なら|では|だったら|だと|でも|の場合は?|はどう|は\?|は？)\s*(どう|行ける|いける|行けます|大丈夫)?\s*[?？]?\s*$|\b(instead|then|please)\s*\??$|\b(of (those|them|these)|among (them|those|these))\b|その中で|そのうち|それらの|だけで/i;
/** A question that names what it is about ("partners", 「協定校」) starts afresh. */
const STANDALONE = /協定校|協定大学|交換留学先|\bpartners?\b|\buniversit(y|ies)\b|\bschools?\b/i;

/**
 * After a partner answer, a short message that changes one condition ("GPAは2.4です",
 * "only in Europe please", "which of those have no language requirement?") continues it.
 */
export function isFollowUp(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 80) return false;
  return FOLLOW_UP.test(trimmed) || (trimmed.length <= 40 && !STANDALONE.test(trimmed));
}

/** Applies what the follow-up says on top of the previous query. */
export function mergeFollowUp(previous: PartnerQuery, next: PartnerQuery): PartnerQuery {
  const merged: PartnerQuery = { ...previous };
  if (next.test) {
    // A new test replaces the old one; a bare score ("and 500?") keeps the old test.
    merged.test = next.test;
  }
  if (next.gpa !== null) merged.gpa = next.gpa;
  if (next.regions.length > 0 || next.countries.length > 0) {
    merged.regions = next.regions;
    merged.countries = next.countries;
  }
  for (const key of [
    'faculty',
    'level',
    'startMonth',
    'deadlineMonth',
    'tuitionWaived',
    'minSlots',
    'year',
  ] as const) {
    if (next[key] !== null) (merged as Record<string, unknown>)[key] = next[key];
  }
  if (next.partnerIds.length > 0) merged.partnerIds = next.partnerIds;
  if (next.fields.length > 0) merged.fields = next.fields;
  if (next.noLanguageRequirement) merged.noLanguageRequirement = true;
  return PartnerQuery.parse(merged);
}

/** A bare score after a partner question: "and 500?", 「500点なら？」, "what if I only have 75?". */
export function bareScore(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed.length > 40 || /gpa/i.test(trimmed)) return null;
  const numbers = trimmed.match(/\d{1,3}(?:\.\d)?/g) ?? [];
  return numbers.length === 1 ? Number(numbers[0]) : null;
}
