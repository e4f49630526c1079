/** Inbox, case view, case actions, notes and saved replies. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { CaseRecord } from '../../../domain/cases.ts';
import { DeskError, isCaseError } from '../../../domain/errors.ts';
import { draftIdFor, writeDraftFromCase } from '../../../knowledge/drafts.ts';
import type { StaffActor } from '../../staff-desk.ts';
import {
  clientAddress,
  formOf,
  type ConsoleContext,
  type ConsoleEnv,
  type ConsoleServices,
} from '../console-context.ts';
import { newToken } from '../csrf.ts';
import { casePage } from '../pages/case-page.ts';
import { INBOX_FILTERS, inboxPage, type InboxFilter } from '../pages/inbox-page.ts';
import { savedRepliesPage } from '../pages/saved-replies-page.ts';
import { cardLink, channelOf, threadLink } from '../thread-links.ts';
import { WORDS } from '../../../messages/staff-console.ts';

const CaseId = z.string().regex(/^EX-\d{4,}$/i);
const ReplyForm = z.object({
  text: z.string().trim().min(1).max(4000),
  nonce: z.string().min(10).max(100),
});
const NoteForm = z.object({ text: z.string().trim().min(1).max(4000) });
const SavedReplyForm = z.object({
  title: z.string().trim().min(1).max(120),
  body: z.string().trim().min(1).max(4000),
  lang: z.enum(['ja', 'en']),
});
const MESSAGES = ['claimed', 'replied', 'resolved', 'noted'] as const;

/** A refusal from the staff desk, shown on the case page ("Nothing was changed" included). */
class DeskRefusal extends Error {}

/** Signed in to the console is the staff check (accounts come only from `desk staff add`). */
const consoleActor = (email: string): StaffActor => ({ id: email, isStaff: () => true });

function staffView(c: ConsoleContext) {
  const staff = c.get('staff');
  const url = new URL(c.req.url);
  return { email: staff.email, csrfToken: staff.csrfToken, path: url.pathname + url.search };
}

