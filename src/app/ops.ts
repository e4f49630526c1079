/**
 * The operator's side of `desk serve`: metrics, readiness parts as they come up, and where
 * /healthz, /readyz and /metrics are served — beside Slack's HTTP events on PORT when those
 * run (Bolt custom routes), otherwise on a small server of their own on METRICS_PORT or PORT.
 */
import { isStoreProbe } from '../domain/metrics.ts';
import type { CaseStore } from '../domain/ports.ts';
import type { Config } from './config.ts';
import {
  opsRoutes,
  startOpsServer,
  type OpsRoute,
  type OpsServer,
  type ReadinessPart,
} from './health.ts';
import { createMetrics, type PrometheusMetrics } from './metrics.ts';
import type { Runtime } from './runtime.ts';

export interface Ops {
  metrics: PrometheusMetrics;
  /** Routes for the Slack HTTP receiver, when it carries them; null when ops has its own server. */
  slackRoutes: OpsRoute[] | null;
  runtimeLoaded(runtime: Runtime, store: CaseStore): void;
  /** A chat channel's own readiness: null when connected, else a sentence. */
  channel(name: string, notConnected: () => string | null): void;
  stopping(): void;
  /** Starts the own server if there is one; returns where the routes are served. */
  start(): Promise<string>;
  /** Whether the own server listens on PORT (Slack not over HTTP, no METRICS_PORT). */
  ownsPort: boolean;
  /** Serves every other path of the own server with this handler (the staff console). */
  mount(handler: OpsRoute['handler']): void;
  close(): Promise<void>;
}

export function createOps(config: Config): Ops {
  let runtime: Runtime | null = null;
  let store: CaseStore | null = null;
  let stopping = false;
  const channels: ReadinessPart[] = [];
  const metrics = createMetrics({ store: () => (isStoreProbe(store) ? store : null) });
  const parts = (): ReadinessPart[] => [
    { name: 'process', check: async () => (stopping ? 'The process is shutting down.' : null) },
    {
      name: 'knowledge',
      check: async () => {
        if (!runtime) return 'The knowledge and search index are still loading.';
        return runtime.index.passages.length > 0
          ? null
          : 'The search index holds no passages: check KNOWLEDGE_DIR.';
      },
    },
    {
      name: 'store',
      check: async () => {
        if (!store) return 'The case store is not open yet.';
        if (!isStoreProbe(store)) return null;
        try {
          await store.ping();
          return null;
        } catch (error) {
          return `The case store is not reachable (${(error as Error).message}).`;
        }
      },
    },
    ...channels,
  ];
  const routes = opsRoutes({ parts, metrics });
  const onSlackPort =
    config.slack !== null && config.slack.appToken === null && config.metricsPort === null;
  let server: OpsServer | null = null;
  let mounted: OpsRoute['handler'] | null = null;
  return {
    ownsPort: !onSlackPort && config.metricsPort === null,
    mount(handler) {
      mounted = handler;
    },
    metrics,
    slackRoutes: onSlackPort ? routes : null,
    runtimeLoaded(loaded, opened) {
      runtime = loaded;
      store = opened;
    },
    channel(name, notConnected) {
      channels.push({ name, check: async () => notConnected() });
    },
    stopping() {
      stopping = true;
    },
    async start() {
      if (onSlackPort) return `http://${config.host}:${config.port} (beside Slack events)`;
      server = await startOpsServer(
        routes,
        config.metricsPort ?? config.port,
        config.host,
        () => mounted,
      );
      return `http://${config.host}:${server.port}`;
    },
    async close() {
      await server?.close();
    },
  };
}
