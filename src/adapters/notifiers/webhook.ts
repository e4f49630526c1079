/**
 * Staff notifications to an HTTP webhook (STAFF_WEBHOOK_URL): a JSON POST per job with an
 * `Idempotency-Key` header, so a receiver can drop the repeat a crash-and-retry may cause.
 */
import { DeskError } from '../../domain/errors.ts';
import type { OutboxJob, StaffNotifier } from '../../domain/ports.ts';

export class WebhookStaffNotifier implements StaffNotifier {
  constructor(private readonly url: string, private readonly timeoutMs = 10_000) {}

  handlesConversation(): boolean {
    return false;
  }

  async deliver(job: OutboxJob): Promise<void> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': job.idempotencyKey },
      body: JSON.stringify({ kind: job.kind, caseId: job.caseId, payload: job.payload }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new DeskError(`HTTP_${response.status}`, `webhook answered ${response.status}`);
  }
}
