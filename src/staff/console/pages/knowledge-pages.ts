/** FAQ drafts list and editor, and the unanswered-questions list. */
import { html } from 'hono/html';
import type { DraftFaqEntry } from '../../../knowledge/drafts.ts';
import type { GapQuestion } from '../insights.ts';
import { formatOfficeTime, type StaffLang } from '../office-time.ts';
import { WORDS } from '../../../messages/staff-console.ts';
import { csrfField, flash, layout, problem, type Html } from './layout.ts';

type StaffView = { email: string; csrfToken: string; path: string };

export function draftsPage(
  lang: StaffLang,
  staff: StaffView,
  drafts: { id: string; languages: string[]; problems: string[] }[],
  message: string | null,
): Html {
  const w = WORDS[lang].drafts;
  return layout(
    { lang, title: w.title, current: 'drafts', staff },
    html`<h1>${w.title}</h1>
      ${flash(message)}
      ${
        drafts.length === 0
          ? html`<p>${w.empty}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">ID</th>
                  <th scope="col">${WORDS[lang].nav.language}</th>
                  <th scope="col">${WORDS[lang].inbox.columns.status}</th>
                </tr>
              </thead>
              <tbody>
                ${drafts.map(
                  (d) =>
                    html`<tr>
                      <td><a href="/staff/drafts/${d.id}">${d.id}</a></td>
                      <td>${d.languages.join(', ') || '–'}</td>
                      <td>${d.problems.length === 0 ? w.ready : d.problems.join('; ')}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`,
  );
}

export interface DraftView {
  lang: StaffLang;
  staff: StaffView;
  id: string;
  draft: DraftFaqEntry | null;
  problems: string[];
  message?: string | null;
  error?: string | null;
}

export function draftPage(view: DraftView): Html {
  const w = WORDS[view.lang].drafts;
  const d = view.draft;
  const field = (
    name: string,
    label: string,
    value: string | undefined,
    lang: 'ja' | 'en',
    area: boolean,
  ) =>
    html`<label for="${name}">${label}</label
      >${area ? textArea(name, lang, value) : textInput(name, lang, value)}`;
  return layout(
    { lang: view.lang, title: `${w.title}: ${view.id}`, current: 'drafts', staff: view.staff },
    html`<h1>${w.title}: ${view.id}</h1>
      ${flash(view.message)}
      ${
        view.error || view.problems.length > 0
          ? html`<div class="error" role="alert">
              ${view.error ?? w.invalid}
              <ul>
                ${view.problems.map((p) => html`<li>${p}</li>`)}
              </ul>
            </div>`
          : ''
      }
      ${
        d
          ? html`<p class="muted">
                ${w.source}: ${d.source.provenance.file} — ${d.source.provenance.part} · ${w.asOf}:
                ${d.asOf}
              </p>
              <form method="post" action="/staff/drafts/${view.id}" class="card">
                ${csrfField(view.staff.csrfToken)}
                <div class="row">
                  <div>
                    ${field('questionJa', w.questionJa, d.question.ja, 'ja', false)}${field(
                      'answerJa',
                      w.answerJa,
                      d.answer.ja,
                      'ja',
                      true,
                    )}
                  </div>
                  <div>
                    ${field('questionEn', w.questionEn, d.question.en, 'en', false)}${field(
                      'answerEn',
                      w.answerEn,
                      d.answer.en,
                      'en',
                      true,
                    )}
                  </div>
                </div>
                <label for="keywords">${w.keywords}</label
                ><input
                  id="keywords"
                  name="keywords"
                  type="text"
                  value="${d.keywords.join(', ')}"
                />
                <button type="submit">${w.save}</button>
              </form>
              <form method="post" action="/staff/drafts/${view.id}/promote" class="card">
                ${csrfField(view.staff.csrfToken)}<button type="submit">${w.promote}</button>
              </form>`
          : problem(view.problems.join('; '))
      }`,
  );
}

export function gapsPage(
  lang: StaffLang,
  staff: StaffView,
  gaps: GapQuestion[],
  timeZone: string,
): Html {
  const w = WORDS[lang].gaps;
  return layout(
    { lang, title: w.title, current: 'gaps', staff },
    html`<h1>${w.title}</h1>
      <p>${w.intro}</p>
      ${
        gaps.length === 0
          ? html`<p>${w.empty}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">${WORDS[lang].inbox.columns.question}</th>
                  <th scope="col">${w.times}</th>
                  <th scope="col">${WORDS[lang].inbox.columns.reason}</th>
                  <th scope="col">${w.last}</th>
                  <th scope="col"><span class="muted">${w.start}</span></th>
                </tr>
              </thead>
              <tbody>
                ${gaps.map(
                  (g) =>
                    html`<tr>
                      <td lang="${g.lang}">${g.question}${caseLinks(g.caseIds)}</td>
                      <td>${g.count}</td>
                      <td>${g.kinds.map((k) => w.kinds[k]).join(', ')}</td>
                      <td>${formatOfficeTime(g.lastAt, timeZone, lang)}</td>
                      <td>
                        <form method="post" action="/staff/gaps/draft">
                          ${csrfField(staff.csrfToken)}<input
                            type="hidden"
                            name="question"
                            value="${g.question}"
                          /><input type="hidden" name="lang" value="${g.lang}" /><input
                            type="hidden"
                            name="caseId"
                            value="${g.caseIds[0] ?? ''}"
                          /><input type="hidden" name="count" value="${g.count}" /><button
                            type="submit"
                            class="secondary"
                          >
                            ${w.start}
                          </button>
                        </form>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }`,
  );
}

function textArea(name: string, lang: 'ja' | 'en', value: string | undefined): Html {
  return html`<textarea id="${name}" name="${name}" lang="${lang}">${value ?? ''}</textarea>`;
}

function textInput(name: string, lang: 'ja' | 'en', value: string | undefined): Html {
  return html`<input
    id="${name}"
    name="${name}"
    type="text"
    lang="${lang}"
    value="${value ?? ''}"
  />`;
}

/** The first few cases a gap came from, linked. */
function caseLinks(caseIds: string[]): Html | string {
  if (caseIds.length === 0) return '';
  const links = caseIds
    .slice(0, 5)
    .map((id, i) => html`${i > 0 ? ', ' : ''}<a href="/staff/cases/${id}">${id}</a>`);
  return html`<br /><span class="muted">${links}</span>`;
}
