/** `desk discord register`: publishes the slash commands (guild-scoped with DISCORD_GUILD_ID, faster to appear). */
import { REST, Routes } from 'discord.js';
import type { CommandOutput } from '../cli/output.ts';
import { loadCommands } from './commands/index.ts';

export interface DiscordRegistration {
  token: string;
  applicationId: string;
  guildId: string | null;
  apiUrl: string | null;
}

export async function registerCommands(
  config: { discord: DiscordRegistration | null },
  output: CommandOutput,
): Promise<number> {
  if (!config.discord) {
    output.err('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID first (see .env.example).');
    return 1;
  }
  const { token, applicationId, guildId, apiUrl } = config.discord;
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const body = [...loadCommands().values()].map((command) => command.data.toJSON());
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  await rest.put(route, { body });
  const where = guildId ? `in guild ${guildId}` : 'globally (may take up to an hour to appear)';
  const names = body.map((c) => `/${(c as { name: string }).name}`).join(', ');
  output.out(`registered ${body.length} command(s) ${where}: ${names}`);
  return 0;
}
