/**
 * Numbers, each as a table (readable without JavaScript and by screen readers) with a
 * Chart.js chart drawn from the same data by /staff/assets/numbers.js.
 */
import { html, raw } from 'hono/html';
import type { StatsReport } from '../../../domain/ports.ts';
import type { EvalScores } from '../eval-scores.ts';
import type { DailyCount } from '../console-store.ts';
import { formatOfficeTime, zoneLabel, type StaffLang } from '../office-time.ts';
import { WORDS } from '../../../messages/staff-console.ts';
import { layout, type Html } from './layout.ts';

export interface NumbersView {
  lang: StaffLang;
  staff: { email: string; csrfToken: string; path: string };
  stats: StatsReport;
  perDay: DailyCount[];
  perRoute: Record<string, number>;
  evalScores: EvalScores | null;
  timeZone: string;
}

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);

/** JSON for a <script type="application/json">, with "<" escaped so it cannot close the tag. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function numbersPage(view: NumbersView): Html {
  const w = WORDS[view.lang].numbers;
  const reasonWords = WORDS[view.lang].reason;
  const { stats } = view;
  const reasons = Object.entries(stats.handoversByReason).sort((a, b) => b[1] - a[1]);
  const rate = (count: number) => (stats.questions > 0 ? count / stats.questions : null);
  const routes = Object.entries(view.perRoute).sort((a, b) => b[1] - a[1]);
  const data = {
    perDay: {
      labels: view.perDay.map((d) => d.day),
      values: view.perDay.map((d) => d.count),
      label: w.questions,
    },
    perRoute: {
      labels: routes.map(([r]) => WORDS[view.lang].route[r] ?? r),
      values: routes.map(([, n]) => n),
      label: w.count,
    },
    handover: {
      labels: reasons.map(([r]) => reasonWords[r] ?? r),
      values: reasons.map(([, n]) => Math.round((rate(n) ?? 0) * 1000) / 10),
      label: `${w.share} (%)`,
    },
    feedback: {
      labels: [w.helpful, w.notHelpful],
      values: [stats.feedback.helpful, stats.feedback.notHelpful],
      label: w.feedback,
    },
  };
  const chart = (id: string, title: string) =>
    html`<div class="chart"><canvas id="${id}" role="img" aria-label="${title}"></canvas></div>`;
  const ev = view.evalScores;
  return layout(
    {
      lang: view.lang,
      title: w.title,
      current: 'numbers',
      staff: view.staff,
      scripts: ['/staff/assets/chart.umd.min.js', '/staff/assets/numbers.js'],
    },
    html`<h1>${w.title}</h1>
      <script type="application/json" id="numbers-data">
        ${raw(jsonForScript(data))}
      </script>
      <div class="row">
        <section class="card" aria-labelledby="n-day">
          <h2 id="n-day">
            ${w.perDay} <span class="muted">(${zoneLabel(view.timeZone, view.lang)})</span>
          </h2>
          ${chart('chart-per-day', w.perDay)}
          <details>
            <summary>${w.count}</summary>
            <table>
              <tbody>
                ${view.perDay.map(
                  (d) =>
                    html`<tr>
                      <th scope="row">${d.day}</th>
                      <td>${d.count}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </details>
        </section>
        <section class="card" aria-labelledby="n-route">
          <h2 id="n-route">${w.perRoute}</h2>
          ${chart('chart-per-route', w.perRoute)}
          <table>
            <tbody>
              ${routes.map(
                ([route, n]) =>
                  html`<tr>
                    <th scope="row">${WORDS[view.lang].route[route] ?? route}</th>
                    <td>${n}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </section>
      </div>
      <div class="row">
        <section class="card" aria-labelledby="n-handover">
          <h2 id="n-handover">${w.handoverRate}</h2>
          ${chart('chart-handover', w.handoverRate)}
          <table>
            <thead>
              <tr>
                <th scope="col">${WORDS[view.lang].inbox.columns.reason}</th>
                <th scope="col">${w.count}</th>
                <th scope="col">${w.share}</th>
              </tr>
            </thead>
            <tbody>
              ${reasons.map(
                ([reason, n]) =>
                  html`<tr>
                    <th scope="row">${reasonWords[reason] ?? reason}</th>
                    <td>${n}</td>
                    <td>${percent(rate(n))}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </section>
        <section class="card" aria-labelledby="n-feedback">
          <h2 id="n-feedback">${w.feedback}</h2>
          ${stats.feedback.helpful + stats.feedback.notHelpful > 0 ? chart('chart-feedback', w.feedback) : ''}
          <p>
            ${w.helpful}: <strong>${stats.feedback.helpful}</strong> · ${w.notHelpful}:
            <strong>${stats.feedback.notHelpful}</strong> (${percent(stats.feedback.helpfulRate)})
          </p>
          <h2>${w.medianReply}</h2>
          <p style="font-size:1.6em;margin:0">
            <strong
              >${stats.medianMinutesToFirstReply === null ? w.none : w.minutes(stats.medianMinutesToFirstReply)}</strong
            >
          </p>
          <p>${w.questions}: <strong>${stats.questions}</strong></p>
        </section>
      </div>
      <section class="card" aria-labelledby="n-eval">
        <h2 id="n-eval">${w.evalTitle}</h2>
        ${
          ev
            ? html`<p class="muted">
                  ${w.generated(formatOfficeTime(ev.createdAt, view.timeZone, view.lang))}
                </p>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${w.evalScope}</th>
                      <th scope="col">${w.count}</th>
                      <th scope="col">${w.passRate}</th>
                      <th scope="col">${w.routeAccuracy}</th>
                      <th scope="col">${w.fabricated}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${[
                      ['overall', ev.scores.overall] as const,
                      ...Object.entries(ev.scores.kinds),
                    ].map(
                      ([scope, s]) =>
                        html`<tr>
                          <th scope="row">${scope}</th>
                          <td>${s.cases}</td>
                          <td>${percent(s.passRate)}</td>
                          <td>${percent(s.routeAccuracy)}</td>
                          <td>${s.fabricatedAnswers}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>`
            : html`<p>${w.noEval}</p>`
        }
      </section>`,
  );
}
