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
  for (const { id, terms } of v.handover) if (terms.test(located)) return id;
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
 * Matters whose requests go to their own staff, whatever the verb. Credits are not among them:
 * their words (科目, "course") also name what an office action is about ("enrol me in the course").
 */
const OWN_MATTERS = new Set<HandoverNeed>(['leave_of_absence']);
