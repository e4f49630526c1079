/**
 * Staff work in Discord: who counts as staff (members with the staff role), claim and resolve
 * buttons on a case card, and a reply in a card's thread relayed to the student. The decisions
 * are the staff desk's (src/staff/staff-desk.ts); this only translates.
 */
import type { ButtonInteraction, Message } from 'discord.js';
import type { CaseStore } from '../../domain/ports.ts';
import { messagesFor } from '../../messages/index.ts';
import { createStaffDesk, STAFF_LANG, type StaffActor } from '../../staff/staff-desk.ts';

export interface DiscordStaffConfig {
  staffChannelId: string | null;
  staffRoleId: string | null;
}

export interface DiscordStaff {
  /** Relays a staff member's message in a case card's thread to the student. */
  relayStaffReply(message: Message, threadId: string): Promise<void>;
  /** A claim or resolve button on a case card; refusals are said privately. */
  act(interaction: ButtonInteraction, caseId: string, action: 'claim' | 'resolve'): Promise<void>;
}

export function createDiscordStaff(config: DiscordStaffConfig, store: CaseStore): DiscordStaff {
  const desk = createStaffDesk(store);
  const staffMessages = messagesFor(STAFF_LANG).staff;

  const isStaff = (member: unknown): boolean => {
    if (!config.staffRoleId || !member || typeof member !== 'object') return false;
    const roles = (member as { roles?: unknown }).roles;
    if (Array.isArray(roles)) return roles.includes(config.staffRoleId);
    return Boolean(
      (roles as { cache?: { has(id: string): boolean } } | undefined)?.cache?.has(
        config.staffRoleId,
      ),
    );
  };

  const actor = (user: string, member: unknown): StaffActor => ({
    id: user,
    isStaff: () => isStaff(member),
  });

  return {
    async relayStaffReply(message, threadId) {
      const card = {
        platform: 'discord' as const,
        channel: config.staffChannelId!,
        messageId: threadId,
      };
      const outcome = await desk.relayReply(
        card,
        actor(message.author.id, message.member),
        message.content,
      );
      if (outcome.done) await message.react('📤').catch(() => undefined);
      else if (outcome.notice)
        await message
          .reply({ content: outcome.notice, allowedMentions: { parse: [] } })
          .catch(() => undefined);
    },
    async act(interaction, caseId, action) {
      const outcome = await desk.act(
        caseId,
        action,
        actor(interaction.user.id, interaction.member),
        staffMessages.notStaffDiscord,
      );
      await interaction.reply({ content: outcome.notice ?? '', ephemeral: true });
    },
  };
}
