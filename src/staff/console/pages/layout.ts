/**
 * The page frame: skip link, navigation, language switch and one <main>. Styles are inline
 * so the sign-in page needs no asset (nothing else under /staff answers without a session);
 * colours keep at least 4.5:1 contrast and focus is always visible.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { StaffLang } from '../office-time.ts';
import { otherLang, WORDS } from '../../../messages/staff-console.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The switch's languages, in the order it lists them. */
const LANGUAGES = ['ja', 'en'] as const;

const STYLE = `
*{box-sizing:border-box}
body{
  margin:0;
  font:16px/1.5 system-ui,"Hiragino Sans","Noto Sans CJK JP","Noto Sans JP","IPAPGothic",sans-serif;
  color:#1a1a1a;background:#f6f7f9}
a{color:#0b4f9c}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible{
  outline:3px solid #c25400;outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:9}
header{
  background:#12325c;color:#fff;padding:8px 16px;display:flex;flex-wrap:wrap;gap:16px;
  align-items:center}
header a{color:#fff}
header nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:14px;margin:0;padding:0}
header nav a[aria-current]{font-weight:700;text-decoration:underline 3px}
header .who{
  margin-left:auto;display:flex;gap:10px;align-items:center;font-size:14px;white-space:nowrap}
header form{margin:0;display:inline-flex;gap:6px;align-items:center}
header button,header select{font:inherit;font-size:14px}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.4em 0}
h2{font-size:1.15rem;margin:1.2em 0 .4em}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #d0d5dd;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#e9edf3}
.card{background:#fff;border:1px solid #d0d5dd;border-radius:6px;padding:12px 16px;margin:12px 0}
.flash{background:#e3f4e8;border:1px solid #2e7d4a;padding:8px 12px;border-radius:4px}
.error{background:#fdecea;border:1px solid #b3261e;padding:8px 12px;border-radius:4px}
label{display:block;font-weight:600;margin:.6em 0 .2em}
input[type=text],input[type=email],input[type=password],input[type=search],textarea,select{
  font:inherit;padding:6px 8px;border:1px solid #6b7280;border-radius:4px;width:100%;
  max-width:640px;background:#fff;color:#1a1a1a}
textarea{min-height:7em}
button,.button{
  font:inherit;background:#0b4f9c;color:#fff;border:0;border-radius:4px;padding:7px 14px;
  cursor:pointer;margin:.5em .4em .2em 0;text-decoration:none;display:inline-block}
button.secondary{background:#fff;color:#0b4f9c;border:1px solid #0b4f9c}
.tabs{display:flex;flex-wrap:wrap;gap:8px;list-style:none;padding:0}
.tabs a{padding:4px 10px;border:1px solid #0b4f9c;border-radius:14px;text-decoration:none}
.tabs a[aria-current]{background:#0b4f9c;color:#fff}
.tabs a[aria-current] .badge{color:#1a1a1a}
.badge{display:inline-block;padding:0 8px;border-radius:10px;background:#e9edf3;font-size:.85em}
.turn{
  padding:6px 10px;border-left:4px solid #6b7280;margin:6px 0;background:#fafafa;
  white-space:pre-wrap}
.turn.student{border-color:#0b4f9c}
.muted{color:#4b5563}
.row{display:flex;gap:16px;flex-wrap:wrap}
.row>*{flex:1 1 320px}
.inline{display:inline}
pre{white-space:pre-wrap}
.chart{position:relative;height:260px}
dt{font-weight:600;color:#374151}
.nowrap{white-space:nowrap}
dd{margin:0 0 .4em 0}`;

export interface LayoutOptions {
  lang: StaffLang;
  title: string;
  current?: 'inbox' | 'drafts' | 'gaps' | 'numbers' | 'replies';
  /** Signed-in staff: email and CSRF token (absent on the sign-in pages). */
  staff?: { email: string; csrfToken: string; path: string };
  scripts?: string[];
}

/** The signed-in navigation, in order. */
const NAVIGATION = [
  ['inbox', '/staff'],
  ['drafts', '/staff/drafts'],
  ['gaps', '/staff/gaps'],
  ['numbers', '/staff/numbers'],
  ['replies', '/staff/replies'],
] as const;

export function layout(options: LayoutOptions, body: Html): Html {
  const w = WORDS[options.lang];
  const other = otherLang(options.lang);
  const link = (key: NonNullable<LayoutOptions['current']>, href: string) =>
    html`<li>
      <a href="${href}" ${options.current === key ? html`aria-current="page"` : ''}
        >${w.nav[key]}</a
      >
    </li>`;
  return html`<!doctype html>
    <html lang="${options.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} · ${w.product}</title>
        <style>
          ${raw(STYLE)}
        </style>
        ${(options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`)}
      </head>
      <body>
        <a class="skip" href="#main">${w.skip}</a>
        <header>
          <strong>${w.product}</strong>
          ${
            options.staff
              ? html`<nav aria-label="${w.product}">
                    <ul>
                      ${NAVIGATION.map(([key, href]) => link(key, href))}
                    </ul>
                  </nav>
                  <div class="who">
                    <span>${options.staff.email}</span>
                    <form method="post" action="/staff/lang">
                      <input type="hidden" name="csrf" value="${options.staff.csrfToken}" /><input
                        type="hidden"
                        name="next"
                        value="${options.staff.path}"
                      />
                      <label for="lang-switch" class="inline" style="font-weight:400;margin:0"
                        >${w.nav.language}</label
                      >
                      <select id="lang-switch" name="lang">
                        ${LANGUAGES.map(
                          (code) =>
                            html`<option value="${code}" ${options.lang === code ? 'selected' : ''}>
                              ${w.languages[code]}
                            </option>`,
                        )}
                      </select>
                      <button type="submit" class="secondary" style="margin:0">
                        ${w.nav.apply}
                      </button>
                    </form>
                    <form method="post" action="/staff/sign-out">
                      <input type="hidden" name="csrf" value="${options.staff.csrfToken}" /><button
                        type="submit"
                        class="secondary"
                        style="margin:0"
                      >
                        ${w.nav.signOut}
                      </button>
                    </form>
                  </div>`
              : html`<div class="who">
                  <a href="?lang=${other}" lang="${other}">${w.languages[other]}</a>
                </div>`
          }
        </header>
        <main id="main" tabindex="-1">${body}</main>
      </body>
    </html>`;
}

export function flash(message: string | null | undefined): Html {
  return message ? html`<p class="flash" role="status">${message}</p>` : html``;
}

export function problem(message: string | null | undefined): Html {
  return message ? html`<div class="error" role="alert">${message}</div>` : html``;
}

/** The hidden CSRF field every signed-in form carries. */
export function csrfField(token: string): Html {
  return html`<input type="hidden" name="csrf" value="${token}" />`;
}
