/**
 * Slack's "Show all": the full answer behind a shortened first message, posted in the thread
 * under it once (a second press, a retry or another process's press posts nothing), as several
 * messages when Block Kit's 50 blocks would not hold it. A private /ask answer gets it privately.
 */
import type { App } from '@slack/bolt';
import type { RecentReplies } from '../../assistant/recent-replies.ts';
import type { Logger } from '../../domain/ports.ts';
import { messagesFor } from '../../messages/index.ts';
import { detectLanguage } from '../../text/language.ts';
import { ACTIONS, fullAnswerMessages } from './blocks.ts';

export interface ShowAllDeps {
  replies: RecentReplies;
  /** True the first time an event id is seen (the durable event log). */
  firstTime(eventId: string): Promise<boolean>;
  logger: Logger;
}

export function registerShowAll(app: InstanceType<typeof App>, deps: ShowAllDeps): void {
  app.action(ACTIONS.showAll, async ({ ack, body, action, respond, client }) => {
    await ack();
    if (body.type !== 'block_actions') return;
    const answerId = 'value' in action ? String(action.value) : '';
    if (!answerId || !(await deps.firstTime(`slack:show_all:${answerId}`))) return;
    const channel = body.channel?.id;
    const ephemeral = body.container?.is_ephemeral === true;
    const answer = deps.replies.find(answerId);
    if (!answer) {
      const lang = detectLanguage(String(body.message?.text ?? ''));
      const text = messagesFor(lang).reply.fullAnswerGone;
      if (ephemeral) await respond({ response_type: 'ephemeral', replace_original: false, text });
      else if (channel)
        await client.chat
          .postEphemeral({ channel, user: body.user.id, text })
          .catch(() => undefined);
      return;
    }
    try {
      for (const message of fullAnswerMessages(answer)) {
        if (ephemeral) {
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: message.text,
            blocks: message.blocks as never,
          });
        } else if (channel) {
          const threadTs = body.message?.thread_ts ?? body.message?.ts;
          await client.chat.postMessage({
            channel,
            ...(threadTs ? { thread_ts: threadTs } : {}),
            text: message.text,
            blocks: message.blocks as never,
            unfurl_links: false,
          });
        }
      }
    } catch (error) {
      deps.logger.error({ error, answerId }, 'could not post the full answer to Slack');
    }
  });
}
