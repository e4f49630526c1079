/**
 * Console actions on a case, through the same store calls and rules as the Slack and Discord
 * handlers (`CaseStore.act`: checkTransition, one transaction, the outbox `student_reply` job
 * the delivery worker relays). A reply to a new case claims it first, as a reply in the
 * staff card's thread does.
 */
import { writeDraftFromCase, draftIdFor } from '../../knowledge/drafts.ts';
import { CaseActionError, type CaseRecord } from '../../core/cases.ts';
import type { CaseStore } from '../../core/ports.ts';

export async function claimCase(store: CaseStore, caseId: string, staff: string): Promise<CaseRecord> {
  return store.act(caseId, 'claim', staff);
}

export async function replyToCase(store: CaseStore, caseId: string, staff: string, text: string): Promise<CaseRecord> {
  const record = await store.getCase(caseId);
  if (record?.status === 'open') await store.act(caseId, 'claim', staff);
  return store.act(caseId, 'reply', staff, text);
}

/** Resolves; with `faq`, also writes the FAQ draft from the staff answer and returns its id. */
export async function resolveCase(store: CaseStore, caseId: string, staff: string, faq: { knowledgeDir: string; now: Date } | null): Promise<{ record: CaseRecord; draftId: string | null }> {
  if (faq) {
    // Checked before resolving, so a refused draft leaves the case as it was.
    const current = await store.getCase(caseId);
    if (current && !current.events.some((e) => e.kind === 'reply' && e.text))
      throw new CaseActionError('EMPTY_REPLY', `${current.id} has no staff reply to turn into an FAQ answer; reply first, or resolve without a draft.`);
  }
  const record = await store.act(caseId, 'resolve', staff);
  if (!faq) return { record, draftId: null };
  writeDraftFromCase(faq.knowledgeDir, record, faq.now);
  return { record, draftId: draftIdFor(record.id) };
}

export async function reopenCase(store: CaseStore, caseId: string, staff: string): Promise<CaseRecord> {
  return store.act(caseId, 'reopen', staff);
}
