/**
 * Why a message needs a person, read from its wording (partner names already taken out): a
 * phrase of a reason, a request for the office to act, or a two-part rule (what it is about and
 * what it asks), the personal ones only when the message is about the student's own case.
 */
import { blank } from '../text/terms.ts';
import type { HandoverNeed } from './interpretation.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The first reason whose wording the message uses; a bare action request is `office_action`. */
export function handoverNeed(located: string, v: Vocabulary): HandoverNeed | null {
  const phrased = v.handover.find(({ terms }) => terms.test(located))?.id;
  if (phrased) return yieldsTo(phrased, located, v) ?? phrased;
  // An action asked about a matter with its own reason ("can you process my leave of absence?")
  // is that matter's case: the staff who handle it are not the ones who check papers.
  if (v.actionRequest.test(located))
    return (
      v.handoverPairs.find((pair) => OWN_MATTERS.has(pair.id) && pair.about.test(located))?.id ??
      'office_action'
    );
  // "I heard...", 「…って聞いた」 reports a source; it does not make the case one's own.
  const ownCase = v.firstPerson.test(blank(located, v.hearsay.find(located)));
  for (const { id, about, asks, personal } of v.handoverPairs)
    if (about.test(located) && asks.test(located) && (!personal || ownCase)) return id;
  return null;
}

/**
 * A reason that is the more specific case of another: the chances of getting in once the
 * deadline has passed (「締切昨日だったけど今から出してもワンチャンいける？」) are a late
 * application, which staff decide as such, not an odds question.
 */
const YIELDS_TO: Partial<Record<HandoverNeed, HandoverNeed[]>> = {
  selection_chances: ['late_application'],
};

function yieldsTo(phrased: HandoverNeed, located: string, v: Vocabulary): HandoverNeed | null {
  const specific = YIELDS_TO[phrased] ?? [];
  const pair = v.handoverPairs.find(
    (p) => specific.includes(p.id) && p.about.test(located) && p.asks.test(located),
  );
  return pair?.id ?? null;
}

/**
 * Matters whose requests go to their own staff, whatever the verb. Credits are not among them:
 * their words (科目, "course") also name what an office action is about ("enrol me in the course").
 */
const OWN_MATTERS = new Set<HandoverNeed>(['leave_of_absence']);
