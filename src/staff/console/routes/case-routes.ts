/** Inbox, case view, case actions, notes and saved replies. */
import { Hono } from 'hono';
import { z } from 'zod';
import { CaseActionError, type CaseRecord } from '../../../core/cases.ts';
import { clientAddress, formOf, type ConsoleContext, type ConsoleEnv, type ConsoleServices } from '../console-context.ts';
import { newToken } from '../csrf.ts';
import { casePage } from '../pages/case-page.ts';
import { INBOX_FILTERS, inboxPage, type InboxFilter } from '../pages/inbox-page.ts';
import { savedRepliesPage } from '../pages/saved-replies-page.ts';
import { claimCase, reopenCase, replyToCase, resolveCase } from '../staff-actions.ts';
import { cardLink, channelOf, threadLink } from '../thread-links.ts';
import { WORDS } from '../words.ts';

const CaseId = z.string().regex(/^EX-\d{4,}$/i);
const ReplyForm = z.object({ text: z.string().trim().min(1).max(4000), nonce: z.string().min(10).max(100) });
const NoteForm = z.object({ text: z.string().trim().min(1).max(4000) });
const SavedReplyForm = z.object({ title: z.string().trim().min(1).max(120), body: z.string().trim().min(1).max(4000), lang: z.enum(['ja', 'en']) });
const MESSAGES = ['claimed', 'replied', 'resolved', 'noted'] as const;

function staffView(c: ConsoleContext) {
  const staff = c.get('staff');
  const url = new URL(c.req.url);
  return { email: staff.email, csrfToken: staff.csrfToken, path: url.pathname + url.search };
}

