/**
 * For `cli:` conversations the terminal is the channel: staff replies queued for them are
 * shown the next time that student's chat runs (and between questions while it runs).
 */
import type { CaseStore, OutboxJob } from '../../domain/ports.ts';
import { backoffMs } from '../../staff/delivery-worker.ts';
import type { CommandOutput } from './output.ts';

export function formatStaffReply(job: OutboxJob): string {
  const { caseId, staff, text, lang } = job.payload as { caseId: string; staff: string; text: string; lang: string };
  return lang === 'ja' ? `【留学生支援室より（${caseId}、担当 ${staff}）】\n${text}` : `[Reply from the office (${caseId}, ${staff})]\n${text}`;
}

export async function showStaffReplies(store: CaseStore, conversation: string, output: CommandOutput): Promise<number> {
  const { delivered } = await store.deliverDue(['student_reply'], 50, async (job) => output.out(`${formatStaffReply(job)}\n`), backoffMs, conversation);
  return delivered;
}
