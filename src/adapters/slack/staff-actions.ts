/**
 * Staff work in Slack: who counts as staff (members of the staff channel, cached a minute),
 * claim and resolve on a case card, and a reply in a card's thread relayed to the student.
 * The decisions are the staff desk's (src/staff/staff-desk.ts); this only translates.
 */
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Inbox } from '../../assistant/inbox.ts';
import type { CaseStore } from '../../domain/ports.ts';
import { messagesFor } from '../../messages/index.ts';
import { createStaffDesk, STAFF_LANG, type StaffActor } from '../../staff/staff-desk.ts';
import { ACTIONS } from './blocks.ts';

const STAFF_CACHE_MS = 60_000;

export interface SlackStaffDeps {
  client: WebClient;
  store: CaseStore;
  inbox: Pick<Inbox, 'firstTime'>;
  staffChannel: string | null;
}

export interface SlackStaff {
  /** Relays a staff member's reply in a case card's thread to the student, once. */
  relayStaffReply(
    channel: string,
    threadTs: string,
    user: string,
    text: string,
    ts: string,
  ): Promise<void>;
  /** Claim and resolve on the case cards. */
  registerActions(app: InstanceType<typeof App>): void;
}

export function createSlackStaff(deps: SlackStaffDeps): SlackStaff {
  const { client, staffChannel } = deps;
  const desk = createStaffDesk(deps.store);
  const staffMessages = messagesFor(STAFF_LANG).staff;
  let staff: { members: Set<string>; at: number } | null = null;

  const isStaff = async (user: string): Promise<boolean> => {
    if (!staffChannel) return false;
    if (!staff || Date.now() - staff.at > STAFF_CACHE_MS) {
      const result = await client.conversations.members({ channel: staffChannel, limit: 1000 });
      staff = { members: new Set((result.members as string[] | undefined) ?? []), at: Date.now() };
    }
    return staff.members.has(user);
  };

  const actor = (user: string): StaffActor => ({ id: user, isStaff: () => isStaff(user) });

  const relayStaffReply: SlackStaff['relayStaffReply'] = async (
    channel,
    threadTs,
    user,
    text,
    ts,
  ) => {
    if (!(await deps.inbox.firstTime(`slack:${channel}:${ts}`))) return;
    const outcome = await desk.relayReply(
      { platform: 'slack', channel, messageId: threadTs },
      actor(user),
      text,
    );
    if (outcome.done)
      await client.reactions
        .add({ channel, timestamp: ts, name: 'outbox_tray' })
        .catch(() => undefined);
    else if (outcome.notice)
      await client.chat
        .postEphemeral({ channel, user, thread_ts: threadTs, text: outcome.notice })
        .catch(() => undefined);
  };

  const registerActions = (app: InstanceType<typeof App>) => {
    const staffAction = (actionId: string, staffAction: 'claim' | 'resolve') =>
      app.action(actionId, async ({ ack, body, action }) => {
        await ack();
        const caseId = 'value' in action ? String(action.value) : '';
        const channel = body.channel?.id ?? staffChannel ?? '';
        const user = body.user.id;
        const outcome = await desk.act(
          caseId,
          staffAction,
          actor(user),
          staffMessages.notStaffSlack,
        );
        // The card itself shows a success (it is updated in place); only refusals are said.
        if (!outcome.done && outcome.notice)
          await client.chat
            .postEphemeral({ channel, user, text: outcome.notice })
            .catch(() => undefined);
      });
    staffAction(ACTIONS.claim, 'claim');
    staffAction(ACTIONS.resolve, 'resolve');
  };

  return { relayStaffReply, registerActions };
}
