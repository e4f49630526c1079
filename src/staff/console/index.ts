/**
 * The staff console: a web inbox at /staff inside `desk serve` (same process, same store),
 * plus the loopback endpoint that lets `desk cases`/`desk stats` run while the bot holds the
 * embedded store. `startStaffConsole` is the one entry point serve calls.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { getRequestListener, type ServerType, createAdaptorServer } from '@hono/node-server';
import type { Logger } from '../../domain/ports.ts';
import { createConsoleApp, createConsoleServices } from './console-app.ts';
import type { ConsoleDeps } from './console-context.ts';
import type { ConsoleStore } from './console-store.ts';
import {
  startLocalEndpoint,
  type CliRequest,
  type CliResponse,
  type LocalEndpoint,
} from './local-endpoint.ts';

export { createConsoleApp, createConsoleServices } from './console-app.ts';

export interface StaffConsoleOptions {
  cases: ConsoleDeps['cases'];
  store: ConsoleStore;
  /** Runs a CLI staff command on this process's store (for the loopback endpoint). */
  runCli: (request: CliRequest) => Promise<CliResponse>;
  dataDir: string;
  knowledgeDir: string;
  timeZone: string;
  /** STAFF_CONSOLE_URL, else http://localhost:PORT. */
  consoleUrl: string | null;
  port: number;
  logger: Logger;
  evalReportPath?: string;
}

/** A route in the shape of Bolt's `customRoutes`, so the console can share Slack's HTTP port. */
export interface MountedRoute {
  path: string;
  method: string[];
  handler: (request: IncomingMessage, response: ServerResponse) => void;
}

export interface StaffConsole {
  /** Mount these on the Slack HTTP receiver when it owns PORT. */
  routes: MountedRoute[];
  /** Or listen on PORT directly (Slack in Socket Mode, Discord only). */
  listen(port: number): Promise<void>;
  url: string;
  stop(): Promise<void>;
}

const METHODS = ['GET', 'POST', 'HEAD'];

export async function startStaffConsole(options: StaffConsoleOptions): Promise<StaffConsole> {
  const url = options.consoleUrl ?? `http://localhost:${options.port}`;
  const services = createConsoleServices({
    cases: options.cases,
    store: options.store,
    knowledgeDir: options.knowledgeDir,
    timeZone: options.timeZone,
    publicUrl: options.consoleUrl,
    evalReportPath: options.evalReportPath ?? join(process.cwd(), 'evals', 'out', 'report.json'),
    logger: options.logger,
  });
  const app = createConsoleApp(services);
  const listener = getRequestListener(app.fetch);
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    listener(request, response).catch((error: unknown) => {
      options.logger.error({ error }, 'staff console request failed');
      if (!response.headersSent) response.writeHead(500).end();
    });
  };
  const endpoint: LocalEndpoint = await startLocalEndpoint(options.dataDir, options.runCli);
  let server: ServerType | null = null;
  return {
    routes: [{ path: '/staff{/*rest}', method: METHODS, handler }],
    url,
    listen: async (port) => {
      server = createAdaptorServer({ fetch: app.fetch });
      await new Promise<void>((resolve) => server!.listen(port, resolve));
    },
    stop: async () => {
      await endpoint.stop();
      if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    },
  };
}
