/** Sign-in, the one-time set-a-password link, sign-out and the language choice. */
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import {
  SESSION_COOKIE,
  clientAddress,
  formOf,
  guestLang,
  safeNext,
  type ConsoleContext,
  type ConsoleEnv,
  type ConsoleServices,
} from '../console-context.ts';
import { PRE_SESSION_COOKIE, newToken, tokensMatch } from '../csrf.ts';
import { formatOfficeTime, type StaffLang } from '../office-time.ts';
import { badLinkPage, signInPage, welcomePage } from '../pages/sign-in-page.ts';
import { hashPassword, passwordProblem } from '../passwords.ts';
import { SESSION_DAYS } from '../console-store.ts';
import { WORDS } from '../../../messages/staff-console.ts';

const SignInForm = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
  next: z.string().optional(),
  lang: z.enum(['ja', 'en']).optional(),
});
const WelcomeForm = z.object({
  token: z.string().min(10).max(200),
  password: z.string().max(1024),
  confirm: z.string().max(1024),
  lang: z.enum(['ja', 'en']).optional(),
});

function secure(services: ConsoleServices): boolean {
  return services.deps.publicUrl?.startsWith('https://') ?? false;
}

/** A fresh double-submit token for a form shown before any session exists. */
function preSessionToken(c: ConsoleContext, services: ConsoleServices): string {
  const token = newToken();
  setCookie(c, PRE_SESSION_COOKIE, token, {
    path: '/staff',
    httpOnly: true,
    sameSite: 'Strict',
    secure: secure(services),
    maxAge: 3600,
  });
  return token;
}

function startSession(c: ConsoleContext, services: ConsoleServices, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/staff',
    httpOnly: true,
    sameSite: 'Lax',
    secure: secure(services),
    maxAge: SESSION_DAYS * 86_400,
  });
  deleteCookie(c, PRE_SESSION_COOKIE, { path: '/staff' });
}

export function authRoutes(services: ConsoleServices): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const { accounts, records } = services;

  app.get('/sign-in', (c) =>
    c.html(
      signInPage(guestLang(c), preSessionToken(c, services), {
        next: safeNext(c.req.query('next')),
      }),
    ),
  );

  app.post('/sign-in', async (c) => {
    const form = await formOf(c);
    const lang: StaffLang = form.lang === 'en' ? 'en' : 'ja';
    const w = WORDS[lang].signIn;
    if (!tokensMatch(getCookie(c, PRE_SESSION_COOKIE), form.csrf))
      return c.html(
        signInPage(lang, preSessionToken(c, services), { error: WORDS[lang].forbidden }),
        403,
      );
    const parsed = SignInForm.safeParse(form);
    if (!parsed.success)
      return c.html(signInPage(lang, preSessionToken(c, services), { error: w.wrong }), 400);
    const { email, password, next } = parsed.data;
    const address = clientAddress(c);
    const result = await services.signIn.attempt(email, password, address, services.now());
    await records.audit({
      actor: email.toLowerCase(),
      action: result.ok ? 'sign_in' : `sign_in_refused:${result.reason}`,
      address,
    });
    if (result.ok) {
      startSession(c, services, result.token);
      return c.redirect(safeNext(next), 303);
    }
    const error =
      result.reason === 'locked'
        ? w.locked(formatOfficeTime(result.until, services.deps.timeZone, lang))
        : result.reason === 'rate_limited'
          ? w.limited(result.retryAfterSeconds)
          : result.reason === 'not_set_up'
            ? w.notSetUp
            : w.wrong;
    const status = result.reason === 'rate_limited' ? 429 : result.reason === 'locked' ? 423 : 401;
    return c.html(
      signInPage(lang, preSessionToken(c, services), { error, email, next: safeNext(next) }),
      status,
    );
  });

  app.get('/welcome', async (c) => {
    const lang = guestLang(c);
    const token = c.req.query('token') ?? '';
    const account = token ? await accounts.findByInvite(token, services.now()) : null;
    if (!account) return c.html(badLinkPage(lang), 404);
    return c.html(welcomePage(lang, preSessionToken(c, services), account.email, token));
  });

  app.post('/welcome', async (c) => {
    const form = await formOf(c);
    const lang: StaffLang = form.lang === 'en' ? 'en' : 'ja';
    const w = WORDS[lang].signIn;
    if (!tokensMatch(getCookie(c, PRE_SESSION_COOKIE), form.csrf))
      return c.html(badLinkPage(lang), 403);
    const parsed = WelcomeForm.safeParse(form);
    const account = parsed.success
      ? await accounts.findByInvite(parsed.data.token, services.now())
      : null;
    if (!parsed.success || !account) return c.html(badLinkPage(lang), 404);
    const { password, confirm, token } = parsed.data;
    const error = passwordProblem(password) ? w.tooShort : password !== confirm ? w.mismatch : null;
    if (error)
      return c.html(
        welcomePage(lang, preSessionToken(c, services), account.email, token, error),
        400,
      );
    await accounts.setPassword(account.email, await hashPassword(password));
    await accounts.setLang(account.email, lang);
    await records.audit({
      actor: account.email,
      action: 'password_set',
      address: clientAddress(c),
    });
    const session = await accounts.createSession(account.email, services.now());
    startSession(c, services, session.token);
    return c.redirect('/staff', 303);
  });
  return app;
}

/** Routes that need a session (mounted after the session check). */
export function accountRoutes(services: ConsoleServices): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  app.post('/sign-out', async (c) => {
    await services.accounts.endSession(c.get('sessionToken'));
    await services.records.audit({
      actor: c.get('staff').email,
      action: 'sign_out',
      address: clientAddress(c),
    });
    deleteCookie(c, SESSION_COOKIE, { path: '/staff' });
    return c.redirect('/staff/sign-in', 303);
  });
  app.post('/lang', async (c) => {
    const form = await formOf(c);
    const lang = form.lang === 'en' ? 'en' : 'ja';
    await services.accounts.setLang(c.get('staff').email, lang);
    await services.records.audit({
      actor: c.get('staff').email,
      action: 'language',
      detail: { lang },
      address: clientAddress(c),
    });
    return c.redirect(safeNext(form.next), 303);
  });
  return app;
}
