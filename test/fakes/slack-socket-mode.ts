/**
 * A local fake of Slack Socket Mode on 127.0.0.1, beside the fake Web API: `apps.connections.open`
 * (app-level token only) hands out a one-use `ws://127.0.0.1:PORT/link/?ticket=…` URL; the
 * WebSocket says `hello`, pings like Slack does, delivers `events_api` / `interactive` /
 * `slash_commands` envelopes and records the `{envelope_id, payload?}` acknowledgements. As Slack
 * does, an envelope not acknowledged when its connection closes is delivered again (retry_attempt
 * + 1) on the next connection, and one sent while no connection is open waits for one.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeSlack } from './slack-api.ts';

export type EnvelopeType = 'events_api' | 'interactive' | 'slash_commands';

export interface Envelope {
  envelope_id: string;
  type: EnvelopeType;
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
  /** Which connection (1, 2, …) carried the acknowledgement. */
  connection: number;
  at: number;
}

export interface FakeSocketMode {
  /** `apps.connections.open` calls answered with a URL. */
  opens: number;
  /** WebSocket connections accepted (each with a fresh ticket). */
  connections: number;
  /** Upgrades refused (unknown or reused ticket). */
  refused: number;
  acks: SocketAck[];
  /** Every envelope written to a socket, in order (duplicates and redeliveries included). */
  delivered: Envelope[];
  /** Queues an envelope built from the fixture for `type` with this payload; returns its id. */
  send(type: EnvelopeType, payload: Record<string, unknown>): string;
  /** Delivers an already-sent envelope once more, as Slack does when it retries. */
  redeliver(envelopeId: string): void;
  /** `{type: "disconnect", reason}` on the open connection (refresh_requested, warning, link_disabled…). */
  disconnect(
    reason: 'refresh_requested' | 'warning' | 'link_disabled' | 'too_many_websockets',
  ): void;
  /** Drops the open connection without a word (a network cut). */
  terminate(): void;
  ackFor(envelopeId: string, timeoutMs?: number): Promise<SocketAck>;
  waitForConnections(count: number, timeoutMs?: number): Promise<void>;
  isConnected(): boolean;
  close(): Promise<void>;
}

const fixture = (name: string) =>
  JSON.parse(readFileSync(`test/fixtures/slack/${name}`, 'utf8')) as Record<string, unknown>;
const ENVELOPES: Record<EnvelopeType, Record<string, unknown>> = {
  events_api: fixture('socket_events_api.json'),
  interactive: fixture('socket_interactive.json'),
  slash_commands: fixture('socket_slash_commands.json'),
};

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`fake Socket Mode: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export async function startFakeSocketMode(
  api: FakeSlack,
  options: { pingMs?: number } = {},
): Promise<FakeSocketMode> {
  const tickets = new Set<string>();
  const sent = new Map<string, Envelope>();
  const pending: string[] = []; // ids waiting for a connection
  const unacked = new Set<string>();
  let current: { socket: WebSocket; number: number } | null = null;
  let ping: NodeJS.Timeout | null = null;

  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    // A ticket is good for one connection, as Slack's are.
    verifyClient: (info, done) => {
      const ticket =
        new URL(info.req.url ?? '/', 'ws://127.0.0.1').searchParams.get('ticket') ?? '';
      if (!tickets.delete(ticket)) {
        fake.refused += 1;
        return done(false, 401, 'invalid ticket');
      }
      done(true);
    },
  });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const wsPort = (wss.address() as AddressInfo).port;

  const write = (id: string) => {
    const envelope = sent.get(id)!;
    if (!current || current.socket.readyState !== current.socket.OPEN) {
      if (!pending.includes(id)) pending.push(id);
      return;
    }
    unacked.add(id);
    fake.delivered.push(structuredClone(envelope));
    current.socket.send(JSON.stringify(envelope));
  };

  wss.on('connection', (socket) => {
    const number = ++fake.connections;
    current = { socket, number };
    socket.send(
      JSON.stringify({ ...fixture('socket_hello.json'), num_connections: wss.clients.size }),
    );
    if (ping) clearInterval(ping);
    ping = setInterval(
      () => socket.readyState === socket.OPEN && socket.ping(),
      options.pingMs ?? 2000,
    );
    socket.on('message', (data) => {
      let message: { envelope_id?: unknown; payload?: Record<string, unknown> };
      try {
        message = JSON.parse(String(data));
      } catch {
        return;
      }
      if (typeof message.envelope_id !== 'string') return;
      unacked.delete(message.envelope_id);
      fake.acks.push({
        envelope_id: message.envelope_id,
        ...(message.payload ? { payload: message.payload } : {}),
        connection: number,
        at: Date.now(),
      });
    });
    socket.on('close', () => {
      if (current?.socket === socket) current = null;
      // What this connection never acknowledged comes again on the next one, marked as a retry.
      for (const id of [...unacked]) {
        const envelope = sent.get(id)!;
        envelope.retry_attempt = (envelope.retry_attempt ?? 0) + 1;
        envelope.retry_reason = 'timeout';
        unacked.delete(id);
        pending.push(id);
      }
    });
    for (const id of pending.splice(0)) write(id);
  });

  api.handlers.set('apps.connections.open', (_args, headers) => {
    const token = String(headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (!token.startsWith('xapp-')) return { ok: false, error: 'invalid_auth' };
    const ticket = randomUUID();
    tickets.add(ticket);
    fake.opens += 1;
    return { ok: true, url: `ws://127.0.0.1:${wsPort}/link/?ticket=${ticket}&app_id=A0EXDESK` };
  });

  const fake: FakeSocketMode = {
    opens: 0,
    connections: 0,
    refused: 0,
    acks: [],
    delivered: [],
    send(type, payload) {
      const envelope = {
        ...structuredClone(ENVELOPES[type]),
        envelope_id: randomUUID(),
        payload,
      } as unknown as Envelope;
      sent.set(envelope.envelope_id, envelope);
      write(envelope.envelope_id);
      return envelope.envelope_id;
    },
    redeliver(id) {
      const envelope = sent.get(id);
      if (!envelope) throw new Error(`no envelope ${id}`);
      envelope.retry_attempt = (envelope.retry_attempt ?? 0) + 1;
      envelope.retry_reason = 'timeout';
      write(id);
    },
    disconnect(reason) {
      current?.socket.send(JSON.stringify({ ...fixture('socket_disconnect.json'), reason }));
    },
    terminate() {
      current?.socket.terminate();
    },
    async ackFor(id, timeoutMs = 10_000) {
      await until(() => fake.acks.some((a) => a.envelope_id === id), timeoutMs, `the ack of ${id}`);
      return fake.acks.find((a) => a.envelope_id === id)!;
    },
    waitForConnections: (count, timeoutMs = 20_000) =>
      until(
        () => fake.connections >= count && current !== null,
        timeoutMs,
        `${count} connection(s)`,
      ),
    isConnected: () => current !== null,
    async close() {
      if (ping) clearInterval(ping);
      api.handlers.delete('apps.connections.open');
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
  return fake;
}
