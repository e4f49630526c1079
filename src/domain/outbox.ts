/**
 * The outbox contract: staff notifications and every post to a student. A job is one of four
 * kinds, each with its own payload. Jobs are written by the store and parsed with this schema
 * where they are read (a malformed row fails its delivery with a reason, reaching no notifier).
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
  /**
   * Sends started before this one (a crash may have cut one off after the platform accepted
   * it): when above zero, the notifier looks for the earlier post before posting again.
   */
  priorSends: z.number().optional(),
};

/** A new case: post its card in the staff channel. */
export const NotifyStaffPayload = z.object({
  caseId: z.string(),
  reason: z.string(),
  lang: Lang,
  question: z.string(),
  conversation: z.string(),
});
/** A staff reply: send it to the student's conversation. */
export const StudentReplyPayload = z.object({
  caseId: z.string(),
  staff: z.string(),
  text: z.string(),
  lang: Lang,
});
/** A case moved (claimed, answered, resolved, reopened): update its card. */
export const CaseUpdatedPayload = z.object({
  caseId: z.string(),
  status: CaseStatus,
  action: z.string(),
  staff: z.string(),
});

/** Where a student's answer goes; the channel adapter reads it (Slack thread, Discord channel). */
export const ReplyTarget = z.object({
  channel: z.string(),
  thread: z.string().nullable(),
  /** The student's message, whose "seen" reaction is taken off once answered (Slack). */
  react: z.string().nullable(),
  /** Discord: the thread to start from the student's message before posting in it. */
  startThread: z.object({ parent: z.string(), message: z.string(), name: z.string() }).nullable(),
});
export type ReplyTarget = z.infer<typeof ReplyTarget>;

/** An answer to a student's message (or its case number), queued by the inbox. */
export const StudentAnswerPayload = z.object({
  answerId: z.string(),
  target: ReplyTarget,
  /** The assistant's Answer, rendered by the channel at delivery. */
  answer: z
    .object({ answerId: z.string(), answer: z.string(), lang: Lang, route: z.string() })
    .passthrough(),
});

export const OutboxJob = z.discriminatedUnion('kind', [
  z.object({ ...JobBase, kind: z.literal('notify_staff'), payload: NotifyStaffPayload }),
  z.object({ ...JobBase, kind: z.literal('student_reply'), payload: StudentReplyPayload }),
  z.object({ ...JobBase, kind: z.literal('case_updated'), payload: CaseUpdatedPayload }),
  z.object({ ...JobBase, kind: z.literal('student_answer'), payload: StudentAnswerPayload }),
]);
/** A message the delivery worker must send: to staff (a new or updated case) or to a student (a reply). */
export type OutboxJob = z.infer<typeof OutboxJob>;
export type OutboxKind = OutboxJob['kind'];
export type StudentReplyJob = Extract<OutboxJob, { kind: 'student_reply' }>;
export type StudentAnswerJob = Extract<OutboxJob, { kind: 'student_answer' }>;

/** True when an earlier send of this job may have reached the platform (look before posting). */
export const mayHaveSentBefore = (job: OutboxJob): boolean =>
  (job.priorSends ?? 0) > 0 || job.attempts > 0;
