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
  // A rule someone reported and the student doubts (「30単位までしか認めてもらえないって先輩に
  // 聞いたけど本当？」) is checked against the guide, not asked for: the reason's wording then only
  // counts outside what was heard. Believed reports (「締切過ぎたって聞いた、まだ出せる？」) stay.
  const doubted = v.checksReport.test(located);
  const ownWords = doubted ? blank(located, reportedClauses(located, v)) : located;
  const phrased = v.handover.find(({ terms }) => terms.test(ownWords))?.id;
  // 「向こうの担当者に問い合わせてもらえますか」: someone of the partner's, to be reached by the
  // office, is an action on the student's case, not a wish to talk to staff.
  if (phrased === 'wants_person' && v.thirdPartyPerson.test(ownWords))
    return actionOrPair(ownWords, v) ?? phrased;
  if (phrased) return yieldsTo(phrased, ownWords, v) ?? phrased;
  return actionOrPair(ownWords, v);
}

/** An action the office is asked to take, or a two-part rule (what it is about, what it asks). */
function actionOrPair(ownWords: string, v: Vocabulary): HandoverNeed | null {
  // An action asked about a matter with its own reason ("can you process my leave of absence?")
  // is that matter's case: the staff who handle it are not the ones who check papers.
  if (v.actionRequest.test(ownWords))
    return (
      v.handoverPairs.find((pair) => OWN_MATTERS.has(pair.id) && pair.about.test(ownWords))?.id ??
      'office_action'
    );
  // "I heard...", 「…って聞いた」 reports a source; it does not make the case one's own.
  const ownCase = v.firstPerson.test(blank(ownWords, v.hearsay.find(ownWords)));
  for (const { id, about, asks, personal } of v.handoverPairs)
    if (about.test(ownWords) && asks.test(ownWords) && (!personal || ownCase)) return id;
  return null;
}

const SENTENCE_END = /[。！？!?\n]/;

/**
 * What the student reports hearing: in Japanese the clause before the marker (「…って聞いた」),
 * in English the clause after it ("I heard only 30 credits count").
 */
function reportedClauses(text: string, v: Vocabulary): { start: number; end: number }[] {
  return v.hearsay.find(text).map(({ start, end }) => {
    if (/[a-z]/.test(text.slice(start, end))) {
      const after = text.slice(end).search(SENTENCE_END);
      return { start, end: after === -1 ? text.length : end + after };
    }
    const before = [...text.slice(0, start)].reverse().findIndex((c) => SENTENCE_END.test(c));
    return { start: before === -1 ? 0 : start - before, end };
  });
}

/**
 * A reason that is the more specific case of another: the chances of getting in once the
 * deadline has passed (「締切昨日だったけど今から出してもワンチャンいける？」) are a late
 * application, which staff decide as such, not an odds question; so is papers brought in after
 * it (「締切きのうだった…今日持ってったら受け付けてもらえますか」), not a check of papers.
 */
const YIELDS_TO: Partial<Record<HandoverNeed, HandoverNeed[]>> = {
  selection_chances: ['late_application'],
  office_action: ['late_application'],
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
