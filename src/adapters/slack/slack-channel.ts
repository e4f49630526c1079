/**
 * The Slack channel on @slack/bolt: students ask by mention, DM, or in a thread the bot
 * answered; staff work cases from cards in the staff channel. A question is recorded in the
 * inbox before Slack is acknowledged (record-before-ack.ts), answered in the inbox's bounded
 * queue, and posted through the outbox by this channel's own delivery worker. This file is the
 * wiring; the listeners live beside it (student-messages.ts, answer-actions.ts, staff-actions.ts,
 * ask-command.ts, show-all.ts) and the Bolt app with its receiver in slack-app.ts.
 */
import { webApi, type App, type CustomRoute } from '@slack/bolt';
import type { Metrics } from '../../domain/metrics.ts';
import { registerAskCommand } from './ask-command.ts';
import { afterAcknowledgements, InFlight, trackEvents, watchSocket } from './lifecycle.ts';
import type { AssistantService } from '../../assistant/assistant.ts';
import { createInbox } from '../../assistant/inbox.ts';
import { DeliveryWorker } from '../../staff/delivery-worker.ts';
import { recordBeforeAck } from './record-before-ack.ts';
import type { CaseStore, ChatChannel, Logger } from '../../domain/ports.ts';
import type { Answer } from '../../domain/types.ts';
import { answerBlocks, answerFallback } from './blocks.ts';
import { SlackNotifier } from './slack-notifier.ts';
import { RecentReplies } from '../../assistant/recent-replies.ts';
import { registerShowAll } from './show-all.ts';
import { openDm } from './private-follow-up.ts';
import { guardEvents } from './event-guard.ts';
import { registerUnknownInteractions } from './unknown-interactions.ts';
import { createSlackApp } from './slack-app.ts';
import { registerStudentMessages } from './student-messages.ts';
import { createSlackStaff } from './staff-actions.ts';
import { registerAnswerActions } from './answer-actions.ts';

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
  assistant: AssistantService;
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

export function createSlackChannel(
  config: SlackChannelConfig,
  deps: SlackChannelDeps,
): SlackChannel {
  const { assistant, store, logger } = deps;
  const apiOptions = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  const { app, socketReceiver } = createSlackApp({
    botToken: config.botToken,
    signingSecret: config.signingSecret,
    appToken: config.appToken,
    port: config.port,
    ...(config.customRoutes ? { customRoutes: config.customRoutes } : {}),
    apiOptions,
    logger,
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
    beforeSend: () => afterAcknowledgements(inFlight),
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
  const staff = createSlackStaff({ client, store, inbox, staffChannel: config.staffChannel });
  let botUserId: string | null = null;

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

  registerAskCommand(app, {
    assistant,
    firstTime: (eventId) => inbox.firstTime(eventId),
    logger,
    post,
    remember: (answer) => replies.remember(answer),
    track: (work) => inFlight.track(work),
  });
  registerShowAll(app, { replies, firstTime: (id) => inbox.firstTime(id), logger });
  registerStudentMessages(app, {
    client,
    inbox,
    store,
    staffChannel: config.staffChannel,
    botUserId: () => botUserId,
    inFlight,
    relayStaffReply: staff.relayStaffReply,
    logger,
  });
  registerAnswerActions(app, { assistant, client, post });
  staff.registerActions(app);
  registerUnknownInteractions(app, logger);

  app.error(async (error) => {
    logger.error({ error, code: (error as { code?: string }).code }, 'Slack listener failed');
  });

  return {
    name: 'slack',
    app,
    notifier,
    takesCaseCards: config.staffChannel !== null,
    describe: () => {
      const transport = config.appToken
        ? 'Socket Mode'
        : `HTTP events at http://0.0.0.0:${config.port}/slack/events`;
      const cards = config.staffChannel ?? '(SLACK_STAFF_CHANNEL not set)';
      return `Slack: ${transport}; staff cards to ${cards}`;
    },
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
