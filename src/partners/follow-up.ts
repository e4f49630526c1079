/**
 * Follow-ups to a partner question ("what about IELTS?", 「IELTSなら？」, "and in Europe?"):
 * the new message changes part of the last query and the rest carries over. Whether a message
 * is a follow-up is the interpretation's call (src/understanding: `complete`).
 */
import { PartnerQuery } from './query.ts';

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
