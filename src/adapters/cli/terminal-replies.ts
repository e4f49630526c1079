/**
 * For `cli:` conversations the terminal is the channel: staff replies queued for them are
 * shown the next time that student's chat runs (and between questions while it runs).
 */
import type { CaseStore, OutboxJob, StaffNotifier } from '../../domain/ports.ts';
import { DeskError } from '../../domain/errors.ts';
import type { OfficeFile } from '../../knowledge/office-schema.ts';
import { messagesFor } from '../../messages/index.ts';
import { backoffMs } from '../../staff/delivery-worker.ts';
import type { CommandOutput } from './output.ts';

export function formatStaffReply(job: OutboxJob, office: OfficeFile): string {
  if (job.kind !== 'student_reply')
    throw new DeskError('BAD_JOB', `the terminal shows staff replies only, not ${job.kind} jobs`);
  const { caseId, staff, text, lang } = job.payload;
  return `${messagesFor(lang).terminalStaffReply(caseId, staff, office)}\n${text}`;
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

export async function showStaffReplies(
  store: CaseStore,
  notifier: TerminalNotifier,
  conversation: string,
): Promise<number> {
  const { delivered } = await store.deliverDue(
    ['student_reply'],
    50,
    (job) => notifier.deliver(job),
    backoffMs,
    conversation,
  );
  return delivered;
}
