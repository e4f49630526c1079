/**
 * The staff desk, shared by every chat channel: staff buttons (claim, resolve) and staff
 * replies in a case card's thread (claim-then-reply). A channel says who is staff and where
 * the card is; the desk checks, acts, and says what to tell the staff member.
 */
import type { StaffAction } from '../domain/cases.ts';
import { isCaseError } from '../domain/errors.ts';
import type { CaseRepository } from '../domain/ports.ts';
import type { Lang } from '../domain/types.ts';
import { messagesFor } from '../messages/index.ts';

/** Staff read the desk's replies in this language (the office works in it). */
export const STAFF_LANG: Lang = 'en';

export interface StaffActor {
  id: string;
  /** Platform-specific: a member of the staff channel (Slack), holds the staff role (Discord). */
  isStaff(): Promise<boolean> | boolean;
}

/** What the channel should tell the staff member, if anything (ephemeral where it can). */
export type DeskOutcome = { done: true; notice: string | null } | { done: false; notice: string | null };

export interface StaffDesk {
  /** A card button. `notStaff` is the channel's sentence for someone without the staff check. */
  act(caseId: string, action: Extract<StaffAction, 'claim' | 'resolve'>, actor: StaffActor, notStaff: string): Promise<DeskOutcome>;
  /**
   * A message in a case card's thread. Not a case card, empty, or not staff: ignored (null
   * notice). Otherwise the case is claimed if open, then the reply is queued for the student.
   */
  relayReply(card: { platform: 'slack' | 'discord'; channel: string; messageId: string }, actor: StaffActor, text: string): Promise<DeskOutcome>;
}

export function createStaffDesk(cases: CaseRepository, lang: Lang = STAFF_LANG): StaffDesk {
  const m = messagesFor(lang).staff;
  const refused = (error: unknown) => {
    if (isCaseError(error)) return m.nothingChanged(error.message);
    return m.nothingChanged(m.replyNotRecorded);
  };
  return {
    async act(caseId, action, actor, notStaff) {
      if (!(await actor.isStaff())) return { done: false, notice: notStaff };
      try {
        const record = await cases.act(caseId, action, actor.id);
        return { done: true, notice: m.done(record.id, action) };
      } catch (error) {
        if (!isCaseError(error)) throw error;
        return { done: false, notice: refused(error) };
      }
    },
    async relayReply(card, actor, text) {
      const caseId = await cases.findCaseByCard(card.platform, card.channel, card.messageId);
      if (!caseId || !text.trim()) return { done: false, notice: null };
      if (!(await actor.isStaff())) return { done: false, notice: null };
      try {
        const record = await cases.getCase(caseId);
        if (record?.status === 'open') await cases.act(caseId, 'claim', actor.id);
        await cases.act(caseId, 'reply', actor.id, text);
        return { done: true, notice: null };
      } catch (error) {
        return { done: false, notice: refused(error) };
      }
    },
  };
}
