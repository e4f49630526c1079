/**
 * The shared half of every chat channel's staff notifier: a case's card is posted once
 * (and recorded, so its thread can be found) and updated in place afterwards.
 */
import { DeskError } from '../domain/errors.ts';
import type { CaseRecord } from '../domain/cases.ts';
import type { CaseCard, CaseStore, OutboxJob } from '../domain/ports.ts';

export interface CardOperations {
  post(record: CaseRecord): Promise<{ channel: string; messageId: string }>;
  update(card: CaseCard, record: CaseRecord): Promise<void>;
}

export async function publishCaseCard(job: OutboxJob, store: CaseStore, platform: CaseCard['platform'], staffChannel: string | null, operations: CardOperations): Promise<void> {
  if (!job.caseId || !staffChannel) throw new DeskError('NO_STAFF_CHANNEL', `no ${platform} staff channel to post case cards to`);
  const record = await store.getCase(job.caseId);
  if (!record) return;
  const card = await store.findCaseCard(record.id, platform);
  if (card) return operations.update(card, record);
  // A case_updated job for a case whose card was never posted posts it now (same outcome).
  const posted = await operations.post(record);
  await store.recordCaseCard({ caseId: record.id, platform, channel: posted.channel, messageId: posted.messageId });
}
