/** Discord conversation references: `discord:GUILD:CHANNEL:THREAD` in a server, `discord:dm:CHANNEL` in a DM. */
export function discordConversation(guildId: string | null, channelId: string, threadId: string | null): string {
  return guildId ? `discord:${guildId}:${channelId}:${threadId ?? channelId}` : `discord:dm:${channelId}`;
}

/** The channel to post in: the thread for server conversations, the DM channel otherwise. */
export function discordTarget(ref: string): string | null {
  const parts = ref.split(':');
  if (parts[0] !== 'discord') return null;
  return parts[1] === 'dm' ? (parts[2] ?? null) : (parts[3] ?? null);
}
