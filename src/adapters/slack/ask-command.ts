/**
 * `/ask` in Slack. Acknowledged at once (Slack allows 3 seconds; retrieval may take longer),
 * then answered through the same assistant as mentions. As Slack commands usually do, the
 * answer is ephemeral — only the student sees it — unless the question starts with `public`
 * (or `公開`): then the question is posted in the channel and answered in its thread, where
 * follow-ups need no mention. An ephemeral question's conversation is the student's own
 * (`slack:U…`), so a staff reply to a case it opened reaches their DM with the app, not the channel.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { AssistantService } from '../../assistant/assistant.ts';
import type { Logger } from '../../domain/ports.ts';
import type { Answer } from '../../domain/types.ts';
import { detectLanguage } from '../../text/language.ts';
import { answerBlocks, answerFallback } from './blocks.ts';
import { slackConversation } from './conversation-ref.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import { messagesFor } from '../../messages/index.ts';

export const ASK_COMMAND = '/ask';
const PUBLIC_FLAG = /^(public|share|公開)(\s+|$)/i;

const Command = z.object({
  channel_id: z.string().min(1),
  user_id: z.string().min(1),
  text: z.string().default(''),
  trigger_id: z.string().min(1),
});

export interface AskCommandDeps {
  assistant: AssistantService;
  /** The inbox's de-duplication: true the first time an event id is seen. */
  firstTime(eventId: string): Promise<boolean>;
  logger: Logger;
  /** Posts an answer in a channel thread (the channel's own `post`, which logs failures). */
  post(
    channel: string,
    threadTs: string | null,
    answer: Awaited<ReturnType<AssistantService['ask']>>,
  ): Promise<void>;
  /** Counts an answer in flight, so a graceful stop waits for it. */
  track<T>(work: Promise<T>): Promise<T>;
  /** Keeps a shortened private answer for its Show all button. */
  remember(answer: Answer): void;
}

/** Splits the command text into the question and whether the student wants it shared. */
export function parseAsk(text: string): { question: string; shared: boolean } {
  const trimmed = text.trim();
  const flag = PUBLIC_FLAG.exec(trimmed);
  return flag
    ? { question: trimmed.slice(flag[0].length).trim(), shared: true }
    : { question: trimmed, shared: false };
}

export function registerAskCommand(app: App, deps: AskCommandDeps): void {
  const { assistant, logger } = deps;
  app.command(ASK_COMMAND, async ({ ack, command, respond, client }) => {
    await ack();
    const parsed = Command.safeParse(command);
    if (!parsed.success)
      return logger.warn(
        { issues: parsed.error.issues.length },
        'Slack /ask payload did not parse; ignored',
      );
    const { channel_id: channel, user_id: user, text, trigger_id: trigger } = parsed.data;
    // Socket Mode may deliver an envelope twice; a trigger id is unique per invocation.
    if (!(await deps.firstTime(`slack:command:${trigger}`))) return;
    const { question, shared } = parseAsk(text);
    const lang = detectLanguage(question);
    const words = messagesFor(lang).slackAsk;
    if (!question)
      return void (await respond({
        response_type: 'ephemeral',
        text: `${messagesFor('en').slackAsk.usage}\n${messagesFor('ja').slackAsk.usage}`,
      }));
    await deps.track(
      (async () => {
        if (shared) {
          const posted = await client.chat
            .postMessage({
              channel,
              text: words.askedPublicly(`<@${user}>`, escapeMrkdwn(question)),
              unfurl_links: false,
            })
            .catch((error: { data?: { error?: string } }) => {
              if (
                error.data?.error !== 'not_in_channel' &&
                error.data?.error !== 'channel_not_found'
              )
                throw error;
              return null;
            });
          if (posted?.ts) {
            const threadTs = String(posted.ts);
            const answer = await assistant.ask({
              text: question,
              conversation: slackConversation(channel, threadTs),
              isPublic: true,
            });
            return deps.post(channel, threadTs, answer);
          }
        }
        const answer = await assistant.ask({
          text: question,
          conversation: slackConversation(user, null),
          isPublic: false,
        });
        deps.remember(answer);
        const blocks = answerBlocks(answer);
        // The note goes first when it fits Slack's 50 blocks; the answer's own blocks already fit.
        const note =
          shared && blocks.length < 50
            ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: words.notInChannel }] }]
            : [];
        await respond({
          response_type: 'ephemeral',
          text: (shared ? `${words.notInChannel}\n\n` : '') + answerFallback(answer),
          blocks: [...note, ...blocks] as never,
        });
      })(),
    );
  });
}
