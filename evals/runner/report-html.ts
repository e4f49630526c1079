/**
 * A self-contained HTML report: inline SVG charts (no scripts, no network), the scores per
 * kind, and every failure with expected vs got and a link to its source document.
 */
import { relative } from 'node:path';
import type { KindScores } from './aggregate.ts';
import type { EvalReport } from './run.ts';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function barChart(
  id: string,
  title: string,
  rows: { label: string; value: number; max: number; text: string }[],
): string {
  const height = rows.length * 28 + 30;
  const bars = rows
    .map((row, index) => {
      const y = 20 + index * 28;
      const width = row.max > 0 ? Math.max(1, (row.value / row.max) * 340) : 0;
      return `<text x="0" y="${y + 15}" class="label">${escape(row.label)}</text><rect class="bar" x="170" y="${y}" width="${width.toFixed(1)}" height="20"></rect><text x="${(176 + width).toFixed(1)}" y="${y + 15}" class="value">${escape(row.text)}</text>`;
    })
    .join('');
  return `<figure><figcaption>${escape(title)}</figcaption><svg id="${id}" class="chart" viewBox="0 0 680 ${height}" width="680" height="${height}" role="img" aria-label="${escape(title)}">${bars}</svg></figure>`;
}

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);

function scoresTable(report: EvalReport): string {
  const rows = [
    ['overall', report.scores.overall] as const,
    ...Object.entries(report.scores.kinds),
  ];
  const cells = (s: KindScores) =>
    [
      s.cases,
      percent(s.passRate),
      percent(s.routeAccuracy),
      percent(s.exactSet),
      percent(s.precision),
      percent(s.recall),
      percent(s.factInclusion),
      percent(s.languageMatch),
      percent(s.citationValidity),
      s.fabricatedAnswers,
      `${s.latencyP50} / ${s.latencyP95}`,
    ]
      .map((v) => `<td>${escape(String(v))}</td>`)
      .join('');
  return `<table id="scores"><thead><tr><th>kind</th><th>cases</th><th>pass</th><th>route</th><th>exact set</th><th>precision</th><th>recall</th><th>facts</th><th>language</th><th>citations</th><th>fabricated</th><th>latency p50/p95 ms</th></tr></thead><tbody>${rows
    .map(([kind, s]) => `<tr><th>${escape(kind)}</th>${cells(s)}</tr>`)
    .join('')}</tbody></table>`;
}

export function renderHtmlReport(report: EvalReport, outDir: string, sourcesDir: string): string {
  const kinds = Object.entries(report.scores.kinds);
  const passChart = barChart(
    'chart-pass',
    'Pass rate per kind',
    kinds.map(([kind, s]) => ({
      label: kind,
      value: s.passRate,
      max: 1,
      text: percent(s.passRate),
    })),
  );
  const maxLatency = Math.max(1, ...kinds.map(([, s]) => s.latencyP95));
  const latencyChart = barChart(
    'chart-latency',
    'Latency p95 per kind (ms)',
    kinds.map(([kind, s]) => ({
      label: kind,
      value: s.latencyP95,
      max: maxLatency,
      text: `${s.latencyP95} ms (p50 ${s.latencyP50})`,
    })),
  );
  const failures = report.results.filter((r) => !r.passed);
  const failureItems = failures
    .map((r) => {
      const link = relative(outDir, `${sourcesDir}/${r.source.file}`);
      const expected = [
        `route ${r.route.expected}`,
        r.reason ? `reason ${r.reason.expected}` : '',
        r.set ? `partners [${r.set.expected.join(', ')}]` : '',
        r.facts ? `facts ${r.facts.total}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      const got = [
        `route ${r.route.got}`,
        r.reason ? `reason ${r.reason.got ?? 'none'}` : '',
        r.set ? `partners [${r.set.got.join(', ')}]` : '',
        r.facts ? `facts ${r.facts.found}/${r.facts.total}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      return `<li class="failure" id="case-${escape(r.id)}"><h3>${escape(r.id)} <small>${escape(r.kind)} · ${r.lang}</small></h3><p class="question">${escape(r.question)}</p><dl><dt>expected</dt><dd>${escape(expected)}</dd><dt>got</dt><dd>${escape(got)}</dd><dt>why</dt><dd><ul>${r.failures.map((f) => `<li>${escape(f)}</li>`).join('')}</ul></dd><dt>source</dt><dd><a href="${escape(link)}">${escape(r.source.file)}</a> — ${escape(r.source.part)}</dd></dl><details><summary>answer</summary><pre>${escape(r.answer)}</pre></details></li>`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Exchange Desk eval — ${escape(report.createdAt)}</title><style>
body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px;color:#222}table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:right}th:first-child{text-align:left}
.chart .bar{fill:#3b73b9}.chart .label,.chart .value{font-size:13px;fill:#222}figure{margin:1rem 0}figcaption{font-weight:600}
.failure{border-left:4px solid #c0392b;padding:.25rem .75rem;margin:.75rem 0;list-style:none;background:#fdf3f2}.failure h3{margin:.2rem 0}.question{font-style:italic}dt{font-weight:600}pre{white-space:pre-wrap}
</style></head><body><h1>Exchange Desk — eval report</h1><p>${report.cases} cases · ${report.results.length - failures.length} passed · ${failures.length} failed · knowledge ${escape(report.knowledgeHash)} · embedding ${escape(report.embeddingId)} · ${escape(report.createdAt)}</p>
${scoresTable(report)}${passChart}${latencyChart}<h2>Failures (${failures.length})</h2><ol id="failures">${failureItems || '<li>None.</li>'}</ol></body></html>`;
}
