/**
 * A question for staff: open a case (case and notification in one transaction), tell the
 * student why, what happens next and when, and give the general rule when the sources have one.
 */
import { composeExtractive } from '../../compose/extractive.ts';
import { bodyBudget, cutToBudget } from '../../compose/reply-budget.ts';
import type { RetrievedPassageView } from '../../domain/ports.ts';
import type { Citation, HandoverReason, Lang, Question } from '../../domain/types.ts';
import { normaliseText } from '../../text/normalise.ts';
import { handoverIntro, handoverNextSteps } from '../../messages/handover.ts';
import { messagesFor } from '../../messages/index.ts';
import { urgentContactsBlock } from '../../messages/urgent-contacts.ts';
import type { Draft, RouteContext } from './context.ts';

/** Personal matters: asked in public, the case continues in a direct message with the student. */
export const PERSONAL_REASONS: HandoverReason[] = [
  'financial_hardship',
  'leave_of_absence',
  'emergency',
  'complaint',
];

/** Reasons where a general rule would be beside the point (or unkind). */
// 'not_helpful': the rule is what just missed; staff take it from there.
const NO_RULE: HandoverReason[] = ['emergency', 'wants_person', 'complaint', 'not_helpful'];

/**
 * A passage about the handover's own subject (the words that raised it: 「ビザ」 for a visa case)
 * may give the rule at this share of the confidence floor: the question's other words (「アメリカ
 * 留学の学生ビザ…手続きも手伝ってほしい」) are what staff answer, and dilute the search.
 */
const SUBJECT_FLOOR = 0.6;

async function ruleCandidates(
  text: string,
  lang: Lang,
  reason: HandoverReason,
  context: RouteContext,
): Promise<RetrievedPassageView[]> {
  const retrieved = await context.retriever.retrieve(text, lang, 3);
  const terms = context.interpreter.vocabulary.handover.find((h) => h.id === reason)?.terms;
  const lower = normaliseText(text).toLowerCase();
  const subject = terms ? terms.find(lower).map((s) => lower.slice(s.start, s.end).trim()) : [];
  const about = (passage: string) => {
    const folded = normaliseText(passage).toLowerCase();
    return subject.some((word) => word.length > 1 && folded.includes(word));
  };
  return retrieved.filter(
    (r) =>
      r.confidence >= context.threshold ||
      (r.confidence >= context.threshold * SUBJECT_FLOOR && about(r.passage.text)),
  );
}

/** `intro` replaces the reason's first sentence when the route knows more ("the records do not include a gym for ..."). */
export async function handover(
  question: Question,
  reason: HandoverReason,
  context: RouteContext,
  withRule = true,
  intro?: string,
  /** What the sources say about it, already quoted (a passage saying only that they lack it). */
  given?: { text: string; citations: Citation[] },
): Promise<Draft> {
  const { text, lang } = question;
  // The general rule that applies, when the sources have one; never a decision.
  const noRule = !withRule || NO_RULE.includes(reason);
  const relevant = noRule || given ? [] : await ruleCandidates(text, lang, reason, context);
  const rule =
    given ??
    (reason !== 'not_found' && relevant.length > 0
      ? composeExtractive(text, relevant.slice(0, 1), lang)
      : null);
  let caseId: string | null = null;
  // A personal matter asked in a public channel: the case is opened on a DM with the student.
  const privately =
    question.isPublic && question.openPrivate && PERSONAL_REASONS.includes(reason)
      ? await question.openPrivate().catch((error: unknown) => {
          context.logger.warn({ error, reason }, 'could not open a DM for a personal handover');
          return null;
        })
      : null;
  let alreadyOpen = false;
  if (context.handover) {
    try {
      ({ caseId, alreadyOpen = false } = await context.handover.open({
        conversation: privately ?? question.conversation,
        lang,
        question: text,
        reason,
        recentTurns: question.history,
        generalRule: rule?.text ?? null,
        answerId: question.answerId,
      }));
    } catch (error) {
      // The student still gets the office's contact details below; the failure is logged.
      context.logger.error(
        { error, conversation: question.conversation, reason },
        'could not open a handover case',
      );
      caseId = null;
    }
  }
  const office = context.knowledge.office;
  const parts = [
    intro ?? handoverIntro(reason, lang),
    handoverNextSteps(office, caseId, lang, context.now(), alreadyOpen),
  ];
  // In an emergency the contacts come first, whatever the hour: the reply time comes after.
  if (reason === 'emergency') parts.unshift(urgentContactsBlock(office, lang));
  const m = messagesFor(lang);
  const ruleText = (said: string) => (given ? m.sourceSays(said) : m.generalRule(said));
  const full = [...parts, ...(rule ? [ruleText(rule.text)] : [])].join('\n\n');
  // The first message: the same parts without blank lines, the rule trimmed to what is left;
  // in an emergency every contact, each on one line (what each is for is in the full answer).
  const head = (
    reason === 'emergency' ? [urgentContactsBlock(office, lang, true), ...parts.slice(1)] : parts
  ).join('\n');
  const room = bodyBudget(rule?.citations ?? [], lang, true).chars - [...head].length - 40;
  const shortRule = given
    ? { ...given, text: cutToBudget(given.text, { chars: room, lines: 4 }, lang) }
    : rule && room > 120
      ? composeExtractive(text, relevant.slice(0, 1), lang, room)
      : null;
  const short = shortRule ? `${head}\n${ruleText(shortRule.text)}` : head;
  if (privately)
    return {
      lang,
      route: 'handover',
      answer: messagesFor(lang).reply.followUpInDm(caseId),
      more: null,
      privateFollowUp: { conversation: privately, answer: full },
      citations: [],
      partners: [],
      related: null,
      handover: { reason, caseId },
      confidence: 1,
    };
  return {
    lang,
    route: 'handover',
    answer: short,
    more: short !== full ? full : null,
    citations: rule?.citations ?? [],
    partners: [],
    related: null,
    handover: { reason, caseId },
    confidence: 1,
  };
}
