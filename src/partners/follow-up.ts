/**
 * Follow-ups to a partner question ("what about IELTS?", 「IELTSなら？」, "and in Europe?",
 * "which of those has a GPA requirement?"): the new message changes part of the last query and
 * the rest carries over. Whether a message is a follow-up is the interpretation's call
 * (src/understanding: `complete`).
 */
import { PartnerQuery } from './query.ts';

/** A value the follow-up actually says something about (a default means "not mentioned"). */
function isStated(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  return !Array.isArray(value) || value.length > 0;
}

/**
 * Applies what the follow-up says on top of the previous query, key by key, so a filter the
 * query schema gains later carries over without being listed here. A place replaces the old
 * place as a whole (regions and countries together): "and in Europe?" after "in Korea?".
 */
export function mergeFollowUp(previous: PartnerQuery, next: PartnerQuery): PartnerQuery {
  const merged: Record<string, unknown> = { ...previous };
  for (const [key, value] of Object.entries(next)) if (isStated(value)) merged[key] = value;
  if (next.regions.length > 0 || next.countries.length > 0) {
    merged.regions = next.regions;
    merged.countries = next.countries;
  }
  // 「あと教育学部からでも行けるの？」 of the partner just looked up asks who may go: the faculties
  // and the notes (which often carry a condition), not the fields asked before.
  if (
    previous.partnerIds.length > 0 &&
    next.partnerIds.length === 0 &&
    (next.faculty || next.level)
  )
    merged.fields = [...new Set([...next.fields, 'faculty', 'notes'])];
  return PartnerQuery.parse(merged);
}
