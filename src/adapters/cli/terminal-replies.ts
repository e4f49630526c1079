/**
 * For `cli:` conversations the terminal is the channel: staff replies queued for them are
 * shown the next time that student's chat runs (and between questions while it runs).
 */
import type { CaseStore, OutboxJob, StaffNotifier } from '../../domain/ports.ts';
import type { Lang } from '../../domain/types.ts';
import type { OfficeFile } from '../../knowledge/schema.ts';
import { messagesFor } from '../../messages/index.ts';
import { backoffMs } from '../../staff/delivery-worker.ts';
import type { CommandOutput } from './output.ts';

export function formatStaffReply(job: OutboxJob, office: OfficeFile): string {
  const { caseId, staff, text, lang } = job.payload as { caseId: string; staff: string; text: string; lang: string };
  return `${messagesFor(lang as Lang).terminalStaffReply(caseId, staff, office)}\n${text}`;
}

/** Prints staff replies for one terminal conversation. */
export class TerminalNotifier implements StaffNotifier {
  constructor(
    private readonly conversation: string,
    private readonly office: OfficeFile,
    private readonly output: CommandOutput,
  ) {}

  handlesConversation(conversation: string): boolean {
    return conversation === this.conversation;
  }

  async deliver(job: OutboxJob): Promise<void> {
    this.output.out(`${formatStaffReply(job, this.office)}\n`);
  }
}

export async function showStaffReplies(store: CaseStore, notifier: TerminalNotifier, conversation: string): Promise<number> {
  const { delivered } = await store.deliverDue(['student_reply'], 50, (job) => notifier.deliver(job), backoffMs, conversation);
  return delivered;
}
