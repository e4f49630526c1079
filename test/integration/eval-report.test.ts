/**
 * The eval runner end to end: scores, the threshold gate, and the HTML report opened in
 * headless Chromium (Debian's `chromium`, which .ci/run installs). Skipped, with a message,
 * only when no Chromium is installed locally.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkThresholds } from '../../evals/runner/aggregate.ts';
import { loadCases } from '../../evals/runner/cases.ts';
import { renderHtmlReport } from '../../evals/runner/report-html.ts';
import { runEval, type EvalReport } from '../../evals/runner/run.ts';
import { CHANNELS } from '../../evals/runner/reply-lengths.ts';
import { REPLY_BUDGET } from '../../src/compose/reply-budget.ts';
import { testConfig } from '../helpers/runtime.ts';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);
if (!CHROMIUM)
  console.warn(
    'eval-report: no Chromium at /usr/bin/chromium, so the browser check is skipped (CI installs it).',
  );

let report: EvalReport;
let htmlPath: string;
beforeAll(async () => {
  report = await runEval(testConfig(), loadCases(resolve('evals/cases')));
  const outDir = mkdtempSync(join(tmpdir(), 'desk-eval-'));
  htmlPath = join(outDir, 'index.html');
  writeFileSync(htmlPath, renderHtmlReport(report, outDir, resolve('knowledge/sources')));
}, 120_000);

describe('eval runner', () => {
  it('runs every case, at least 250, at least 40 % Japanese, each naming its source', () => {
    const cases = loadCases(resolve('evals/cases'));
    expect(cases.length).toBeGreaterThanOrEqual(250);
    expect(cases.filter((c) => c.lang === 'ja').length / cases.length).toBeGreaterThanOrEqual(0.4);
    expect(cases.every((c) => existsSync(resolve('knowledge/sources', c.source.file)))).toBe(true);
    expect(report.results).toHaveLength(cases.length);
  });

  it('every first message of the dev set is within the reply budget in every channel, and the report says how long they are', () => {
    const over = report.results.flatMap((r) =>
      CHANNELS.filter(
        (c) =>
          r.firstMessage[c].chars > REPLY_BUDGET.chars ||
          r.firstMessage[c].lines > REPLY_BUDGET.lines,
      ).map(
        (c) => `${r.id} ${c}: ${r.firstMessage[c].chars} chars, ${r.firstMessage[c].lines} lines`,
      ),
    );
    expect(over).toEqual([]);
    for (const channel of CHANNELS) {
      const { chars, lines } = report.replyLength[channel];
      expect(chars.p50).toBeGreaterThan(0);
      expect(chars.p50).toBeLessThanOrEqual(chars.p95);
      expect(chars.p95).toBeLessThanOrEqual(chars.max);
      expect(chars.max).toBeLessThanOrEqual(REPLY_BUDGET.chars);
      expect(lines.max).toBeLessThanOrEqual(REPLY_BUDGET.lines);
    }
  });

  it('meets evals/thresholds.json, with no fabricated figures', async () => {
    const thresholds = (await import('../../evals/thresholds.json', { with: { type: 'json' } }))
      .default;
    expect(checkThresholds(report.scores, thresholds)).toEqual([]);
    expect(report.scores.overall.fabricatedAnswers).toBe(0);
  });

  it.runIf(Boolean(CHROMIUM))(
    'renders the report in headless Chromium: charts drawn, failures listed',
    async () => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM!,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      try {
        const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
        await page.goto(pathToFileURL(htmlPath).href);
        const kinds = Object.keys(report.scores.kinds).length;
        const bars = await page
          .locator('#chart-pass rect.bar')
          .evaluateAll((rects) =>
            rects.map((r) => (r as unknown as { getBBox(): { width: number } }).getBBox().width),
          );
        expect(bars).toHaveLength(kinds);
        expect(bars.every((width) => width > 0)).toBe(true);
        expect(await page.locator('#chart-latency rect.bar').count()).toBe(kinds);
        const failures = report.results.filter((r) => !r.passed).length;
        expect(await page.locator('#failures li.failure').count()).toBe(failures);
        if (failures > 0)
          expect(await page.locator('#failures li.failure a').first().getAttribute('href')).toMatch(
            /sources\/00\d_/,
          );
        expect(await page.locator('#scores tbody tr').count()).toBe(kinds + 1);
        await page.screenshot({ path: join(tmpdir(), 'desk-eval-report.png'), fullPage: false });
      } finally {
        await browser.close();
      }
    },
  );
});
