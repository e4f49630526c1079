/** Saved replies: the office's standard answers, inserted into a reply with one click. */
import { html } from 'hono/html';
import type { SavedReply } from '../console-store.ts';
import type { StaffLang } from '../office-time.ts';
import { WORDS } from '../../../messages/staff-console.ts';
import { csrfField, flash, layout, problem, type Html } from './layout.ts';

export function savedRepliesPage(
  lang: StaffLang,
  staff: { email: string; csrfToken: string; path: string },
  replies: SavedReply[],
  message: string | null,
  error?: string,
): Html {
  const w = WORDS[lang].savedReplies;
  return layout(
    { lang, title: w.title, current: 'replies', staff },
    html`<h1>${w.title}</h1>
      ${flash(message)}${problem(error)}
      ${
        replies.length === 0
          ? html`<p>${w.empty}</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">${w.lang}</th>
                  <th scope="col">${w.name}</th>
                  <th scope="col">${w.body}</th>
                  <th scope="col"><span class="muted">${w.remove}</span></th>
                </tr>
              </thead>
              <tbody>
                ${replies.map(
                  (r) =>
                    html`<tr>
                      <td>${r.lang}</td>
                      <td>${r.title}</td>
                      <td lang="${r.lang}" style="white-space:pre-wrap">${r.body}</td>
                      <td>
                        <form method="post" action="/staff/replies/${r.id}/delete">
                          ${csrfField(staff.csrfToken)}<button
                            type="submit"
                            class="secondary"
                            aria-label="${w.remove}: ${r.title}"
                          >
                            ${w.remove}
                          </button>
                        </form>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
      <form method="post" action="/staff/replies" class="card">
        <h2>${w.add}</h2>
        ${csrfField(staff.csrfToken)} <label for="sr-lang">${w.lang}</label
        ><select id="sr-lang" name="lang">
          <option value="ja">${WORDS[lang].languages.ja}</option>
          <option value="en">${WORDS[lang].languages.en}</option>
        </select>
        <label for="sr-title">${w.name}</label
        ><input id="sr-title" name="title" type="text" required maxlength="120" />
        <label for="sr-body">${w.body}</label
        ><textarea id="sr-body" name="body" required></textarea>
        <button type="submit">${w.add}</button>
      </form>`,
  );
}
