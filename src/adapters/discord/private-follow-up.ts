/**
 * Personal handovers asked in a public channel continue in a DM with the student: the bot
 * opens it (POST /users/@me/channels) and posts the handover there, where the case lives.
 */
import { Routes, type REST } from 'discord.js';
import { discordConversation } from './conversation-ref.ts';

/** The student's DM channel with the bot, as a conversation reference; null when refused. */
export async function openDm(rest: REST, userId: string): Promise<string | null> {
  const dm = (await rest.post(Routes.userChannels(), {
    body: { recipient_id: userId },
  })) as { id?: unknown };
  return typeof dm.id === 'string' ? discordConversation(null, dm.id, null) : null;
}
