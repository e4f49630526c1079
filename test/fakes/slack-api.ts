/**
 * A local fake of the Slack Web API on 127.0.0.1: answers the methods the app calls, records
 * every call, and can answer 429 (with Retry-After) to a method a given number of times. It
 * keeps the bot's posts per channel with their message metadata and returns them from
 * conversations.history / conversations.replies as Slack does (metadata only with
 * `include_all_metadata`), and can hold a post's response after accepting it (a crash window).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
}

/** A message the bot posted, as the fake keeps it. */
export interface FakeSlackMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  user: string;
  bot_id: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

export interface FakeSlack {
  /** Every message posted, in order. */
  messages: FakeSlackMessage[];
  /**
   * Decides, per accepted chat.postMessage, to keep its response back (the message is stored:
   * Slack accepted it, the reply never reaches the bot). Held responses end when the fake closes.
   */
  holdResponse: ((args: Record<string, unknown>) => boolean) | null;
  /** How many responses are being held. */
  held(): number;
  /** Sends the held responses (the reply that was late, not lost). */
  release(): void;
  /** Cuts the held responses' connections (the reply that was lost). */
  drop(): void;
  apiUrl: string;
  calls: SlackCall[];
  staffMembers: string[];
  /** Method -> how many more times to answer 429. */
  rateLimit: Map<string, number>;
  /** Extra Web API methods (e.g. `apps.connections.open` from the Socket Mode fake): method -> JSON body. */
  handlers: Map<
    string,
    (
      args: Record<string, unknown>,
      headers: Record<string, string | string[] | undefined>,
    ) => Record<string, unknown>
  >;
  /** Method -> milliseconds to wait before answering (a slow Slack, to keep answers in flight). */
  latency: Map<string, number>;
  /**
   * A Web API outage until `until` (ms since the epoch): `error` answers HTTP 500, `hang`
   * holds the connection and then drops it unanswered. Calls refused so are recorded as
   * `METHOD:500` / `METHOD:hang`, never as the method (nothing was posted).
   */
  fault: { mode: 'error' | 'hang'; until: number; methods?: string[] } | null;
  /** A `response_url` on this fake (slash commands, interactions); posts to it are recorded as `response_url`. */
  responseUrl(id: string): string;
  callsTo(method: string): SlackCall[];
  waitFor(method: string, count: number, timeoutMs?: number): Promise<SlackCall[]>;
  close(): Promise<void>;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The Web API client sends arrays and objects (blocks) as JSON strings.
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

const isMetadata = (value: unknown): value is FakeSlackMessage['metadata'] =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { event_type?: unknown }).event_type === 'string';

