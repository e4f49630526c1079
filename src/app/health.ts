/**
 * /healthz (the process answers), /readyz (every part ready, or HTTP 503 with one plain
 * sentence per part that is not) and /metrics (Prometheus text). The same three routes go on
 * the Slack HTTP receiver's port as Bolt custom routes, or on a small server of their own.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PrometheusMetrics } from './metrics.ts';

/** One part of readiness: null when ready, otherwise a sentence saying what is wrong. */
export interface ReadinessPart {
  name: string;
  check(): Promise<string | null>;
}

export interface OpsRoute {
  path: string;
  method: string;
  handler: (request: IncomingMessage, response: ServerResponse) => void;
}

const CHECK_TIMEOUT_MS = 3000;

async function checkPart(part: ReadinessPart): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(
      () => resolve(`${part.name}: no answer within ${CHECK_TIMEOUT_MS / 1000} seconds.`),
      CHECK_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([
      part.check().catch((error: Error) => `${part.name}: ${error.message}`),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every part checked at once; the failures in the parts' order. */
export async function readiness(
  parts: ReadinessPart[],
): Promise<{ ready: boolean; failures: string[]; checked: string[] }> {
  const results = await Promise.all(parts.map(checkPart));
  const failures = results.filter((r): r is string => r !== null);
  return { ready: failures.length === 0, failures, checked: parts.map((p) => p.name) };
}

const text = (
  response: ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
) => {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
};

export function opsRoutes(options: {
  parts: () => ReadinessPart[];
  metrics: PrometheusMetrics | null;
}): OpsRoute[] {
  const routes: OpsRoute[] = [
    {
      path: '/healthz',
      method: 'GET',
      handler: (_request, response) => text(response, 200, 'ok\n'),
    },
    {
      path: '/readyz',
      method: 'GET',
      handler: (_request, response) => {
        void readiness(options.parts()).then(({ ready, failures, checked }) =>
          ready
            ? text(response, 200, `ready: ${checked.join(', ')}\n`)
            : text(response, 503, `not ready:\n${failures.map((f) => `- ${f}`).join('\n')}\n`),
        );
      },
    },
  ];
  const { metrics } = options;
  if (metrics) {
    routes.push({
      path: '/metrics',
      method: 'GET',
      handler: (_request, response) => {
        void metrics.render().then(
          (body) => text(response, 200, body, metrics.contentType),
          (error: Error) => text(response, 500, `metrics failed: ${error.message}\n`),
        );
      },
    });
  }
  return routes;
}

export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

/** The routes on their own port (Socket Mode, Discord only, or METRICS_PORT). */
export async function startOpsServer(
  routes: OpsRoute[],
  port: number,
  host: string,
  /** What else shares this port (the staff console), once it is ready; asked per request. */
  fallback: () => OpsRoute['handler'] | null = () => null,
): Promise<OpsServer> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path);
    const other = route ? null : fallback();
    if (other) return other(request, response);
    if (!route) return text(response, 404, 'not found: try /healthz, /readyz or /metrics\n');
    if (request.method !== route.method && !(request.method === 'HEAD' && route.method === 'GET'))
      return text(response, 405, 'method not allowed\n');
    route.handler(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
