/**
 * A question for staff: open a case (case and notification in one transaction), tell the
 * student why, what happens next and when, and give the general rule when the sources have one.
 */
import { composeExtractive } from '../../compose/extractive.ts';
import type { HandoverReason, Question } from '../../domain/types.ts';
import { handoverIntro, handoverNextSteps } from '../../messages/handover.ts';
import { messagesFor } from '../../messages/index.ts';
import { urgentContactsBlock } from '../../messages/urgent-contacts.ts';
import type { Draft, RouteContext } from './context.ts';

/** Reasons where a general rule would be beside the point (or unkind). */
const NO_RULE: HandoverReason[] = ['emergency', 'wants_person', 'complaint'];

/** `intro` replaces the reason's first sentence when the route knows more ("the records do not include a gym for ..."). */
export async function handover(
  question: Question,
  reason: HandoverReason,
  context: RouteContext,
  withRule = true,
  intro?: string,
): Promise<Draft> {
  const { text, lang } = question;
  // The general rule that applies, when the sources have one; never a decision.
  const noRule = !withRule || NO_RULE.includes(reason);
  const retrieved = noRule ? [] : await context.retriever.retrieve(text, lang, 3);
  const relevant = retrieved.filter((r) => r.confidence >= context.threshold);
  const rule =
    reason !== 'not_found' && relevant.length > 0
      ? composeExtractive(text, relevant.slice(0, 1), lang)
      : null;
  let caseId: string | null = null;
  let alreadyOpen = false;
  if (context.handover) {
    try {
      ({ caseId, alreadyOpen = false } = await context.handover.open({
        conversation: question.conversation,
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
  if (rule) parts.push(messagesFor(lang).generalRule(rule.text));
  return {
    lang,
    route: 'handover',
    answer: parts.join('\n\n'),
    citations: rule?.citations ?? [],
    partners: [],
    related: null,
    handover: { reason, caseId },
    confidence: 1,
  };
}
