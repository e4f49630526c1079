/**
 * Every Prometheus series of the product, in one place, behind the `Metrics` port the core
 * calls. Its own registry (not prom-client's global one), so two runtimes in one test process
 * never share counters.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AnsweredEvent, Metrics, StoreProbe } from '../domain/metrics.ts';
import type { OutboxJob } from '../domain/ports.ts';

export interface PrometheusMetrics extends Metrics {
  registry: Registry;
  /** The text exposition format, as GET /metrics serves it. */
  render(): Promise<string>;
  contentType: string;
}

/** `slack:C1:1.2` -> `slack`; the channel label stays low-cardinality whatever the id. */
function channelOf(conversation: string): string {
  const prefix = conversation.split(':')[0] ?? '';
  return ['slack', 'discord', 'cli', 'test'].includes(prefix) ? prefix : 'other';
}

export function createMetrics(
  options: { store?: () => StoreProbe | null; processMetrics?: boolean } = {},
): PrometheusMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true)
    collectDefaultMetrics({ register: registry, prefix: 'desk_' });
  const questions = new Counter({
    name: 'desk_questions_total',
    help: 'Questions answered, by route, language and channel.',
    labelNames: ['route', 'lang', 'channel'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'desk_answer_latency_seconds',
    help: 'Time from question to composed answer (retrieval, partner engine, model when on).',
    labelNames: ['route'],
    // Extractive answers take milliseconds; model answers seconds; the model timeout is 20 s.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
    registers: [registry],
  });
  const handovers = new Counter({
    name: 'desk_handovers_total',
    help: 'Questions handed to staff, by reason.',
    labelNames: ['reason'],
    registers: [registry],
  });
  const delivered = new Counter({
    name: 'desk_outbox_delivered_total',
    help: 'Outbox jobs delivered (staff cards, card updates, replies to students).',
    labelNames: ['kind'],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'desk_outbox_delivery_failures_total',
    help: 'Outbox delivery attempts that failed and will be retried.',
    labelNames: ['kind'],
    registers: [registry],
  });
  const reconnects = new Counter({
    name: 'desk_channel_reconnects_total',
    help: 'Chat channel reconnections (Slack Socket Mode, Discord gateway).',
    labelNames: ['channel'],
    registers: [registry],
  });
  new Gauge({
    name: 'desk_outbox_depth',
    help: 'Outbox jobs waiting to be delivered.',
    registers: [registry],
    async collect() {
      const store = options.store?.();
      if (!store) return;
      // An unreachable store shows on /readyz; the gauge then keeps its last value.
      this.set(await store.outboxDepth().catch(() => Number.NaN));
    },
  });
  for (const kind of [
    'notify_staff',
    'case_updated',
    'student_reply',
  ] satisfies OutboxJob['kind'][]) {
    delivered.inc({ kind }, 0);
    failures.inc({ kind }, 0);
  }
  for (const channel of ['slack', 'discord']) reconnects.inc({ channel }, 0);

  return {
    registry,
    contentType: registry.contentType,
    render: () => registry.metrics(),
    answered(event: AnsweredEvent) {
      questions.inc({
        route: event.route,
        lang: event.lang,
        channel: channelOf(event.conversation),
      });
      latency.observe({ route: event.route }, event.latencyMs / 1000);
      if (event.handoverReason) handovers.inc({ reason: event.handoverReason });
    },
    delivered: (kind) => delivered.inc({ kind }),
    deliveryFailed: (kind) => failures.inc({ kind }),
    channelReconnect: (channel) => reconnects.inc({ channel }),
  };
}
