/**
 * Links from a case to where it lives: the student's thread and the staff card, in Slack or
 * Discord, built from the conversation reference and the recorded card (no API call).
 */
import type { CaseCard } from '../../domain/ports.ts';

export function channelOf(conversation: string): 'slack' | 'discord' | 'terminal' {
  return conversation.startsWith('slack:')
    ? 'slack'
    : conversation.startsWith('discord:')
      ? 'discord'
      : 'terminal';
}

const slackMessage = (channel: string, ts: string) =>
  `https://slack.com/archives/${encodeURIComponent(channel)}/p${ts.replace('.', '')}`;

/** The student's thread, or null for terminal conversations. */
export function threadLink(conversation: string): string | null {
  const slack = /^slack:([A-Z0-9]+)(?::([\d.]+))?$/i.exec(conversation);
  if (slack)
    return slack[2]
      ? slackMessage(slack[1]!, slack[2])
      : `https://slack.com/app_redirect?channel=${encodeURIComponent(slack[1]!)}`;
  const parts = conversation.split(':');
  if (parts[0] !== 'discord') return null;
  if (parts[1] === 'dm' && parts[2]) return `https://discord.com/channels/@me/${parts[2]}`;
  return parts[1] && parts[3] ? `https://discord.com/channels/${parts[1]}/${parts[3]}` : null;
}

/** The case card in the staff channel. Discord needs the server id, taken from the conversation. */
export function cardLink(card: CaseCard | null, conversation: string): string | null {
  if (!card) return null;
  if (card.platform === 'slack') return slackMessage(card.channel, card.messageId);
  const guild = conversation.split(':')[1];
  return guild && guild !== 'dm'
    ? `https://discord.com/channels/${guild}/${card.channel}/${card.messageId}`
    : null;
}
