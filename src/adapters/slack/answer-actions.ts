/**
 * The buttons under a student's answer in Slack: helpful / not helpful (thanked privately) and
 * "talk to staff" (a handover in the same thread, or privately under an ephemeral /ask answer).
 * "Show all" has its own module (show-all.ts).
 */
import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AssistantService } from '../../assistant/assistant.ts';
import type { Answer } from '../../domain/types.ts';
import { detectLanguage } from '../../text/language.ts';
import { ACTIONS, answerBlocks, answerFallback } from './blocks.ts';
import { parseSlackConversation, slackConversation } from './conversation-ref.ts';

export interface AnswerActionsDeps {
  assistant: AssistantService;
  client: WebClient;
  /** Posts an answer in a channel thread (the channel's own `post`, which logs failures). */
  post(channel: string, threadTs: string | null, answer: Answer): Promise<void>;
}

export function registerAnswerActions(
  app: InstanceType<typeof App>,
  deps: AnswerActionsDeps,
): void {
  const { assistant, client, post } = deps;
  const feedback = (helpful: boolean) =>
    app.action(helpful ? ACTIONS.helpful : ACTIONS.notHelpful, async ({ ack, body, action }) => {
      await ack();
      const answerId = 'value' in action ? String(action.value) : '';
      const channel = body.channel?.id;
      const messageTs =
        'message' in body ? (body.message?.thread_ts ?? body.message?.ts) : undefined;
      const lang = detectLanguage('message' in body ? String(body.message?.text ?? '') : '');
      const result = await assistant.feedback(answerId, helpful, lang);
      if (channel)
        await client.chat
          .postEphemeral({
            channel,
            user: body.user.id,
            ...(messageTs ? { thread_ts: messageTs } : {}),
            text: result.reply,
          })
          .catch(() => undefined);
    });
  feedback(true);
  feedback(false);

  app.action(ACTIONS.talkToStaff, async ({ ack, body, respond }) => {
    await ack();
    const channel = body.channel?.id;
    // An ephemeral answer (/ask) has no message to thread under: its conversation is the
    // student's own.
    if (channel && body.type === 'block_actions' && body.container?.is_ephemeral) {
      const answer = await assistant.requestStaff(
        slackConversation(body.user.id, null),
        'wants_person',
      );
      if (body.response_url)
        await respond({
          response_type: 'ephemeral',
          text: answerFallback(answer),
          blocks: answerBlocks(answer) as never,
        });
      return;
    }
    if (!channel || !('message' in body)) return;
    const threadTs = body.message?.thread_ts ?? null;
    const conversation = channel.startsWith('D')
      ? slackConversation(channel, null)
      : slackConversation(channel, threadTs ?? body.message?.ts ?? null);
    const answer = await assistant.requestStaff(conversation, 'wants_person');
    await post(channel, parseSlackConversation(conversation)?.threadTs ?? null, answer);
  });
}
