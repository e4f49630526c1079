/**
 * The staff console as a Hono app mounted at /staff: security headers everywhere, sign-in
 * pages open, everything else behind a session, every POST behind the session's CSRF token.
 */
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import {
  SESSION_COOKIE,
  formOf,
  type ConsoleDeps,
  type ConsoleEnv,
  type ConsoleServices,
} from './console-context.ts';
import { CSRF_FIELD, sameOrigin, tokensMatch } from './csrf.ts';
import { layout, problem } from './pages/layout.ts';
import { assetRoutes } from './routes/asset-routes.ts';
import { accountRoutes, authRoutes } from './routes/auth-routes.ts';
import { caseRoutes } from './routes/case-routes.ts';
import { knowledgeRoutes } from './routes/knowledge-routes.ts';
import { numbersRoutes } from './routes/numbers-routes.ts';
import { createStaffDesk } from '../staff-desk.ts';
import { SignIn } from './sign-in.ts';
import { WORDS } from '../../messages/staff-console.ts';

const SECURITY_HEADERS = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

export function createConsoleServices(deps: ConsoleDeps): ConsoleServices {
  const { accounts, records, insights } = deps.store;
  const desk = { ja: createStaffDesk(deps.cases, 'ja'), en: createStaffDesk(deps.cases, 'en') };
  return {
    deps,
    accounts,
    records,
    insights,
    desk,
    signIn: new SignIn(accounts),
    now: deps.now ?? (() => new Date()),
    usedNonces: new Set(),
  };
}

export function createConsoleApp(services: ConsoleServices): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
  });
  app.route('/staff', authRoutes(services));

  // Everything below needs a session; without one, the sign-in page (and back here after).
  app.use('/staff/*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await services.accounts.session(token, services.now()) : null;
    if (!session || !token) {
      const url = new URL(c.req.url);
      // After signing in, a GET comes back where it was; a form post starts from the inbox.
      const next = c.req.method === 'GET' ? url.pathname + (url.search || '') : '/staff';
      return c.redirect(`/staff/sign-in?next=${encodeURIComponent(next)}`, 303);
    }
    c.set('staff', session);
    c.set('sessionToken', token);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const form = await formOf(c);
      if (
        !sameOrigin(c.req.header('origin'), c.req.url) ||
        !tokensMatch(session.csrfToken, form[CSRF_FIELD])
      ) {
        await services.records.audit({
          actor: session.email,
          action: 'csrf_refused',
          target: new URL(c.req.url).pathname,
          address: null,
        });
        const w = WORDS[session.lang];
        return c.html(
          layout({ lang: session.lang, title: w.nav.inbox }, problem(w.forbidden)),
          403,
        );
      }
    }
    await next();
  });
  app.route('/staff', accountRoutes(services));
  app.route('/staff', caseRoutes(services));
  app.route('/staff', knowledgeRoutes(services));
  app.route('/staff', numbersRoutes(services));
  app.route('/staff', assetRoutes());
  return app;
}
