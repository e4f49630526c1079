/**
 * The Slack channel on @slack/bolt: students ask by mention, DM, or in a thread the bot
 * answered; staff work cases from cards in the staff channel. Bolt acknowledges each event
 * before the listener runs, so Slack never waits on retrieval.
 */
import { App, LogLevel } from '@slack/bolt';
import type { Assistant } from '../../assistant/assistant.ts';
import { CaseActionError, type StaffAction } from '../../domain/cases.ts';
import type { CaseStore, Logger } from '../../domain/ports.ts';
import type { Answer } from '../../domain/types.ts';
import { ACTIONS, answerBlocks, answerFallback } from './blocks.ts';
import { parseSlackConversation, slackConversation } from './conversation-ref.ts';
import { SlackNotifier } from './slack-notifier.ts';


export interface SlackChannelConfig {
  botToken: string;
  signingSecret: string;
  appToken: string | null;
  staffChannel: string | null;
  /** Web API base URL override (proxies, local fakes). */
  apiUrl: string | null;
  port: number;
}

export interface SlackChannelDeps {
  assistant: Assistant;
  store: CaseStore;
  logger: Logger;
}

export interface SlackChannel {
  app: InstanceType<typeof App>;
  notifier: SlackNotifier;
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface IncomingQuestion {
  channel: string;
  ts: string;
  threadTs: string | null;
  text: string;
  isDm: boolean;
}

const MENTION = /<@[A-Z0-9]+(\|[^>]*)?>/g;
const STAFF_CACHE_MS = 60_000;

export function createSlackChannel(config: SlackChannelConfig, deps: SlackChannelDeps): SlackChannel {
  const { assistant, store, logger } = deps;
  const app = new App({
    token: config.botToken,
    signingSecret: config.signingSecret,
    ...(config.appToken ? { socketMode: true, appToken: config.appToken } : { port: config.port }),
    logLevel: LogLevel.ERROR,
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      // 429s honour Retry-After; 5xx and network errors get a few quick retries.
      retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    },
  });
  const client = app.client;
  const notifier = new SlackNotifier(client, config.staffChannel);
  let botUserId: string | null = null;
  let staff: { members: Set<string>; at: number } | null = null;

  const isStaff = async (user: string): Promise<boolean> => {
    if (!config.staffChannel) return false;
    if (!staff || Date.now() - staff.at > STAFF_CACHE_MS) {
      const result = await client.conversations.members({ channel: config.staffChannel, limit: 1000 });
      staff = { members: new Set((result.members as string[] | undefined) ?? []), at: Date.now() };
    }
    return staff.members.has(user);
  };

