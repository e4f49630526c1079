/**
 * The Slack channel on @slack/bolt: students ask by mention, DM, or in a thread the bot
 * answered; staff work cases from cards in the staff channel. A question is recorded in the
 * inbox before Slack is acknowledged (record-before-ack.ts), answered in the inbox's bounded
 * queue, and posted through the outbox by this channel's own delivery worker.
 */
import { App, LogLevel, webApi, type CustomRoute, type SocketModeReceiver } from '@slack/bolt';
import type { Metrics } from '../../domain/metrics.ts';
import { registerAskCommand } from './ask-command.ts';
import { InFlight, trackEvents, watchSocket } from './lifecycle.ts';
import type { Assistant } from '../../assistant/assistant.ts';
import { createInbox } from '../../assistant/inbox.ts';
import { DeliveryWorker } from '../../staff/delivery-worker.ts';
import { recordBeforeAck, withholdAck } from './record-before-ack.ts';
import type { CaseStore, ChatChannel, Logger } from '../../domain/ports.ts';
import type { Answer } from '../../domain/types.ts';
import { messagesFor } from '../../messages/index.ts';
import { createStaffDesk, STAFF_LANG, type StaffActor } from '../../staff/staff-desk.ts';
import { detectLanguage } from '../../text/language.ts';
import { ACTIONS, answerBlocks, answerFallback } from './blocks.ts';
import { parseSlackConversation, slackConversation } from './conversation-ref.ts';
import { SlackNotifier } from './slack-notifier.ts';
import { RecentReplies } from '../../assistant/recent-replies.ts';
import { registerShowAll } from './show-all.ts';
import { openDm } from './private-follow-up.ts';
import { boltLogger } from './bolt-logger.ts';
import { guardEvents } from './event-guard.ts';
import { studentText } from './message-subtypes.ts';
import { createHttpReceiver, createSocketReceiver } from './receivers.ts';
import { registerUnknownInteractions } from './unknown-interactions.ts';

export interface SlackChannelConfig {
  botToken: string;
  /** Needed for HTTP events; Socket Mode (appToken) needs none. */
  signingSecret: string | null;
  appToken: string | null;
  staffChannel: string | null;
  /** Web API base URL override (proxies, local fakes). */
  apiUrl: string | null;
  port: number;
  /** Extra routes on the HTTP receiver's port (health, metrics, the staff console); unused in Socket Mode. */
  customRoutes?: CustomRoute[];
  /** How long `stop()` waits for answers in flight. */
  stopGraceMs?: number;
}

export interface SlackChannelDeps {
  assistant: Assistant;
  store: CaseStore;
  logger: Logger;
  metrics?: Metrics;
  /** Test-only fault points (DESK_TEST_PAUSE_AT). */
  pause?: (point: string) => Promise<void>;
  /** Null while the case store answers, else why not: events are then refused for Slack to retry. */
  storeUnavailable?: () => string | null;
}

export interface SlackChannel extends ChatChannel {
  app: InstanceType<typeof App>;
  notifier: SlackNotifier;
  /** Stops taking events, then waits for the answers in flight (up to stopGraceMs). */
  stop(): Promise<void>;
  /** Null when connected (HTTP receiver listening, or the socket open); else why not. */
  notReady(): string | null;
  /** Events being handled now. */
  inFlight(): number;
}

interface IncomingQuestion {
  channel: string;
  ts: string;
  threadTs: string | null;
  text: string;
  isDm: boolean;
  /** The student, so a personal matter asked in public can continue in a DM with them. */
  user?: string | null;
}

const MENTION = /<@[A-Z0-9]+(\|[^>]*)?>/g;
const STAFF_CACHE_MS = 60_000;

