/** Per-kind scores, the overall line, and the threshold check. */
import type { CaseResult } from './score.ts';

export interface KindScores {
  cases: number;
  passRate: number;
  routeAccuracy: number;
  languageMatch: number;
  citationValidity: number;
  fabricatedAnswers: number;
  exactSet: number | null;
  precision: number | null;
  recall: number | null;
  factInclusion: number | null;
  latencyP50: number;
  latencyP95: number;
}

const mean = (values: number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
const share = (results: CaseResult[], test: (r: CaseResult) => boolean) =>
  results.length === 0 ? 0 : results.filter(test).length / results.length;
function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const round = (value: number) => Math.round(value * 1000) / 1000;

export function scoreKind(results: CaseResult[]): KindScores {
  const withSet = results.filter((r) => r.set);
  const withFacts = results.filter((r) => r.facts);
  const latencies = results.map((r) => r.latencyMs);
  return {
    cases: results.length,
    passRate: round(share(results, (r) => r.passed)),
    routeAccuracy: round(share(results, (r) => r.route.ok)),
    languageMatch: round(share(results, (r) => r.languageOk)),
    citationValidity: round(share(results, (r) => r.citationsValid)),
    fabricatedAnswers: results.filter((r) => r.fabricated.length > 0).length,
    exactSet: withSet.length ? round(share(withSet, (r) => r.set!.exact)) : null,
    precision: withSet.length ? round(mean(withSet.map((r) => r.set!.precision))) : null,
    recall: withSet.length ? round(mean(withSet.map((r) => r.set!.recall))) : null,
    factInclusion: withFacts.length
      ? round(mean(withFacts.map((r) => r.facts!.found / r.facts!.total)))
      : null,
    latencyP50: round(percentile(latencies, 50)),
    latencyP95: round(percentile(latencies, 95)),
  };
}

export function scoreByKind(results: CaseResult[]): {
  overall: KindScores;
  kinds: Record<string, KindScores>;
} {
  const kinds: Record<string, KindScores> = {};
  for (const kind of [...new Set(results.map((r) => r.kind))].sort())
    kinds[kind] = scoreKind(results.filter((r) => r.kind === kind));
  return { overall: scoreKind(results), kinds };
}

/** `evals/thresholds.json`: minimums per kind (and overall); `fabricatedAnswers` is a maximum. */
export type Thresholds = Record<string, Partial<Record<keyof KindScores, number>>>;

export function checkThresholds(
  scores: { overall: KindScores; kinds: Record<string, KindScores> },
  thresholds: Thresholds,
): string[] {
  const misses: string[] = [];
  for (const [scope, limits] of Object.entries(thresholds)) {
    const actual = scope === 'overall' ? scores.overall : scores.kinds[scope];
    if (!actual) continue;
    for (const [metric, limit] of Object.entries(limits)) {
      const value = actual[metric as keyof KindScores];
      if (value === null || value === undefined || limit === undefined) continue;
      const isMaximum = metric === 'fabricatedAnswers' || metric.startsWith('latency');
      if (isMaximum ? value > limit : value < limit)
        misses.push(`${scope}.${metric} = ${value} ${isMaximum ? '>' : '<'} ${limit}`);
    }
  }
  return misses;
}
