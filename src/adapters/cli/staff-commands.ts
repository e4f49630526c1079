/** `desk feedback`, `desk stats`, `desk worker`, `desk knowledge drafts|promote`. */
import { parseArgs } from 'node:util';
import type { CaseStore, Logger, StaffNotifier, StatsReport } from '../../domain/ports.ts';
import { DeliveryWorker } from '../../staff/delivery-worker.ts';
import { listDrafts, promoteDraft, PromotionError } from '../../knowledge/drafts.ts';
import type { CommandOutput } from './output.ts';

export async function runFeedback(
  argv: string[],
  store: CaseStore,
  output: CommandOutput,
): Promise<number> {
  const [answerId, verdict] = argv;
  if (!answerId || !['helpful', 'not-helpful'].includes(verdict ?? '')) {
    output.err('Usage: desk feedback ANSWER_ID helpful|not-helpful');
    return 2;
  }
  const stored = await store.recordFeedback(answerId, verdict === 'helpful');
  if (!stored) {
    output.err(
      `No answer ${answerId} is recorded (only chat and channel answers, and answers that opened a case, are kept).`,
    );
    return 1;
  }
  output.out(
    verdict === 'helpful'
      ? 'Thanks — recorded as helpful.'
      : 'Recorded as not helpful. To have staff follow up, ask "I want to talk to a person" in the chat.',
  );
  return 0;
}

function percent(value: number | null): string {
  return value === null ? '-' : `${(value * 100).toFixed(1)} %`;
}

export function renderStats(report: StatsReport): string {
  const reasons = Object.entries(report.handoversByReason);
  return [
    `Since ${report.since ?? 'the start'}`,
    `  questions answered            ${report.questions}`,
    `  answered without handover     ${report.answeredWithoutHandover} (${percent(report.shareWithoutHandover)})`,
    `  feedback                      ${report.feedback.helpful} helpful, ${report.feedback.notHelpful} not helpful (helpful rate ${percent(report.feedback.helpfulRate)})`,
    `  median time to first reply    ${report.medianMinutesToFirstReply === null ? '-' : `${report.medianMinutesToFirstReply} min`}`,
    `  open cases by age             <1 day ${report.openCasesByAge.under1Day}, 1-3 days ${report.openCasesByAge.days1to3}, >3 days ${report.openCasesByAge.over3Days}`,
    '  handovers by reason',
    ...(reasons.length === 0
      ? ['    (none)']
      : reasons.map(([reason, count]) => `    ${reason.padEnd(24)} ${count}`)),
  ].join('\n');
}

export async function runStats(
  argv: string[],
  store: CaseStore,
  output: CommandOutput,
  now: Date,
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { since: { type: 'string' }, json: { type: 'boolean' } },
  });
  const since = values.since ? new Date(values.since) : null;
  if (since && Number.isNaN(since.getTime())) {
    output.err(`--since must be a date such as 2026-04-01 (got "${values.since}")`);
    return 2;
  }
  const report = await store.stats(since, now);
  output.out(values.json ? JSON.stringify(report) : renderStats(report));
  return 0;
}

export async function runWorker(
  argv: string[],
  runtime: { store(): Promise<CaseStore>; staffNotifier(): StaffNotifier; logger: Logger },
  output: CommandOutput,
): Promise<number> {
  const worker = new DeliveryWorker(await runtime.store(), {
    staff: runtime.staffNotifier(),
    logger: runtime.logger,
  });
  if (argv.includes('--once')) {
    // A send a killed process left claimed is due again (its notifier looks for it first).
    await worker.releaseClaims();
    const result = await worker.runOnce();
    output.out(`delivered ${result.delivered}, failed ${result.failed}`);
    return 0;
  }
  worker.start();
  output.out('delivery worker running; Ctrl-C to stop');
  await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
  await worker.stop();
  return 0;
}

export function runDrafts(knowledgeDir: string, output: CommandOutput): number {
  const drafts = listDrafts(knowledgeDir);
  if (drafts.length === 0) output.out('No draft FAQ entries.');
  for (const draft of drafts)
    output.out(
      `${draft.id}  [${draft.languages.join(', ') || '-'}]  ${draft.problems.length === 0 ? 'ready to promote' : draft.problems.join('; ')}  (${draft.file})`,
    );
  return 0;
}

export function runPromote(
  knowledgeDir: string,
  id: string | undefined,
  output: CommandOutput,
): number {
  if (!id) {
    output.err('Usage: desk knowledge promote DRAFT_ID');
    return 2;
  }
  try {
    promoteDraft(knowledgeDir, id);
    output.out(
      `${id} is now in faq.yaml; the index rebuilds on the next start (or run desk index).`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof PromotionError)) throw error;
    output.err(error.message);
    for (const problem of error.problems)
      output.err(
        `  ${problem.file}${problem.record ? ` [${problem.record}]` : ''}: ${problem.message}`,
      );
    return 1;
  }
}
