/**
 * The Bolt app behind the Slack channel: which receiver (Socket Mode or HTTP events) and the
 * Web API client's retry policy. Kept apart from the channel so the channel file is only the
 * wiring of inbox, outbox and listeners.
 */
import { App, LogLevel, type CustomRoute, type SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../../domain/ports.ts';
import { boltLogger } from './bolt-logger.ts';
import { createHttpReceiver, createSocketReceiver } from './receivers.ts';

export interface SlackAppOptions {
  botToken: string;
  signingSecret: string | null;
  appToken: string | null;
  port: number;
  customRoutes?: CustomRoute[];
  /** `{ slackApiUrl }` when the Web API base is overridden (proxies, local fakes), else `{}`. */
  apiOptions: { slackApiUrl?: string };
  logger: Logger;
}

export interface SlackApp {
  app: InstanceType<typeof App>;
  /** Present in Socket Mode, for watching the connection. */
  socketReceiver: SocketModeReceiver | undefined;
}

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { apiOptions, logger } = options;
  // Bolt's own Socket Mode receiver would call apps.connections.open on slack.com whatever
  // slackApiUrl says, so it is built here with the same Web API base as the bot's client.
  const slackLogger = boltLogger(logger);
  if (!options.appToken && !options.signingSecret)
    throw new Error(
      'Slack over HTTP needs SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode).',
    );
  const receiver = options.appToken
    ? createSocketReceiver({
        appToken: options.appToken,
        apiOptions,
        logger,
        boltLogger: slackLogger,
      })
    : createHttpReceiver({
        signingSecret: options.signingSecret!,
        port: options.port,
        ...(options.customRoutes ? { customRoutes: options.customRoutes } : {}),
        logger,
        boltLogger: slackLogger,
      });
  const socketReceiver = options.appToken ? (receiver as SocketModeReceiver) : undefined;
  const app = new App({
    token: options.botToken,
    receiver,
    logger: slackLogger,
    logLevel: LogLevel.ERROR,
    clientOptions: {
      ...apiOptions,
      // 429s honour Retry-After; 5xx and network errors get a few quick retries.
      retryConfig: { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2000 },
    },
  });
  return { app, socketReceiver };
}
