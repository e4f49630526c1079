/**
 * The staff-notification contract: an outbox job is one of three kinds, each with its own
 * payload. Jobs are written by the case store and parsed with this schema where they are read
 * (a malformed row fails its delivery with a reason instead of reaching a notifier).
 */
import { z } from 'zod';

const Lang = z.enum(['ja', 'en']);
const CaseStatus = z.enum(['open', 'claimed', 'answered', 'resolved']);

const JobBase = {
  id: z.number(),
  caseId: z.string().nullable(),
  conversation: z.string().nullable(),
  /** Stable across retries, so a receiver can drop a repeat after a crash. */
  idempotencyKey: z.string(),
  attempts: z.number(),
};

/** A new case: post its card in the staff channel. */
export const NotifyStaffPayload = z.object({ caseId: z.string(), reason: z.string(), lang: Lang, question: z.string(), conversation: z.string() });
/** A staff reply: send it to the student's conversation. */
export const StudentReplyPayload = z.object({ caseId: z.string(), staff: z.string(), text: z.string(), lang: Lang });
/** A case moved (claimed, answered, resolved, reopened): update its card. */
export const CaseUpdatedPayload = z.object({ caseId: z.string(), status: CaseStatus, action: z.string(), staff: z.string() });

export const OutboxJob = z.discriminatedUnion('kind', [
  z.object({ ...JobBase, kind: z.literal('notify_staff'), payload: NotifyStaffPayload }),
  z.object({ ...JobBase, kind: z.literal('student_reply'), payload: StudentReplyPayload }),
  z.object({ ...JobBase, kind: z.literal('case_updated'), payload: CaseUpdatedPayload }),
]);
/** A message the delivery worker must send: to staff (a new or updated case) or to a student (a reply). */
export type OutboxJob = z.infer<typeof OutboxJob>;
export type OutboxKind = OutboxJob['kind'];
export type StudentReplyJob = Extract<OutboxJob, { kind: 'student_reply' }>;
