/**
 * Runs eval cases in-process against a fresh runtime (in-memory index, in-memory case store,
 * so evals never touch the office's data) and returns the scored report.
 */
import { silentLogger } from '../../src/domain/ports.ts';
import type { Config } from '../../src/app/config.ts';
import { openPgliteClient } from '../../src/adapters/store/pglite-client.ts';
import { SqlCaseStore } from '../../src/adapters/store/sql-case-store.ts';
import { createRuntime } from '../../src/app/runtime.ts';
import { scoreByKind, type KindScores } from './aggregate.ts';
import { questionsOf, type EvalCase } from './cases.ts';
import { scoreCase, type CaseResult } from './score.ts';
import {
  firstMessageFactShare,
  lengthStats,
  measureFirstMessages,
  type Channel,
  type LengthStats,
} from './reply-lengths.ts';
import type { Budget } from '../../src/compose/reply-budget.ts';

export interface EvalReport {
  createdAt: string;
  knowledgeHash: string;
  embeddingId: string;
  cases: number;
  scores: { overall: KindScores; kinds: Record<string, KindScores> };
  /** The first message's length per channel rendering, over every case (p50, p95, max). */
  replyLength: Record<Channel, LengthStats>;
  /** Share of expected facts found in the first message alone (facts are scored on the full answer). */
  firstMessageFacts: number | null;
  results: (CaseResult & { firstMessage: Record<Channel, Budget> })[];
}

export async function runEval(
  config: Config,
  cases: EvalCase[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<EvalReport> {
  const store = await SqlCaseStore.open(await openPgliteClient(null));
  const runtime = await createRuntime(config, {
    inMemoryIndex: true,
    logger: silentLogger,
    caseStore: store,
    storeMode: 'durable',
  });
  const context = { knowledge: runtime.knowledge, passages: runtime.index.passages };
  const results: EvalReport['results'] = [];
  try {
    for (const [index, evalCase] of cases.entries()) {
      // Each case is its own conversation; follow-up turns share one.
      const conversation = `eval:${evalCase.id}`;
      let answer = null;
      let latencyMs = 0;
      let askedAt: Date[] = [];
      for (const question of questionsOf(evalCase)) {
        const before = new Date();
        answer = await runtime.assistant.ask({ text: question, conversation });
        askedAt = [before, new Date()];
        latencyMs = answer.latencyMs;
      }
      results.push({
        ...scoreCase(evalCase, answer!, latencyMs, { ...context, askedAt }),
        firstMessage: measureFirstMessages(answer!),
      });
      onProgress(index + 1, cases.length);
    }
  } finally {
    await store.close();
  }
  return {
    createdAt: new Date().toISOString(),
    knowledgeHash: runtime.knowledge.hash,
    embeddingId: runtime.index.manifest.embeddingId,
    cases: results.length,
    scores: scoreByKind(results),
    replyLength: lengthStats(results.map((r) => r.firstMessage)),
    firstMessageFacts: firstMessageFactShare(results.map((r) => r.facts)),
    results,
  };
}

/** What got better or worse since an earlier report. */
export function compareReports(previous: EvalReport, current: EvalReport): string[] {
  const lines: string[] = [];
  const metrics: (keyof KindScores)[] = [
    'passRate',
    'exactSet',
    'factInclusion',
    'routeAccuracy',
    'fabricatedAnswers',
    'latencyP95',
  ];
  for (const scope of ['overall', ...Object.keys(current.scores.kinds)]) {
    const before = scope === 'overall' ? previous.scores.overall : previous.scores.kinds[scope];
    const after = scope === 'overall' ? current.scores.overall : current.scores.kinds[scope];
    if (!before || !after) continue;
    for (const metric of metrics) {
      const a = before[metric];
      const b = after[metric];
      if (a === null || b === null || a === b) continue;
      lines.push(
        `${scope}.${metric}: ${a} -> ${b} (${(b as number) > (a as number) ? '+' : ''}${Math.round(((b as number) - (a as number)) * 1000) / 1000})`,
      );
    }
  }
  const was = new Map(previous.results.map((r) => [r.id, r.passed]));
  for (const result of current.results) {
    if (was.get(result.id) === true && !result.passed)
      lines.push(`now failing: ${result.id} — ${result.failures.join('; ')}`);
    if (was.get(result.id) === false && result.passed) lines.push(`now passing: ${result.id}`);
  }
  return lines.length > 0 ? lines : ['no change'];
}