  const post = async (channel: string, threadTs: string | null, answer: Answer) => {
    try {
      await client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), text: answerFallback(answer), blocks: answerBlocks(answer) as never, unfurl_links: false });
    } catch (error) {
      // The answer is in the conversation store and any case in the case store; nothing is lost.
      logger.error({ error, code: (error as { code?: string }).code, channel, answerId: answer.answerId }, 'could not post the answer to Slack');
    }
  };

  const answerQuestion = async (question: IncomingQuestion) => {
    // One answer per message, whatever Slack retries or double-delivers (mention + message).
    if (!(await store.markEventProcessed(`slack:${question.channel}:${question.ts}`))) return;
    const threadTs = question.isDm ? question.threadTs : (question.threadTs ?? question.ts);
    const conversation = question.isDm ? slackConversation(question.channel, null) : slackConversation(question.channel, threadTs);
    await client.reactions.add({ channel: question.channel, timestamp: question.ts, name: 'eyes' }).catch(() => undefined);
    const answer = await assistant.ask({ text: question.text.replace(MENTION, ' ').trim(), conversation, isPublic: !question.isDm });
    await post(question.channel, threadTs, answer);
    await client.reactions.remove({ channel: question.channel, timestamp: question.ts, name: 'eyes' }).catch(() => undefined);
  };

  app.event('app_mention', async ({ event }) => {
    await answerQuestion({ channel: event.channel, ts: event.ts, threadTs: event.thread_ts ?? null, text: event.text ?? '', isDm: false });
  });

  app.message(async ({ message }) => {
    if (message.subtype !== undefined || 'bot_id' in message) return;
    const text = message.text ?? '';
    const threadTs = 'thread_ts' in message && message.thread_ts ? message.thread_ts : null;
    if (message.channel_type === 'im') return answerQuestion({ channel: message.channel, ts: message.ts, threadTs, text, isDm: true });
    if (botUserId && text.includes(`<@${botUserId}>`)) return; // app_mention answers it.
    if (!threadTs) return;
    if (config.staffChannel && message.channel === config.staffChannel) return relayStaffReply(message.channel, threadTs, message.user ?? '', text, message.ts);
    // A follow-up in a thread the bot answered needs no mention.
    const history = await store.recent(slackConversation(message.channel, threadTs), 1);
    if (history.length > 0) await answerQuestion({ channel: message.channel, ts: message.ts, threadTs, text, isDm: false });
  });

  const relayStaffReply = async (channel: string, threadTs: string, user: string, text: string, ts: string) => {
    const caseId = await store.findCaseByCard('slack', channel, threadTs);
    if (!caseId || !text.trim()) return;
    if (!(await store.markEventProcessed(`slack:${channel}:${ts}`))) return;
    if (!(await isStaff(user))) return;
    try {
      const record = await store.getCase(caseId);
      if (record?.status === 'open') await store.act(caseId, 'claim', user);
      await store.act(caseId, 'reply', user, text);
      await client.reactions.add({ channel, timestamp: ts, name: 'outbox_tray' }).catch(() => undefined);
    } catch (error) {
      const message = error instanceof CaseActionError ? error.message : 'The reply could not be recorded.';
      await client.chat.postEphemeral({ channel, user, thread_ts: threadTs, text: `${message} Nothing was changed.` }).catch(() => undefined);
    }
  };

  const feedback = (helpful: boolean) =>
    app.action(helpful ? ACTIONS.helpful : ACTIONS.notHelpful, async ({ ack, body, action }) => {
      await ack();
      const answerId = 'value' in action ? String(action.value) : '';
      const channel = body.channel?.id;
      const messageTs = 'message' in body ? (body.message?.thread_ts ?? body.message?.ts) : undefined;
      const lang = 'message' in body && /[\u3040-\u30FF]/.test(String(body.message?.text ?? '')) ? 'ja' : 'en';
      const result = await assistant.feedback(answerId, helpful, lang);
      if (channel) await client.chat.postEphemeral({ channel, user: body.user.id, ...(messageTs ? { thread_ts: messageTs } : {}), text: result.reply }).catch(() => undefined);
    });
  feedback(true);
  feedback(false);

  app.action(ACTIONS.talkToStaff, async ({ ack, body }) => {
    await ack();
    const channel = body.channel?.id;
    if (!channel || !('message' in body)) return;
    const threadTs = body.message?.thread_ts ?? null;
    const conversation = channel.startsWith('D') ? slackConversation(channel, null) : slackConversation(channel, threadTs ?? body.message?.ts ?? null);
    const answer = await assistant.requestStaff(conversation, 'wants_person');
    await post(channel, parseSlackConversation(conversation)?.threadTs ?? null, answer);
  });

  const staffAction = (actionId: string, staffAction: StaffAction) =>
    app.action(actionId, async ({ ack, body, action }) => {
      await ack();
      const caseId = 'value' in action ? String(action.value) : '';
      const channel = body.channel?.id ?? config.staffChannel ?? '';
      const user = body.user.id;
      if (!(await isStaff(user))) {
        await client.chat.postEphemeral({ channel, user, text: 'Only members of the staff channel can work cases. Nothing was changed.' }).catch(() => undefined);
        return;
      }
      try {
        await store.act(caseId, staffAction, user);
      } catch (error) {
        if (!(error instanceof CaseActionError)) throw error;
        await client.chat.postEphemeral({ channel, user, text: `${error.message} Nothing was changed.` }).catch(() => undefined);
      }
    });
  staffAction(ACTIONS.claim, 'claim');
  staffAction(ACTIONS.resolve, 'resolve');

  app.error(async (error) => {
    logger.error({ error, code: (error as { code?: string }).code }, 'Slack listener failed');
  });

  return {
    app,
    notifier,
    async start() {
      const auth = await client.auth.test();
      botUserId = typeof auth.user_id === 'string' ? auth.user_id : null;
      await app.start();
    },
    async stop() {
      await app.stop();
    },
  };
}
