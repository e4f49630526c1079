/** The inbox: cases by status, with reason, channel, age and a search box. */
import { html } from 'hono/html';
import type { CaseRecord } from '../../../domain/cases.ts';
import { formatAge, formatOfficeTime, type StaffLang } from '../office-time.ts';
import { channelOf } from '../thread-links.ts';
import { WORDS } from '../../../messages/staff-console.ts';
import { layout, type Html } from './layout.ts';

export const INBOX_FILTERS = ['active', 'open', 'claimed', 'answered', 'resolved'] as const;
export type InboxFilter = (typeof INBOX_FILTERS)[number];

export interface InboxView {
  lang: StaffLang;
  staff: { email: string; csrfToken: string; path: string };
  filter: InboxFilter;
  query: string;
  counts: Record<string, number>;
  cases: CaseRecord[];
  timeZone: string;
  now: Date;
}

export function inboxPage(view: InboxView): Html {
  const w = WORDS[view.lang];
  const col = w.inbox.columns;
  const tab = (filter: InboxFilter) => {
    const count =
      filter === 'active'
        ? (view.counts.open ?? 0) + (view.counts.claimed ?? 0) + (view.counts.answered ?? 0)
        : (view.counts[filter] ?? 0);
    return html`<li>
      <a href="/staff?status=${filter}" ${view.filter === filter ? html`aria-current="page"` : ''}
        >${w.status[filter]} <span class="badge">${count}</span></a
      >
    </li>`;
  };
  const rows = view.cases.map(
    (record) =>
      html`<tr>
        <td class="nowrap"><a href="/staff/cases/${record.id}">${record.id}</a></td>
        <td>${w.status[record.status]}</td>
        <td>${w.reason[record.reason] ?? record.reason}</td>
        <td>${w.channel[channelOf(record.conversation)]}</td>
        <td lang="${record.lang}">
          ${record.question.length > 90 ? `${record.question.slice(0, 90)}…` : record.question}
        </td>
        <td>${record.assignee ?? '–'}</td>
        <td class="nowrap">
          <time datetime="${record.createdAt}"
            >${formatOfficeTime(record.createdAt, view.timeZone, view.lang)}</time
          >
        </td>
        <td class="nowrap">${formatAge(record.createdAt, view.now, view.lang)}</td>
      </tr>`,
  );
  return layout(
    { lang: view.lang, title: w.inbox.title, current: 'inbox', staff: view.staff },
    html`<h1>${w.inbox.title}</h1>
      <nav aria-label="${w.inbox.filter}">
        <ul class="tabs">
          ${INBOX_FILTERS.map(tab)}
        </ul>
      </nav>
      <form method="get" action="/staff" role="search" class="card">
        <input type="hidden" name="status" value="${view.filter}" />
        <label for="q">${w.inbox.search}</label>
        <input id="q" name="q" type="search" value="${view.query}" /><button type="submit">
          ${w.inbox.searchButton}
        </button>
      </form>
      ${
        view.cases.length === 0
          ? html`<p>${w.inbox.empty}</p>`
          : html`<table>
              <caption class="muted" style="text-align:left">
                ${w.status[view.filter]} (${view.cases.length})
              </caption>
              <thead>
                <tr>
                  <th scope="col">${col.id}</th>
                  <th scope="col">${col.status}</th>
                  <th scope="col">${col.reason}</th>
                  <th scope="col">${col.channel}</th>
                  <th scope="col">${col.question}</th>
                  <th scope="col">${col.assignee}</th>
                  <th scope="col">${col.opened}</th>
                  <th scope="col">${col.age}</th>
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>`
      }`,
  );
}
