/** The handover reply's parts: why, what happens next (case number, when staff reply), whom to contact. */
import type { HandoverReason, Lang } from '../domain/types.ts';
import type { OfficeFile } from '../knowledge/office-schema.ts';
import { messagesFor } from './index.ts';
import { describeReplyExpectation } from './office-hours.ts';

/** The first sentence: why a person is needed. */
export function handoverIntro(reason: HandoverReason, lang: Lang): string {
  const m = messagesFor(lang);
  const text = m.handoverReason[reason];
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${m.sentenceEnd}`;
}

/** What happens next: the case number and when to expect a reply, or whom to contact. */
export function handoverNextSteps(
  office: OfficeFile,
  caseId: string | null,
  lang: Lang,
  now: Date,
  alreadyOpen = false,
): string {
  const m = messagesFor(lang);
  if (!caseId) return m.contactOffice(office);
  const expectation = describeReplyExpectation(office, now, lang);
  return alreadyOpen
    ? m.alreadyHandedOver(caseId, office, expectation)
    : m.handedOver(caseId, office, expectation);
}
