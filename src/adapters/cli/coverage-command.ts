/** `desk knowledge coverage`: every fact of the seeds that no passage carries (exit 1 if any). */
import { checkCoverage, type CoverageReport } from '../../knowledge/seed-coverage/coverage.ts';
import { loadKnowledge } from '../../knowledge/load.ts';
import type { CommandOutput } from './output.ts';

export function renderCoverage(report: CoverageReport): string[] {
  const found = Object.values(report.found).reduce((sum, n) => sum + n, 0);
  const lines = [
    `seed facts: ${found} found, ${report.missing.length} carried by no passage, ${report.ignored} on the reviewed ignore list`,
  ];
  for (const fact of report.missing) lines.push(`  ${fact.file}:${fact.line}  ${fact.label}`);
  for (const problem of report.problems) lines.push(`  problem: ${problem}`);
  return lines;
}

export function runKnowledgeCoverage(
  knowledgeDir: string,
  output: CommandOutput,
  json = false,
): number {
  const { knowledge, problems } = loadKnowledge(knowledgeDir);
  if (!knowledge) {
    output.err(
      `knowledge coverage: knowledge is invalid (${problems.length} problem(s)); run \`desk knowledge check\``,
    );
    return 1;
  }
  const report = checkCoverage(knowledge);
  if (json) output.out(JSON.stringify(report));
  else
    (report.missing.length + report.problems.length === 0 ? output.out : output.err)(
      renderCoverage(report).join('\n'),
    );
  return report.missing.length + report.problems.length === 0 ? 0 : 1;
}
