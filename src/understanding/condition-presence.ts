/**
 * Whether a row states a condition, asked either way round: 「語学の条件が書いてないとこ」 (rows
 * that state none), "partners that list a language requirement" (rows that state one),
 * 「学年の条件で引っかからない」 (none that would stop the student). The condition is named once;
 * what follows it (or, in English, what comes before it) says which way. A condition named with
 * neither is left to the other readings (a figure, a test, a year).
 */
import type { Terms } from '../text/terms.ts';

export type Presence = 'absent' | 'stated' | null;

export interface ConditionPresence {
  language: Presence;
  gpa: Presence;
  year: Presence;
}

export interface PresenceTerms {
  conditions: { language: Terms; gpa: Terms; year: Terms };
  /** Right after the condition: none, not written, would not stop me. */
  absentAfter: Terms;
  /** Right before it: "no", "without", "don't list". */
  absentBefore: Terms;
  /** Right after it: there is one, it is written. */
  statedAfter: Terms;
  /** Right before it: "with a", "that list a". */
  statedBefore: Terms;
}

/** How far either side of the condition's name its marker may sit. */
const AFTER = 16;
const BEFORE = 28;

export function readConditionPresence(text: string, terms: PresenceTerms): ConditionPresence {
  const read = (condition: Terms): Presence => {
    let presence: Presence = null;
    for (const span of condition.find(text)) {
      const after = text.slice(span.end, span.end + AFTER);
      const before = text.slice(Math.max(0, span.start - BEFORE), span.start);
      if (startsWith(terms.absentAfter, after) || endsWith(terms.absentBefore, before))
        return 'absent';
      if (startsWith(terms.statedAfter, after) || endsWith(terms.statedBefore, before))
        presence = 'stated';
    }
    return presence;
  };
  return {
    language: read(terms.conditions.language),
    gpa: read(terms.conditions.gpa),
    year: read(terms.conditions.year),
  };
}

/** A marker at the start of what follows (after particles the lexicon allows for). */
function startsWith(markers: Terms, after: string): boolean {
  return markers.find(after).some((span) => span.start <= 3);
}

/** A marker that ends where the condition begins (a few spaces or articles allowed). */
function endsWith(markers: Terms, before: string): boolean {
  return markers.find(before).some((span) => before.slice(span.end).trim().length <= 6);
}
