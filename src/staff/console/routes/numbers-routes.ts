/** The numbers page: what the office needs to see about the assistant and the handovers. */
import { Hono } from 'hono';
import type { ConsoleEnv, ConsoleServices } from '../console-context.ts';
import { readEvalScores } from '../eval-scores.ts';
import { numbersPage } from '../pages/numbers-page.ts';

export function numbersRoutes(services: ConsoleServices): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const { cases, timeZone, evalReportPath } = services.deps;
  app.get('/numbers', async (c) => {
    const staff = c.get('staff');
    const now = services.now();
    const url = new URL(c.req.url);
    return c.html(
      numbersPage({
        lang: staff.lang,
        staff: { email: staff.email, csrfToken: staff.csrfToken, path: url.pathname },
        stats: await cases.stats(null, now),
        perDay: await services.insights.questionsPerDay(timeZone, 30, now),
        perRoute: await services.insights.questionsPerRoute(new Date(0)),
        evalScores: readEvalScores(evalReportPath),
        timeZone,
      }),
    );
  });
  return app;
}
