/** The handover reply's parts: why, what happens next (case number, when staff reply), whom to contact. */
import type { HandoverReason, Lang } from '../domain/types.ts';
import type { OfficeFile } from '../knowledge/schema.ts';
import { messagesFor } from './index.ts';
import { describeReplyExpectation } from './office-hours.ts';

/** The first sentence: why a person is needed. */
export function handoverIntro(reason: HandoverReason, lang: Lang): string {
  const m = messagesFor(lang);
  const text = m.handoverReason[reason];
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${m.sentenceEnd}`;
}

/** What happens next: the case number and when to expect a reply, or whom to contact. */
export function handoverNextSteps(office: OfficeFile, caseId: string | null, lang: Lang, now: Date): string {
  const m = messagesFor(lang);
  return caseId ? m.handedOver(caseId, office, describeReplyExpectation(office, now, lang)) : m.contactOffice(office);
}
