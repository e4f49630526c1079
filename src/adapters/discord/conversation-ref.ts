/** Discord conversation references: `discord:GUILD:CHANNEL:THREAD` in a server, `discord:dm:CHANNEL` in a DM. */
export function discordConversation(
  guildId: string | null,
  channelId: string,
  threadId: string | null,
): string {
  return guildId
    ? `discord:${guildId}:${channelId}:${threadId ?? channelId}`
    : `discord:dm:${channelId}`;
}

/** The channel to post in: the thread for server conversations, the DM channel otherwise. */
export function discordTarget(ref: string): string | null {
  const parts = ref.split(':');
  if (parts[0] !== 'discord') return null;
  return parts[1] === 'dm' ? (parts[2] ?? null) : (parts[3] ?? null);
}

/**
 * A link staff can open: the question the thread hangs from
 * (https://discord.com/channels/GUILD/CHANNEL/MESSAGE; a thread shares its starter message's
 * id), the channel itself when there is no thread, or the DM.
 */
export function discordJumpUrl(ref: string): string | null {
  const parts = ref.split(':');
  if (parts[0] !== 'discord') return null;
  const base = 'https://discord.com/channels';
  if (parts[1] === 'dm') return parts[2] ? `${base}/@me/${parts[2]}` : null;
  const [, guild, channel, thread] = parts;
  if (!guild || !channel) return null;
  return thread && thread !== channel
    ? `${base}/${guild}/${channel}/${thread}`
    : `${base}/${guild}/${channel}`;
}