export function caseRoutes(services: ConsoleServices): Hono<ConsoleEnv> {
  const app = new Hono<ConsoleEnv>();
  const { cases: store, timeZone, knowledgeDir } = services.deps;

  app.get('/', async (c) => {
    const lang = c.get('staff').lang;
    const status = c.req.query('status');
    const filter: InboxFilter = (INBOX_FILTERS as readonly string[]).includes(status ?? '')
      ? (status as InboxFilter)
      : 'active';
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    let cases = await store.listCases({ status: filter, limit: 500 });
    if (query) {
      const needle = query.normalize('NFKC').toLowerCase();
      cases = cases.filter(
        (r) =>
          r.id.toLowerCase().includes(needle) ||
          r.question.normalize('NFKC').toLowerCase().includes(needle),
      );
    }
    // Newest first: the store lists oldest first for the CLI.
    cases.reverse();
    const counts = await services.insights.caseCounts();
    return c.html(
      inboxPage({
        lang,
        staff: staffView(c),
        filter,
        query,
        counts,
        cases,
        timeZone,
        now: services.now(),
      }),
    );
  });

  const renderCase = async (
    c: ConsoleContext,
    record: CaseRecord,
    extra: { message?: string | null; error?: string | null } = {},
    status: 200 | 409 = 200,
  ) => {
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
    const message =
      m && (MESSAGES as readonly string[]).includes(m)
        ? w.case[m as (typeof MESSAGES)[number]]
        : null;
    return renderCase(c, record, { message });
  });

  /** Runs one case action, audits it, and redirects back; a refused action shows why. */
  const act = (
    name: string,
    work: (c: ConsoleContext, caseId: string, staff: string) => Promise<string>,
  ) =>
    app.post(`/cases/:id/${name}`, async (c) => {
      const id = CaseId.safeParse(c.req.param('id'));
      if (!id.success) return c.notFound();
      const caseId = id.data.toUpperCase();
      const staff = c.get('staff').email;
      try {
        const location = await work(c, caseId, staff);
        return c.redirect(location, 303);
      } catch (error) {
        if (!(isCaseError(error) || error instanceof DeskRefusal || error instanceof z.ZodError))
          throw error;
        await services.records.audit({
          actor: staff,
          action: `${name}_refused`,
          target: caseId,
          detail: { code: (error as { code?: string }).code ?? 'INVALID' },
          address: clientAddress(c),
        });
        const record = await store.getCase(caseId);
        if (!record) return c.notFound();
        const message =
          error instanceof DeskRefusal
            ? error.message
            : WORDS[c.get('staff').lang].refused(
                error instanceof z.ZodError
                  ? error.issues.map((i) => i.message).join('; ')
                  : error.message,
              );
        return renderCase(c, record, { error: message }, 409);
      }
    });

  /** Runs a desk action in the staff member's language; a refusal becomes a DeskRefusal. */
  const desk = async (
    c: ConsoleContext,
    work: (
      actor: StaffActor,
      lang: 'ja' | 'en',
    ) => Promise<{ done: boolean; notice: string | null }>,
  ) => {
    const staff = c.get('staff');
    const outcome = await work(consoleActor(staff.email), staff.lang);
    if (!outcome.done) throw new DeskRefusal(outcome.notice ?? WORDS[staff.lang].refused(''));
  };

  act('claim', async (c, caseId, staff) => {
    await desk(c, (actor, lang) => services.desk[lang].act(caseId, 'claim', actor, ''));
    await services.records.audit({
      actor: staff,
      action: 'claim',
      target: caseId,
      address: clientAddress(c),
    });
    return `/staff/cases/${caseId}?m=claimed`;
  });

  act('reply', async (c, caseId, staff) => {
    const form = ReplyForm.parse(await formOf(c));
    // A repeated submission of the same rendered form (double click, back + resend) sends nothing more.
    if (services.usedNonces.has(form.nonce)) return `/staff/cases/${caseId}?m=replied`;
    services.usedNonces.add(form.nonce);
    if (services.usedNonces.size > 5000)
      services.usedNonces.delete(services.usedNonces.values().next().value!);
    // The same claim-then-reply as a reply in the staff card's thread in Slack or Discord.
    await desk(c, (actor, lang) => services.desk[lang].reply(caseId, actor, form.text));
    await services.records.audit({
      actor: staff,
      action: 'reply',
      target: caseId,
      detail: { characters: form.text.length },
      address: clientAddress(c),
    });
    return `/staff/cases/${caseId}?m=replied`;
  });

  act('resolve', async (c, caseId, staff) => {
    const faq = (await formOf(c)).faq === '1';
    if (faq) {
      // Checked before resolving, so a refused draft leaves the case as it was.
      const current = await store.getCase(caseId);
      if (current && !current.events.some((e) => e.kind === 'reply' && e.text))
        throw new DeskError(
          'EMPTY_REPLY',
          `${current.id} has no staff reply to turn into an FAQ answer; reply first, or resolve without a draft.`,
        );
    }
    await desk(c, (actor, lang) => services.desk[lang].act(caseId, 'resolve', actor, ''));
    const record = faq ? await store.getCase(caseId) : null;
    if (record) writeDraftFromCase(knowledgeDir, record, services.now());
    const draftId = record ? draftIdFor(record.id) : null;
    await services.records.audit({
      actor: staff,
      action: faq ? 'resolve_with_faq_draft' : 'resolve',
      target: caseId,
      detail: draftId ? { draftId } : null,
      address: clientAddress(c),
    });
    return draftId ? `/staff/drafts/${draftId}?m=created` : `/staff/cases/${caseId}?m=resolved`;
  });

  act('notes', async (c, caseId, staff) => {
    const form = NoteForm.parse(await formOf(c));
    if (!(await store.getCase(caseId))) throw new DeskError('CASE_NOT_FOUND', `No case ${caseId}.`);
    await services.records.addNote(caseId, staff, form.text);
    await services.records.audit({
      actor: staff,
      action: 'note',
      target: caseId,
      address: clientAddress(c),
    });
    return `/staff/cases/${caseId}?m=noted`;
  });

  app.get('/replies', async (c) => {
    const lang = c.get('staff').lang;
    return c.html(
      savedRepliesPage(
        lang,
        staffView(c),
        await services.records.savedReplies(),
        c.req.query('m') === 'added' ? WORDS[lang].savedReplies.added : null,
      ),
    );
  });

  app.post('/replies', async (c) => {
    const parsed = SavedReplyForm.safeParse(await formOf(c));
    const staff = c.get('staff');
    if (!parsed.success)
      return c.html(
        savedRepliesPage(
          staff.lang,
          staffView(c),
          await services.records.savedReplies(),
          null,
          parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
        ),
        400,
      );
    const id = await services.records.addSavedReply({ ...parsed.data, createdBy: staff.email });
    await services.records.audit({
      actor: staff.email,
      action: 'saved_reply_add',
      target: `saved_reply:${id}`,
      address: clientAddress(c),
    });
    return c.redirect('/staff/replies?m=added', 303);
  });

  app.post('/replies/:id/delete', async (c) => {
    const id = Number(c.req.param('id'));
    if (Number.isInteger(id) && (await services.records.deleteSavedReply(id)))
      await services.records.audit({
        actor: c.get('staff').email,
        action: 'saved_reply_delete',
        target: `saved_reply:${id}`,
        address: clientAddress(c),
      });
    return c.redirect('/staff/replies', 303);
  });
  return app;
}
