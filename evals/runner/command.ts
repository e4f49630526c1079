/**
 * `desk eval [--cases PATH] [--kind KIND] [--out DIR] [--compare OLD.json] [--no-holdout]`.
 * Without --cases it scores the development set (evals/cases, gated by thresholds.json) and
 * then every frozen holdout under evals/holdout/, side by side, with the gap: a holdout is
 * reported, never tuned on and never gated.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkThresholds, type KindScores, type Thresholds } from './aggregate.ts';
import { loadCases } from './cases.ts';
import { renderHtmlReport } from './report-html.ts';
import { compareReports, runEval, type EvalReport } from './run.ts';
import type { Config } from '../../src/app/config.ts';
import { REPLY_BUDGET } from '../../src/compose/reply-budget.ts';
import { lengthTable } from './reply-lengths.ts';
import type { CommandOutput } from '../../src/adapters/cli/output.ts';

function progressBar(done: number, total: number): string {
  const width = 30;
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}

const percent = (value: number | null) =>
  value === null ? '    -' : `${(value * 100).toFixed(1).padStart(5)}%`;

function table(scores: { overall: KindScores; kinds: Record<string, KindScores> }): string {
  const header =
    'kind              cases   pass  route  exact   prec recall  facts   lang  cites  fabr  p50ms  p95ms';
  const row = (kind: string, s: KindScores) =>
    [
      kind.padEnd(16),
      String(s.cases).padStart(6),
      percent(s.passRate),
      percent(s.routeAccuracy),
      percent(s.exactSet),
      percent(s.precision),
      percent(s.recall),
      percent(s.factInclusion),
      percent(s.languageMatch),
      percent(s.citationValidity),
      String(s.fabricatedAnswers).padStart(5),
      s.latencyP50.toFixed(1).padStart(6),
      s.latencyP95.toFixed(1).padStart(6),
    ].join(' ');
  return [
    header,
    ...Object.entries(scores.kinds).map(([kind, s]) => row(kind, s)),
    row('overall', scores.overall),
  ].join('\n');
}

export async function runEvalCommand(
  argv: string[],
  config: Config,
  output: CommandOutput,
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: { type: 'string' },
      kind: { type: 'string' },
      out: { type: 'string' },
      compare: { type: 'string' },
      thresholds: { type: 'string' },
      'no-holdout': { type: 'boolean' },
    },
  });
  const cases = loadCases(resolve(values.cases ?? 'evals/cases'), values.kind);
  if (cases.length === 0) {
    output.err(`No eval cases${values.kind ? ` of kind ${values.kind}` : ''}.`);
    return 2;
  }
  const interactive = process.stderr.isTTY === true;
  let lastShown = -1;
  const report = await runEval(config, cases, (done, total) => {
    const decile = Math.floor((done / total) * 10);
    if (interactive) process.stderr.write(`\r${progressBar(done, total)}`);
    else if (decile !== lastShown) {
      lastShown = decile;
      output.err(progressBar(done, total));
    }
  });
  if (interactive) process.stderr.write('\n');
  const outDir = resolve(values.out ?? 'evals/out');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'report.json'), JSON.stringify(report, null, 2));
  writeFileSync(
    join(outDir, 'index.html'),
    renderHtmlReport(report, outDir, join(config.knowledgeDir, 'sources')),
  );
  output.out(table(report.scores));
  output.out(`\n${lengthTable(report.replyLength, REPLY_BUDGET, report.firstMessageFacts)}`);
  output.out(`\nreport: ${join(outDir, 'index.html')} (and report.json)`);
  if (values.compare) {
    const previous = JSON.parse(readFileSync(values.compare, 'utf8')) as EvalReport;
    output.out(
      `\ncompared with ${values.compare}:\n  ${compareReports(previous, report).join('\n  ')}`,
    );
  }
  if (!values.cases && !values.kind && !values['no-holdout'])
    await runHoldouts(config, report, outDir, output);
  const thresholdsPath = resolve(values.thresholds ?? 'evals/thresholds.json');
  if (!values.kind && existsSync(thresholdsPath)) {
    const misses = checkThresholds(
      report.scores,
      JSON.parse(readFileSync(thresholdsPath, 'utf8')) as Thresholds,
    );
    if (misses.length > 0) {
      output.err(`\nBelow thresholds (${thresholdsPath}):\n  ${misses.join('\n  ')}`);
      return 1;
    }
    output.out(`all scores at or above ${thresholdsPath}`);
  }
  return 0;
}

const HOLDOUT_DIR = 'evals/holdout';

/** Each frozen holdout, scored like the development set, then the gap on the headline scores. */
async function runHoldouts(
  config: Config,
  dev: EvalReport,
  outDir: string,
  output: CommandOutput,
): Promise<void> {
  if (!existsSync(HOLDOUT_DIR)) return;
  const names = readdirSync(HOLDOUT_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    // In the order they were written: h2 before h10.
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const rows = [
    `set            cases   pass  route  exact  facts  fabr`,
    headline('development', dev.scores.overall),
  ];
  for (const name of names) {
    const cases = loadCases(resolve(HOLDOUT_DIR, name));
    if (cases.length === 0) continue;
    const report = await runEval(config, cases, () => {});
    const dir = join(outDir, `holdout-${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report.json'), JSON.stringify(report, null, 2));
    writeFileSync(
      join(dir, 'index.html'),
      renderHtmlReport(report, dir, join(config.knowledgeDir, 'sources')),
    );
    output.out(
      `\nholdout ${name} (frozen; report: ${join(dir, 'index.html')}):\n${table(report.scores)}`,
    );
    const gap = (dev.scores.overall.passRate - report.scores.overall.passRate) * 100;
    rows.push(
      `${headline(`holdout ${name}`, report.scores.overall)}   gap ${gap.toFixed(1)} points`,
    );
  }
  output.out(`\ndevelopment set and holdouts side by side:\n  ${rows.join('\n  ')}`);
}

function headline(label: string, s: KindScores): string {
  return [
    label.padEnd(13),
    String(s.cases).padStart(6),
    percent(s.passRate),
    percent(s.routeAccuracy),
    percent(s.exactSet),
    percent(s.factInclusion),
    String(s.fabricatedAnswers).padStart(5),
  ].join(' ');
}