export async function startFakeSlack(): Promise<FakeSlack> {
  // A message's ts is its post time, as in Slack (read-backs filter on `oldest`), kept unique.
  let tsCounter = 0;
  const heldResponses = new Map<ServerResponse, unknown>();
  const fake: FakeSlack = {
    messages: [],
    holdResponse: null,
    held: () => heldResponses.size,
    drop: () => {
      for (const response of heldResponses.keys()) response.destroy();
      heldResponses.clear();
    },
    release: () => {
      for (const [response, body] of heldResponses) {
        heldResponses.delete(response);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      }
    },
    apiUrl: '',
    calls: [],
    staffMembers: ['U0STAFF'],
    rateLimit: new Map(),
    handlers: new Map(),
    latency: new Map(),
    fault: null,
    responseUrl: (id) => `${fake.apiUrl.replace(/api\/$/, '')}response/${id}`,
    callsTo: (method) => fake.calls.filter((c) => c.method === method),
    waitFor: async (method, count, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (fake.callsTo(method).length < count && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      return fake.callsTo(method);
    },
    close: async () => {},
  };
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', async () => {
      const wait =
        fake.latency.get((request.url ?? '').replace(/^\/api\//, '').split('?')[0]!) ?? 0;
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
      const args = parseBody(raw, request.headers['content-type']);
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers });
        response.end(JSON.stringify(body));
      };
      const fault = fake.fault;
      if (fault && Date.now() < fault.until && (!fault.methods || fault.methods.includes(method))) {
        fake.calls.push({
          method: `${method}:${fault.mode === 'error' ? 500 : 'hang'}`,
          args,
          at: Date.now(),
        });
        if (fault.mode === 'error') return send(500, { ok: false, error: 'internal_error' });
        await new Promise((r) => setTimeout(r, fault.until - Date.now()));
        return void request.socket.destroy();
      }
      const limited = fake.rateLimit.get(method) ?? 0;
      if (limited > 0) {
        fake.rateLimit.set(method, limited - 1);
        fake.calls.push({ method: `${method}:429`, args, at: Date.now() });
        return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
      }
      if ((request.url ?? '').startsWith('/response/')) {
        fake.calls.push({
          method: 'response_url',
          args: { ...args, _path: request.url },
          at: Date.now(),
        });
        return send(200, { ok: true });
      }
      fake.calls.push({ method, args, at: Date.now() });
      const handler = fake.handlers.get(method);
      if (handler) return send(200, handler(args, request.headers));
      switch (method) {
        case 'auth.test':
          return send(200, {
            ok: true,
            url: 'https://mie-exchange.slack.com/',
            team: 'Mie',
            user: 'exchange-desk',
            team_id: 'T0MIEUNIV',
            user_id: 'U0BOT',
            bot_id: 'B0BOT',
          });
        case 'chat.postMessage': {
          const message: FakeSlackMessage = {
            channel: String(args.channel),
            ts: `${Math.floor(Date.now() / 1000)}.${String(++tsCounter).padStart(6, '0')}`,
            ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}),
            text: String(args.text ?? ''),
            user: 'U0BOT',
            bot_id: 'B0BOT',
            ...(isMetadata(args.metadata) ? { metadata: args.metadata } : {}),
          };
          fake.messages.push(message);
          if (fake.holdResponse?.(args)) {
            heldResponses.set(response, {
              ok: true,
              channel: args.channel,
              ts: message.ts,
              message,
            });
            response.on('close', () => heldResponses.delete(response));
            return;
          }
          return send(200, { ok: true, channel: args.channel, ts: message.ts, message });
        }
        case 'conversations.history':
        case 'conversations.replies': {
          const withMetadata =
            args.include_all_metadata === true || args.include_all_metadata === 'true';
          const oldest = Number(args.oldest ?? 0);
          const inChannel = fake.messages.filter(
            (m) =>
              m.channel === args.channel &&
              Number(m.ts) >= oldest &&
              (method === 'conversations.history'
                ? !m.thread_ts || m.thread_ts === m.ts
                : m.thread_ts === args.ts || m.ts === args.ts),
          );
          const ordered = method === 'conversations.history' ? [...inChannel].reverse() : inChannel;
          const limit = Number(args.limit ?? 100);
          return send(200, {
            ok: true,
            messages: ordered.slice(0, limit).map(({ metadata, channel: _channel, ...m }) => ({
              type: 'message',
              ...m,
              ...(withMetadata && metadata ? { metadata } : {}),
            })),
            has_more: ordered.length > limit,
          });
        }
        case 'chat.update':
          return send(200, { ok: true, channel: args.channel, ts: args.ts });
        case 'chat.getPermalink':
          return send(200, {
            ok: true,
            permalink: `https://mie-exchange.slack.com/archives/${args.channel}/p${String(args.message_ts).replace('.', '')}`,
          });
        case 'conversations.open': {
          // The app's DM with a user: one per user, like Slack's.
          const user = String(args.users ?? '').split(',')[0] ?? '';
          return send(200, { ok: true, channel: { id: `D${user.replace(/^U/, '')}` } });
        }
        case 'conversations.members':
          return send(200, {
            ok: true,
            members: fake.staffMembers,
            response_metadata: { next_cursor: '' },
          });
        case 'reactions.add':
        case 'reactions.remove':
        case 'chat.postEphemeral':
          return send(200, { ok: true });
        default:
          return send(200, { ok: false, error: 'unknown_method' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  fake.close = () =>
    new Promise((resolve) => {
      for (const held of heldResponses.keys()) held.destroy();
      server.close(() => resolve());
    });
  return fake;
}
