/** The sign-in form and the set-a-password form behind a one-time link. */
import { html } from 'hono/html';
import type { StaffLang } from '../office-time.ts';
import { WORDS } from '../../../messages/staff-console.ts';
import { layout, problem, type Html } from './layout.ts';

export function signInPage(
  lang: StaffLang,
  preToken: string,
  options: { error?: string | null; email?: string; next?: string; notice?: string | null } = {},
): Html {
  const w = WORDS[lang].signIn;
  return layout(
    { lang, title: w.title },
    html`<h1>${w.title}</h1>
      ${problem(options.error)}${options.notice ? html`<p class="flash" role="status">${options.notice}</p>` : ''}
      <form method="post" action="/staff/sign-in" class="card" style="max-width:480px">
        <input type="hidden" name="csrf" value="${preToken}" /><input
          type="hidden"
          name="next"
          value="${options.next ?? '/staff'}"
        /><input type="hidden" name="lang" value="${lang}" /> <label for="email">${w.email}</label
        ><input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value="${options.email ?? ''}"
          autofocus
        />
        <label for="password">${w.password}</label
        ><input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <button type="submit">${w.submit}</button>
      </form>`,
  );
}

export function welcomePage(
  lang: StaffLang,
  preToken: string,
  email: string,
  inviteToken: string,
  error?: string | null,
): Html {
  const w = WORDS[lang].signIn;
  return layout(
    { lang, title: w.welcomeTitle },
    html`<h1>${w.welcomeTitle}</h1>
      ${problem(error)}
      <p>${w.welcomeIntro(email)}</p>
      <form method="post" action="/staff/welcome" class="card" style="max-width:480px">
        <input type="hidden" name="csrf" value="${preToken}" /><input
          type="hidden"
          name="token"
          value="${inviteToken}"
        /><input type="hidden" name="lang" value="${lang}" />
        <input type="email" name="username" value="${email}" autocomplete="username" hidden />
        <label for="password">${w.newPassword}</label
        ><input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          minlength="12"
          required
          autofocus
        />
        <label for="confirm">${w.confirm}</label
        ><input
          id="confirm"
          name="confirm"
          type="password"
          autocomplete="new-password"
          minlength="12"
          required
        />
        <button type="submit">${w.setPassword}</button>
      </form>`,
  );
}

export function badLinkPage(lang: StaffLang): Html {
  return layout(
    { lang, title: WORDS[lang].signIn.welcomeTitle },
    html`<h1>${WORDS[lang].signIn.welcomeTitle}</h1>
      ${problem(WORDS[lang].signIn.badLink)}
      <p><a href="/staff/sign-in">${WORDS[lang].signIn.title}</a></p>`,
  );
}