export function createSlackChannel(
  config: SlackChannelConfig,
  deps: SlackChannelDeps,
): SlackChannel {
  const { assistant, store, logger } = deps;
  const apiOptions = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  // Bolt's own Socket Mode receiver would call apps.connections.open on slack.com whatever
  // slackApiUrl says, so it is built here with the same Web API base as the bot's client.
  const slackLogger = boltLogger(logger);
  if (!config.appToken && !config.signingSecret)
    throw new Error(
      'Slack over HTTP needs SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode).',
    );
  const receiver = config.appToken
    ? createSocketReceiver({
        appToken: config.appToken,
        apiOptions,
        logger,
        boltLogger: slackLogger,
      })
    : createHttpReceiver({
        signingSecret: config.signingSecret!,
        port: config.port,
        ...(config.customRoutes ? { customRoutes: config.customRoutes } : {}),
        logger,
        boltLogger: slackLogger,
      });
  const socketReceiver = config.appToken ? (receiver as SocketModeReceiver) : undefined;
  const app = new App({
    token: config.botToken,
    receiver,
    logger: slackLogger,
    logLevel: LogLevel.ERROR,
    clientOptions: {
      ...apiOptions,
      // 429s honour Retry-After; 5xx and network errors get a few quick retries.
      retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    },
  });
  const client = app.client;
  const inFlight = new InFlight();
  trackEvents(app, inFlight);
  guardEvents(app, deps.storeUnavailable ?? (() => null));
  recordBeforeAck(app);
  const socket = socketReceiver
    ? watchSocket(socketReceiver, () => deps.metrics?.channelReconnect('slack'))
    : null;
  let started = false;
  // Outbox posts use a client that never retries a post by itself: a post whose reply was lost
  // may have been made, so the outbox retries it, after looking for it (post-once.ts).
  const postingClient = new webApi.WebClient(config.botToken, {
    ...apiOptions,
    logLevel: webApi.LogLevel.ERROR,
    retryConfig: { retries: 0 },
  });
  // Answers whose first message was cut, for "Show all": remembered as the poster sends them.
  const replies = new RecentReplies();
  const notifier = new SlackNotifier(
    postingClient,
    config.staffChannel,
    assistant.knowledge.office,
    (answer) => replies.remember(answer),
  );
  // Answers go out through the outbox; this worker sends this channel's, nudged as each is queued.
  const poster = new DeliveryWorker(store, {
    staff: notifier,
    channels: [notifier],
    kinds: ['student_answer'],
    conversationPrefix: 'slack:',
    logger,
    ...(deps.metrics ? { metrics: deps.metrics } : {}),
    ...(deps.pause ? { pause: deps.pause } : {}),
  });
  const inbox = createInbox(assistant, store, {
    platform: 'slack',
    logger,
    openPrivate: (user) => openDm(client, user),
    onQueued: () => poster.nudge(),
    ...(deps.pause ? { pause: deps.pause } : {}),
  });
  const desk = createStaffDesk(store);
  const staffMessages = messagesFor(STAFF_LANG).staff;
  let botUserId: string | null = null;
  let staff: { members: Set<string>; at: number } | null = null;

  const isStaff = async (user: string): Promise<boolean> => {
    if (!config.staffChannel) return false;
    if (!staff || Date.now() - staff.at > STAFF_CACHE_MS) {
      const result = await client.conversations.members({
        channel: config.staffChannel,
        limit: 1000,
      });
      staff = { members: new Set((result.members as string[] | undefined) ?? []), at: Date.now() };
    }
    return staff.members.has(user);
  };

  const post = async (channel: string, threadTs: string | null, answer: Answer) => {
    replies.remember(answer);
    try {
      await client.chat.postMessage({
        channel,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        text: answerFallback(answer),
        blocks: answerBlocks(answer) as never,
        unfurl_links: false,
      });
    } catch (error) {
      // The answer is in the conversation store and any case in the case store; nothing is lost.
      logger.error(
        { error, code: (error as { code?: string }).code, channel, answerId: answer.answerId },
        'could not post the answer to Slack',
      );
    }
  };

  const actor = (user: string): StaffActor => ({ id: user, isStaff: () => isStaff(user) });

  const answerQuestion = async (question: IncomingQuestion) => {
    const threadTs = question.isDm ? question.threadTs : (question.threadTs ?? question.ts);
    const conversation = question.isDm
      ? slackConversation(question.channel, null)
      : slackConversation(question.channel, threadTs);
    const eventId = `slack:${question.channel}:${question.ts}`;
    // One answer per message, whatever Slack retries or double-delivers (mention + message): the
    // inbox records it before Slack is acknowledged; if it cannot, Slack is not acknowledged.
    const accepted = await inbox
      .accept(eventId, {
        text: question.text.replace(MENTION, ' ').trim(),
        conversation,
        isPublic: !question.isDm,
        target: {
          channel: question.channel,
          thread: threadTs,
          react: question.ts,
          startThread: null,
        },
        author: question.user ?? null,
      })
      .catch((error: unknown) => {
        withholdAck(error);
        throw error;
      });
    // The "seen" mark does not hold up the acknowledgement; the poster takes it off.
    if (accepted === 'queued')
      void client.reactions
        .add({ channel: question.channel, timestamp: question.ts, name: 'eyes' })
        .catch(() => undefined);
  };

  registerAskCommand(app, {
    assistant,
    firstTime: (eventId) => inbox.firstTime(eventId),
    logger,
    post,
    remember: (answer) => replies.remember(answer),
    track: (work) => inFlight.track(work),
  });
  registerShowAll(app, { replies, firstTime: (id) => inbox.firstTime(id), logger });

  app.event('app_mention', async ({ event }) => {
    await answerQuestion({
      channel: event.channel,
      ts: event.ts,
      threadTs: event.thread_ts ?? null,
      text: event.text ?? '',
      isDm: false,
      user: event.user ?? null,
    });
  });

  app.message(async ({ message: event }) => {
    const message = studentText(event);
    if (!message) return;
    const { text, threadTs } = message;
    if (message.isDm)
      return answerQuestion({
        channel: message.channel,
        ts: message.ts,
        threadTs,
        text,
        isDm: true,
      });
    if (botUserId && text.includes(`<@${botUserId}>`)) return; // app_mention answers it.
    if (!threadTs) return;
    if (config.staffChannel && message.channel === config.staffChannel) {
      // Not awaited: the acknowledgement waits for the listener, not for the relay.
      void inFlight
        .track(relayStaffReply(message.channel, threadTs, message.user ?? '', text, message.ts))
        .catch((error) => logger.error({ error }, 'could not relay a staff reply'));
      return;
    }
    // A follow-up in a thread the bot answered needs no mention.
    const history = await store.recent(slackConversation(message.channel, threadTs), 1);
    if (history.length > 0)
      await answerQuestion({
        channel: message.channel,
        ts: message.ts,
        threadTs,
        text,
        isDm: false,
        user: message.user ?? null,
      });
  });

  const relayStaffReply = async (
    channel: string,
    threadTs: string,
    user: string,
    text: string,
    ts: string,
  ) => {
    if (!(await inbox.firstTime(`slack:${channel}:${ts}`))) return;
    const outcome = await desk.relayReply(
      { platform: 'slack', channel, messageId: threadTs },
      actor(user),
      text,
    );
    if (outcome.done)
      await client.reactions
        .add({ channel, timestamp: ts, name: 'outbox_tray' })
        .catch(() => undefined);
    else if (outcome.notice)
      await client.chat
        .postEphemeral({ channel, user, thread_ts: threadTs, text: outcome.notice })
        .catch(() => undefined);
  };

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
    // An ephemeral answer (/ask) has no message to thread under: its conversation is the student's own.
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

  const staffAction = (actionId: string, staffAction: 'claim' | 'resolve') =>
    app.action(actionId, async ({ ack, body, action }) => {
      await ack();
      const caseId = 'value' in action ? String(action.value) : '';
      const channel = body.channel?.id ?? config.staffChannel ?? '';
      const user = body.user.id;
      const outcome = await desk.act(caseId, staffAction, actor(user), staffMessages.notStaffSlack);
      // The card itself shows a success (it is updated in place); only refusals are said.
      if (!outcome.done && outcome.notice)
        await client.chat
          .postEphemeral({ channel, user, text: outcome.notice })
          .catch(() => undefined);
    });
  staffAction(ACTIONS.claim, 'claim');
  staffAction(ACTIONS.resolve, 'resolve');

  registerUnknownInteractions(app, logger);

  app.error(async (error) => {
    logger.error({ error, code: (error as { code?: string }).code }, 'Slack listener failed');
  });

  return {
    name: 'slack',
    app,
    notifier,
    takesCaseCards: config.staffChannel !== null,
    describe: () =>
      `Slack: ${config.appToken ? 'Socket Mode' : `HTTP events at http://0.0.0.0:${config.port}/slack/events`}; staff cards to ${config.staffChannel ?? '(SLACK_STAFF_CHANNEL not set)'}`,
    async start() {
      const auth = await client.auth.test();
      botUserId = typeof auth.user_id === 'string' ? auth.user_id : null;
      await app.start();
      started = true;
      poster.start();
      await inbox.start();
    },
    async stop() {
      inFlight.stopping = true;
      if (started) await app.stop();
      started = false;
      const grace = config.stopGraceMs ?? 25_000;
      const drained = (await inFlight.drain(grace)) && (await inbox.stop(grace));
      // The answers just queued go out before the store closes; any left stay in the outbox.
      await poster.stop();
      await poster.runOnce().catch(() => undefined);
      if (!drained)
        logger.warn(
          { inFlight: inFlight.size + inbox.size },
          'Slack: stopped before every answer in flight was sent',
        );
    },
    notReady() {
      if (!started) return 'Slack has not started yet.';
      if (socket && !socket.connected())
        return 'Slack Socket Mode is not connected (it is reconnecting to Slack).';
      return null;
    },
    inFlight: () => inFlight.size + inbox.size,
  };
}
