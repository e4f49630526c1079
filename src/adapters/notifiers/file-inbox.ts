/**
 * The staff inbox when no chat channel is configured: one JSON line per case notification in
 * DATA_DIR/staff-inbox.jsonl (staff read cases with `desk cases list`). A line is written once
 * per idempotency key, so a retry after a crash does not post twice.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { OutboxJob, StaffNotifier } from '../../domain/ports.ts';

export class FileStaffInbox implements StaffNotifier {
  /** Keys already in the file, read once per process rather than on every delivery. */
  private keys: Set<string> | null = null;

  constructor(private readonly path: string) {}

  handlesConversation(): boolean {
    return false; // Staff notifications only; student replies go back through the student's channel.
  }

  delivered(): { key: string; job: OutboxJob }[] {
    if (!existsSync(this.path)) return [];
    return readFileSync(this.path, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { key: string; job: OutboxJob });
  }

  async deliver(job: OutboxJob): Promise<void> {
    this.keys ??= new Set(this.delivered().map((entry) => entry.key));
    if (this.keys.has(job.idempotencyKey)) return;
    mkdirSync(dirname(this.path), { recursive: true });
    appendFileSync(this.path, `${JSON.stringify({ key: job.idempotencyKey, at: new Date().toISOString(), job })}\n`);
    this.keys.add(job.idempotencyKey);
  }
}
