/** `desk doctor`'s Discord check: who the token belongs to, and whether the staff channel is visible. */
import { REST, Routes } from 'discord.js';

export async function checkDiscord(settings: { token: string; apiUrl: string | null; staffChannelId: string | null; staffRoleId: string | null }): Promise<string> {
  const rest = new REST({ ...(settings.apiUrl ? { api: settings.apiUrl } : {}), retries: 0 }).setToken(settings.token);
  const me = (await rest.get(Routes.user('@me'))) as { id: string; username?: string };
  const notes: string[] = [];
  if (!settings.staffChannelId) notes.push('DISCORD_STAFF_CHANNEL_ID is not set, so case cards go to the staff inbox file');
  else await rest.get(Routes.channel(settings.staffChannelId));
  if (!settings.staffRoleId) notes.push('DISCORD_STAFF_ROLE_ID is not set, so nobody can claim or resolve cases in Discord');
  return `ok (bot ${me.username ?? me.id})${notes.length > 0 ? `; ${notes.join('; ')}` : ''}`;
}
