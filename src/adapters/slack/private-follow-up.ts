/**
 * Personal handovers asked in a public channel continue in a DM with the student: the bot
 * opens it (conversations.open) and posts the handover there, where the case lives.
 */
import type { WebClient } from '@slack/web-api';
import { slackConversation } from './conversation-ref.ts';

/** The student's DM with the app, as a conversation reference; null when Slack refuses. */
export async function openDm(client: WebClient, user: string): Promise<string | null> {
  const opened = await client.conversations.open({ users: user });
  const id = (opened.channel as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? slackConversation(id, null) : null;
}
