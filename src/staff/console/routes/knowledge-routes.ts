/** FAQ drafts (review, edit both languages, promote) and the unanswered questions. */
import { Hono } from 'hono';
import { z } from 'zod';
import { listDrafts, promoteDraft, PromotionError } from '../../../knowledge/drafts.ts';
import {
  clientAddress,
  formOf,
  type ConsoleContext,
  type ConsoleEnv,
  type ConsoleServices,
} from '../console-context.ts';
import { DraftId, readDraft, saveDraft, startDraftFromQuestion } from '../draft-files.ts';
import { groupGaps } from '../insights.ts';
import { draftPage, draftsPage, gapsPage } from '../pages/knowledge-pages.ts';
import { WORDS } from '../../../messages/staff-console.ts';

const EditForm = z.object({
  questionJa: z.string().max(2000),
  answerJa: z.string().max(8000),
  questionEn: z.string().max(2000),
  answerEn: z.string().max(8000),
  keywords: z.string().max(1000),
});
const GapForm = z.object({
  question: z.string().trim().min(1).max(2000),
  lang: z.enum(['ja', 'en']),
  caseId: z
    .string()
    .regex(/^EX-\d{4,}$/)
    .optional()
    .or(z.literal('')),
  count: z.coerce.number().int().min(1).optional(),
});

function staffView(c: ConsoleContext) {
  const staff = c.get('staff');
  const url = new URL(c.req.url);
  return { email: staff.email, csrfToken: staff.csrfToken, path: url.pathname + url.search };
}

export function knowledgeRoutes(services: ConsoleServices): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const { knowledgeDir } = services.deps;

  app.get('/drafts', (c) => {
    const promoted = DraftId.safeParse(c.req.query('promoted'));
    const lang = c.get('staff').lang;
    return c.html(
      draftsPage(
        lang,
        staffView(c),
        listDrafts(knowledgeDir),
        promoted.success ? WORDS[lang].drafts.promoted(promoted.data) : null,
      ),
    );
  });

  app.get('/drafts/:id', (c) => {
    const id = DraftId.safeParse(c.req.param('id'));
    if (!id.success) return c.notFound();
    const { draft, problems } = readDraft(knowledgeDir, id.data);
    const lang = c.get('staff').lang;
    const m = c.req.query('m');
    const message =
      m === 'saved'
        ? WORDS[lang].drafts.saved
        : m === 'created'
          ? WORDS[lang].case.draftWritten(id.data)
          : null;
    return c.html(
      draftPage({ lang, staff: staffView(c), id: id.data, draft, problems, message }),
      draft ? 200 : 404,
    );
  });

  app.post('/drafts/:id', async (c) => {
    const id = DraftId.safeParse(c.req.param('id'));
    const form = EditForm.safeParse(await formOf(c));
    if (!id.success) return c.notFound();
    const lang = c.get('staff').lang;
    const problems = form.success
      ? saveDraft(knowledgeDir, id.data, form.data)
      : form.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    if (problems.length > 0) {
      const { draft } = readDraft(knowledgeDir, id.data);
      return c.html(
        draftPage({
          lang,
          staff: staffView(c),
          id: id.data,
          draft,
          problems,
          error: WORDS[lang].drafts.invalid,
        }),
        400,
      );
    }
    await services.records.audit({
      actor: c.get('staff').email,
      action: 'draft_save',
      target: `draft:${id.data}`,
      address: clientAddress(c),
    });
    return c.redirect(`/staff/drafts/${id.data}?m=saved`, 303);
  });

  app.post('/drafts/:id/promote', async (c) => {
    const id = DraftId.safeParse(c.req.param('id'));
    if (!id.success) return c.notFound();
    const staff = c.get('staff');
    try {
      // The same function as `desk knowledge promote`: the whole knowledge is checked, and
      // faq.yaml is restored when the check fails.
      promoteDraft(knowledgeDir, id.data);
    } catch (error) {
      if (!(error instanceof PromotionError)) throw error;
      await services.records.audit({
        actor: staff.email,
        action: 'draft_promote_refused',
        target: `draft:${id.data}`,
        detail: { reason: error.message },
        address: clientAddress(c),
      });
      const { draft } = readDraft(knowledgeDir, id.data);
      const problems = [
        error.message,
        ...error.problems.map((p) => `${p.file}${p.record ? ` [${p.record}]` : ''}: ${p.message}`),
      ];
      return c.html(
        draftPage({
          lang: staff.lang,
          staff: staffView(c),
          id: id.data,
          draft,
          problems,
          error: WORDS[staff.lang].drafts.refused,
        }),
        409,
      );
    }
    await services.records.audit({
      actor: staff.email,
      action: 'draft_promote',
      target: `draft:${id.data}`,
      address: clientAddress(c),
    });
    return c.redirect(`/staff/drafts?promoted=${id.data}`, 303);
  });

  app.get('/gaps', async (c) => {
    const lang = c.get('staff').lang;
    return c.html(
      gapsPage(
        lang,
        staffView(c),
        groupGaps(await services.insights.gapRows(200)),
        services.deps.timeZone,
      ),
    );
  });

  app.post('/gaps/draft', async (c) => {
    const form = GapForm.safeParse(await formOf(c));
    if (!form.success) return c.redirect('/staff/gaps', 303);
    const { question, lang, caseId, count } = form.data;
    const id = startDraftFromQuestion(
      knowledgeDir,
      question,
      lang,
      {
        caseId: caseId || null,
        part: `staff answer to a question the assistant could not answer (asked ${count ?? 1} time(s))`,
      },
      services.now(),
    );
    await services.records.audit({
      actor: c.get('staff').email,
      action: 'draft_start',
      target: `draft:${id}`,
      address: clientAddress(c),
    });
    return c.redirect(`/staff/drafts/${id}?m=created`, 303);
  });
  return app;
}
