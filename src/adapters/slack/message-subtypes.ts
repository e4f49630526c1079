/**
 * Which Slack `message` events carry a student's words to answer. A subtype alone does not
 * say "not a question": a thread reply also sent to the channel (`thread_broadcast`), a
 * message with a file attached (`file_share`) or a `/me` line (`me_message`) is the student
 * speaking. Edits, deletions, joins, topic changes and anything a bot wrote are not.
 */
import { z } from 'zod';

export const ANSWERED_SUBTYPES = ['thread_broadcast', 'file_share', 'me_message'] as const;

const StudentMessage = z.looseObject({
  channel: z.string().min(1),
  ts: z.string().min(1),
  user: z.string().min(1),
  text: z.string(),
  subtype: z.enum(ANSWERED_SUBTYPES).optional(),
  thread_ts: z.string().optional(),
  channel_type: z.string().optional(),
});

export interface StudentText {
  channel: string;
  ts: string;
  user: string;
  text: string;
  threadTs: string | null;
  isDm: boolean;
}

/** The student's message when this event carries one to answer; null otherwise. */
export function studentText(message: unknown): StudentText | null {
  const record = message as Record<string, unknown> | null;
  if (!record || 'bot_id' in record || 'bot_profile' in record) return null;
  const parsed = StudentMessage.safeParse(record);
  if (!parsed.success || parsed.data.text.trim() === '') return null;
  const { channel, ts, user, text, thread_ts, channel_type } = parsed.data;
  return { channel, ts, user, text, threadTs: thread_ts ?? null, isDm: channel_type === 'im' };
}
