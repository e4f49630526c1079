/** One case: the conversation, the rule already given, history, notes, links and actions. */
import { html } from 'hono/html';
import type { CaseEvent, CaseRecord } from '../../../domain/cases.ts';
import type { Turn } from '../../../domain/types.ts';
import type { CaseNote, SavedReply } from '../console-store.ts';
import { formatOfficeTime, type StaffLang } from '../office-time.ts';
import { consoleLang, WORDS } from '../../../messages/staff-console.ts';
import { csrfField, flash, layout, problem, type Html } from './layout.ts';

export interface CaseView {
  lang: StaffLang;
  staff: { email: string; csrfToken: string; path: string };
  record: CaseRecord;
  conversation: Turn[];
  notes: CaseNote[];
  savedReplies: SavedReply[];
  threadLink: string | null;
  cardLink: string | null;
  channelName: string;
  timeZone: string;
  nonce: string;
  message?: string | null;
  error?: string | null;
}

export function casePage(view: CaseView): Html {
  const w = WORDS[view.lang];
  const c = w.case;
  const { record } = view;
  const time = (iso: string) =>
    html`<time datetime="${iso}">${formatOfficeTime(iso, view.timeZone, view.lang)}</time>`;
  const turns = view.conversation.length > 0 ? view.conversation : record.recentTurns;
  const post = (action: string, label: string, extra: Html | string = '', secondary = false) =>
    html`<form method="post" action="/staff/cases/${record.id}/${action}" class="inline">
      ${csrfField(view.staff.csrfToken)}${extra}<button
        type="submit"
        ${secondary ? html`class="secondary"` : ''}
      >
        ${label}
      </button>
    </form>`;
  const resolved = record.status === 'resolved';
  const faqField = html`<input type="hidden" name="faq" value="1" />`;
  const resolveButtons = html`${post('resolve', c.resolve, '', true)}
  ${post('resolve', c.resolveFaq, faqField, true)}`;
  // A turn's whitespace shows (.turn is pre-wrap): its markup breaks only inside ${}, and the
  // formatter, which would indent it, leaves it alone.
  // prettier-ignore
  const turnView = (turn: Turn, speaker: string) =>
    html`<div class="turn ${turn.role}"><strong>${speaker}</strong> · ${
      time(turn.at)
    }<br /><span lang="${record.lang}">${turn.text}</span></div>`;
  return layout(
    {
      lang: view.lang,
      title: record.id,
      current: 'inbox',
      staff: view.staff,
      scripts: ['/staff/assets/console.js'],
    },
    html`<h1>${record.id} <span class="badge">${w.status[record.status]}</span></h1>
      ${flash(view.message)}${problem(view.error)}
      <div class="row">
        <section aria-labelledby="facts" class="card">
          <h2 id="facts">${c.question}</h2>
          <p lang="${record.lang}" style="font-size:1.1em">${record.question}</p>
          <dl>
            <dt>${w.inbox.columns.reason}</dt>
            <dd>${w.reason[record.reason] ?? record.reason}</dd>
            <dt>${w.inbox.columns.channel}</dt>
            <dd>${view.channelName}${threadLinks(view)}</dd>
            <dt>${c.lang}</dt>
            <dd>${w.languages[consoleLang(record.lang)]}</dd>
            <dt>${c.assignee}</dt>
            <dd>${record.assignee ?? c.nobody}</dd>
            <dt>${w.inbox.columns.opened}</dt>
            <dd>${time(record.createdAt)}</dd>
          </dl>
        </section>
        <section aria-labelledby="rule" class="card">
          <h2 id="rule">${c.ruleGiven}</h2>
          ${ruleGiven(record, c.noRule)}
        </section>
      </div>
      <section aria-labelledby="conv" class="card">
        <h2 id="conv">${c.conversation}</h2>
        ${turns.map((t) => turnView(t, t.role === 'student' ? c.student : c.assistant))}
      </section>
      ${
        resolved
          ? html`<section class="card"><p class="muted">${c.reopenHint(record.id)}</p></section>`
          : html`<section aria-labelledby="act" class="card">
              <h2 id="act">${c.act}</h2>
              ${record.status === 'open' ? post('claim', c.claim) : ''}
              <form method="post" action="/staff/cases/${record.id}/reply" data-once>
                ${csrfField(view.staff.csrfToken)}<input
                  type="hidden"
                  name="nonce"
                  value="${view.nonce}"
                />
                ${
                  view.savedReplies.length > 0
                    ? html`<label for="saved">${c.savedReplies}</label
                        ><select id="saved" data-insert-into="reply-text">
                          ${view.savedReplies.map(savedReplyOption)}
                        </select>
                        <button type="button" class="secondary" data-insert="saved" hidden>
                          ${c.insert}
                        </button>`
                    : ''
                }
                <label for="reply-text">${c.reply}</label
                ><textarea
                  id="reply-text"
                  name="text"
                  required
                  lang="${record.lang}"
                  aria-describedby="reply-hint"
                ></textarea>
                <p id="reply-hint" class="muted">${c.replyHint}</p>
                <button type="submit">${c.send}</button>
              </form>
              ${record.status !== 'open' ? resolveButtons : ''}
            </section>`
      }
      <div class="row">
        <section aria-labelledby="hist" class="card">
          <h2 id="hist">${c.history}</h2>
          <ol>
            ${record.events.map((e) => eventItem(e, time(e.at), c.events[e.kind] ?? e.kind, record.lang))}
          </ol>
        </section>
        <section aria-labelledby="notes" class="card">
          <h2 id="notes">${c.notes}</h2>
          ${
            view.notes.length === 0
              ? html`<p class="muted">${c.noNotes}</p>`
              : html`<ul>
                  ${view.notes.map((n) => html`<li>${time(n.at)} · ${n.author}<br />${n.text}</li>`)}
                </ul>`
          }
          <form method="post" action="/staff/cases/${record.id}/notes">
            ${csrfField(view.staff.csrfToken)}<label for="note">${c.note}</label
            ><textarea id="note" name="text" required></textarea
            ><button type="submit" class="secondary">${c.addNote}</button>
          </form>
        </section>
      </div>`,
  );
}

/** The links after the channel's name: the student's thread, the staff card. */
function threadLinks(view: CaseView): Html {
  const c = WORDS[view.lang].case;
  const thread = view.threadLink
    ? html` — <a href="${view.threadLink}" rel="noreferrer">${c.openThread(view.channelName)}</a>`
    : '';
  const card = view.cardLink
    ? html` · <a href="${view.cardLink}" rel="noreferrer">${c.openCard}</a>`
    : '';
  return html`${thread}${card}`;
}

/** The general rule the assistant already gave, as it was written (pre keeps its lines). */
function ruleGiven(record: CaseRecord, noRule: string): Html {
  return record.generalRule
    ? html`<pre lang="${record.lang}">${record.generalRule}</pre>`
    : html`<p class="muted">${noRule}</p>`;
}

function savedReplyOption(reply: SavedReply): Html {
  return html`<option value="${reply.body}" lang="${reply.lang}">
    [${reply.lang}] ${reply.title}
  </option>`;
}

function eventItem(event: CaseEvent, at: Html, kind: string, lang: string): Html {
  const actor = event.actor ? html` · ${event.actor}` : '';
  const text = event.text
    ? html`<br /><span class="muted" lang="${lang}">${event.text}</span>`
    : '';
  return html`<li>${at} — ${kind}${actor}${text}</li>`;
}
