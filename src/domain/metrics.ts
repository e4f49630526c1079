/**
 * What the core tells the operator, as a port: the assistant, the delivery worker and the
 * channels call these; src/app/metrics.ts turns them into Prometheus series. Nothing outside
 * adapters/ and app/ knows about prom-client.
 */
import type { OutboxJob } from './ports.ts';
import type { HandoverReason, Lang, Route } from './types.ts';

export interface AnsweredEvent {
  conversation: string;
  route: Route;
  lang: Lang;
  latencyMs: number;
  handoverReason: HandoverReason | null;
}

export interface Metrics {
  answered(event: AnsweredEvent): void;
  delivered(kind: OutboxJob['kind']): void;
  deliveryFailed(kind: OutboxJob['kind']): void;
  channelReconnect(channel: 'slack' | 'discord'): void;
}

export const noMetrics: Metrics = {
  answered() {},
  delivered() {},
  deliveryFailed() {},
  channelReconnect() {},
};

/** A store that can say it is alive and how much waits in the outbox (both SQL stores can). */
export interface StoreProbe {
  ping(): Promise<void>;
  outboxDepth(): Promise<number>;
}

export function isStoreProbe(store: unknown): store is StoreProbe {
  return (
    typeof (store as StoreProbe | null)?.ping === 'function' &&
    typeof (store as StoreProbe | null)?.outboxDepth === 'function'
  );
}
