/**
 * The two ways Slack reaches the app, built here with the product's rules: Slack's request
 * signature must be dated within five minutes either way (Bolt refuses only stale ones), a
 * malformed signed body gets 400, an event the store cannot take now gets 503 over HTTP (Slack
 * retries it) or stays unacknowledged in Socket Mode (Slack redelivers it), and every log
 * line goes through the JSON logger.
 */
import {
  HTTPReceiver,
  SocketModeReceiver,
  type CustomRoute,
  type Logger as BoltLogger,
} from '@slack/bolt';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../../domain/ports.ts';
import { MalformedEventError, StoreUnavailableError } from './event-guard.ts';
import { StoppingError } from './lifecycle.ts';

/** Slack's own rule: a request dated more than five minutes from now, either way, is refused. */
export const SIGNATURE_WINDOW_SECONDS = 5 * 60;

/** Null when the request's timestamp is inside the window; else why it is refused. */
export function timestampRefusal(
  header: string | string[] | undefined,
  nowMs = Date.now(),
): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const seconds = Number(value);
  if (!value || !Number.isFinite(seconds)) return 'no x-slack-request-timestamp header';
  const offset = seconds - Math.floor(nowMs / 1000);
  if (Math.abs(offset) > SIGNATURE_WINDOW_SECONDS)
    return `x-slack-request-timestamp is ${Math.abs(offset)} s in the ${offset > 0 ? 'future' : 'past'}`;
  return null;
}

const refuse = (response: ServerResponse, status: number) => {
  if (response.headersSent) return;
  response.writeHead(status);
  response.end();
};

/** The status for an event the app refused before acknowledging it (null: acknowledge it). */
function refusalStatus(error: unknown): number | null {
  if (error instanceof MalformedEventError) return 400;
  if (error instanceof StoreUnavailableError || error instanceof StoppingError) return 503;
  return null;
}

export function createHttpReceiver(options: {
  signingSecret: string;
  port: number;
  customRoutes?: CustomRoute[];
  logger: Logger;
  boltLogger: BoltLogger;
}): HTTPReceiver {
  const { logger } = options;
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    port: options.port,
    logger: options.boltLogger,
    ...(options.customRoutes ? { customRoutes: options.customRoutes } : {}),
    // Bolt's three-second timer also fires after a refusal was already answered: say nothing then.
    unhandledRequestHandler: ({ response }) => {
      if (response.headersSent) return;
      logger.error({}, 'Slack: an event was not acknowledged within 3 seconds');
      refuse(response, 404);
    },
    processEventErrorHandler: async ({ error, response }) => {
      const status = refusalStatus(error);
      if (status !== null) {
        logger.warn({ status, code: (error as { code?: string }).code }, error.message);
        refuse(response, status);
        return false;
      }
      logger.error({ error }, 'Slack: an event failed before it was acknowledged');
      refuse(response, 500);
      return false;
    },
  });
  const listen = receiver.requestListener;
  // Before Bolt reads the body: a request dated in the future is refused like a stale one.
  receiver.requestListener = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'POST' && path === '/slack/events') {
      const refusal = timestampRefusal(request.headers['x-slack-request-timestamp']);
      if (refusal) {
        logger.warn({ refusal }, 'Slack: request refused (outside the signature window)');
        request.resume();
        return refuse(response, 401);
      }
    }
    return listen(request, response);
  };
  return receiver;
}

export function createSocketReceiver(options: {
  appToken: string;
  apiOptions: { slackApiUrl?: string };
  logger: Logger;
  boltLogger: BoltLogger;
}): SocketModeReceiver {
  const { logger } = options;
  return new SocketModeReceiver({
    appToken: options.appToken,
    logger: options.boltLogger,
    installerOptions: { clientOptions: options.apiOptions },
    processEventErrorHandler: async ({ error }) => {
      // A malformed envelope is acknowledged (a redelivery would be as malformed); anything
      // else stays unacknowledged so Slack redelivers it.
      const status = refusalStatus(error);
      logger.warn({ code: (error as { code?: string }).code, status }, error.message);
      return error instanceof MalformedEventError;
    },
  });
}
