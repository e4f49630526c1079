/** Slack conversation references: `slack:C123:1712.55` (a thread) or `slack:D123` (a DM). */
export function slackConversation(channel: string, threadTs: string | null): string {
  return threadTs ? `slack:${channel}:${threadTs}` : `slack:${channel}`;
}

export function parseSlackConversation(ref: string): { channel: string; threadTs: string | null } | null {
  const match = /^slack:([A-Z0-9]+)(?::([\d.]+))?$/i.exec(ref);
  return match ? { channel: match[1]!, threadTs: match[2] ?? null } : null;
}