export function caseRoutes(services: ConsoleServices): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const { store, timeZone, knowledgeDir } = services.deps;

  app.get('/', async (c) => {
    const lang = c.get('staff').lang;
    const status = c.req.query('status');
    const filter: InboxFilter = (INBOX_FILTERS as readonly string[]).includes(status ?? '') ? (status as InboxFilter) : 'active';
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    let cases = await store.listCases({ status: filter, limit: 500 });
    if (query) {
      const needle = query.normalize('NFKC').toLowerCase();
      cases = cases.filter((r) => r.id.toLowerCase().includes(needle) || r.question.normalize('NFKC').toLowerCase().includes(needle));
    }
    // Newest first: the store lists oldest first for the CLI.
    cases.reverse();
    const rows = await store.sqlClient().query<{ status: string; n: string }>('SELECT status, count(*) AS n FROM cases GROUP BY status');
    const counts = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    return c.html(inboxPage({ lang, staff: staffView(c), filter, query, counts, cases, timeZone, now: services.now() }));
  });

  const renderCase = async (c: ConsoleContext, record: CaseRecord, extra: { message?: string | null; error?: string | null } = {}, status: 200 | 409 = 200) => {
    const lang = c.get('staff').lang;
    const channel = channelOf(record.conversation);
    const card = channel === 'terminal' ? null : await store.findCaseCard(record.id, channel);
    return c.html(
      casePage({
        lang,
        staff: staffView(c),
        record,
        conversation: await store.recent(record.conversation, 40),
        notes: await services.records.notes(record.id),
        savedReplies: await services.records.savedReplies(),
        threadLink: threadLink(record.conversation),
        cardLink: cardLink(card, record.conversation),
        channelName: WORDS[lang].channel[channel] ?? channel,
        timeZone,
        nonce: newToken(16),
        ...extra,
      }),
      status,
    );
  };

  app.get('/cases/:id', async (c) => {
    const id = CaseId.safeParse(c.req.param('id'));
    const record = id.success ? await store.getCase(id.data) : null;
    const w = WORDS[c.get('staff').lang];
    if (!record) return c.html(`<!doctype html><p>${w.case.notFound}</p>`, 404);
    const m = c.req.query('m');
    const message = m && (MESSAGES as readonly string[]).includes(m) ? w.case[m as (typeof MESSAGES)[number]] : null;
    return renderCase(c, record, { message });
  });

  /** Runs one case action, audits it, and redirects back; a refused action shows why. */
  const act = (name: string, work: (c: ConsoleContext, caseId: string, staff: string) => Promise<string>) =>
    app.post(`/cases/:id/${name}`, async (c) => {
      const id = CaseId.safeParse(c.req.param('id'));
      if (!id.success) return c.notFound();
      const caseId = id.data.toUpperCase();
      const staff = c.get('staff').email;
      try {
        const location = await work(c, caseId, staff);
        return c.redirect(location, 303);
      } catch (error) {
        if (!(error instanceof CaseActionError || error instanceof z.ZodError)) throw error;
        await services.records.audit({ actor: staff, action: `${name}_refused`, target: caseId, detail: { code: (error as { code?: string }).code ?? 'INVALID' }, address: clientAddress(c) });
        const record = await store.getCase(caseId);
        if (!record) return c.notFound();
        return renderCase(c, record, { error: WORDS[c.get('staff').lang].refused((error as Error).message) }, 409);
      }
    });

  act('claim', async (c, caseId, staff) => {
    await claimCase(store, caseId, staff);
    await services.records.audit({ actor: staff, action: 'claim', target: caseId, address: clientAddress(c) });
    return `/staff/cases/${caseId}?m=claimed`;
  });

  act('reply', async (c, caseId, staff) => {
    const form = ReplyForm.parse(await formOf(c));
    // A repeated submission of the same rendered form (double click, back + resend) sends nothing more.
    if (services.usedNonces.has(form.nonce)) return `/staff/cases/${caseId}?m=replied`;
    services.usedNonces.add(form.nonce);
    if (services.usedNonces.size > 5000) services.usedNonces.delete(services.usedNonces.values().next().value!);
    await replyToCase(store, caseId, staff, form.text);
    await services.records.audit({ actor: staff, action: 'reply', target: caseId, detail: { characters: form.text.length }, address: clientAddress(c) });
    return `/staff/cases/${caseId}?m=replied`;
  });

  act('resolve', async (c, caseId, staff) => {
    const faq = (await formOf(c)).faq === '1';
    const { draftId } = await resolveCase(store, caseId, staff, faq ? { knowledgeDir, now: services.now() } : null);
    await services.records.audit({ actor: staff, action: faq ? 'resolve_with_faq_draft' : 'resolve', target: caseId, detail: draftId ? { draftId } : null, address: clientAddress(c) });
    return draftId ? `/staff/drafts/${draftId}?m=created` : `/staff/cases/${caseId}?m=resolved`;
  });

  act('reopen', async (c, caseId, staff) => {
    await reopenCase(store, caseId, staff);
    await services.records.audit({ actor: staff, action: 'reopen', target: caseId, address: clientAddress(c) });
    return `/staff/cases/${caseId}`;
  });

  act('notes', async (c, caseId, staff) => {
    const form = NoteForm.parse(await formOf(c));
    if (!(await store.getCase(caseId))) throw new CaseActionError('CASE_NOT_FOUND', `No case ${caseId}.`);
    await services.records.addNote(caseId, staff, form.text);
    await services.records.audit({ actor: staff, action: 'note', target: caseId, address: clientAddress(c) });
    return `/staff/cases/${caseId}?m=noted`;
  });

  app.get('/replies', async (c) => {
    const lang = c.get('staff').lang;
    return c.html(savedRepliesPage(lang, staffView(c), await services.records.savedReplies(), c.req.query('m') === 'added' ? WORDS[lang].savedReplies.added : null));
  });

  app.post('/replies', async (c) => {
    const parsed = SavedReplyForm.safeParse(await formOf(c));
    const staff = c.get('staff');
    if (!parsed.success) return c.html(savedRepliesPage(staff.lang, staffView(c), await services.records.savedReplies(), null, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')), 400);
    const id = await services.records.addSavedReply({ ...parsed.data, createdBy: staff.email });
    await services.records.audit({ actor: staff.email, action: 'saved_reply_add', target: `saved_reply:${id}`, address: clientAddress(c) });
    return c.redirect('/staff/replies?m=added', 303);
  });

  app.post('/replies/:id/delete', async (c) => {
    const id = Number(c.req.param('id'));
    if (Number.isInteger(id) && (await services.records.deleteSavedReply(id)))
      await services.records.audit({ actor: c.get('staff').email, action: 'saved_reply_delete', target: `saved_reply:${id}`, address: clientAddress(c) });
    return c.redirect('/staff/replies', 303);
  });
  return app;
}
