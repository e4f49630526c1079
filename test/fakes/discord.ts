/**
 * A local fake Discord on 127.0.0.1: the REST API (the routes the bot uses, every call
 * recorded) and a gateway WebSocket speaking enough of the protocol (HELLO, IDENTIFY, READY,
 * GUILD_CREATE, heartbeats) to drive a real discord.js Client, plus `dispatch` for events.
 * Like Discord, it honours `enforce_nonce` (a second message with the same nonce returns the
 * first) and refuses a second thread on one message (code 160004).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_ID = '900000000000000001';
export const GUILD_ID = '800000000000000001';
export const QUESTIONS_CHANNEL = '810000000000000001';
export const STAFF_CHANNEL = '810000000000000002';
export const STAFF_ROLE = '600000000000000001';

export interface DiscordCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

export interface FakeDiscord {
  apiUrl: string;
  calls: DiscordCall[];
  /** Messages created by POST /channels/:id/messages (a nonce repeat returns one, creates none). */
  created: { channel: string; id: string; nonce: string | null }[];
  dispatch(event: string, data: unknown): void;
  waitFor(
    test: (call: DiscordCall) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<DiscordCall[]>;
  close(): Promise<void>;
}

export function discordFixture(
  name: string,
  replacements: Record<string, string> = {},
): { t: string; d: Record<string, unknown> } {
  let text = readFileSync(`test/fixtures/discord/${name}`, 'utf8');
  for (const [from, to] of Object.entries(replacements)) text = text.split(from).join(to);
  return JSON.parse(text);
}

let snowflake = 1_000_000_000_000_000n;
export const nextId = () => String(++snowflake);

/** A message the bot posted, as Discord returns it (and includes it in a button's interaction). */
export function botMessage(channelId: string, body: Record<string, unknown> = {}, id = nextId()) {
  return {
    id,
    channel_id: channelId,
    author: {
      id: BOT_ID,
      username: 'exchange-desk',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    },
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const calls: DiscordCall[] = [];
  const sockets = new Set<WebSocket>();
  let sequence = 1;
  let baseUrl = '';
  const byNonce = new Map<string, ReturnType<typeof botMessage>>();
  const created: FakeDiscord['created'] = [];
  const threaded = new Set<string>();
  const rest = (request: IncomingMessage, response: ServerResponse, raw: string) => {
    const path = decodeURIComponent((request.url ?? '').replace(/^\/api\/v10/, '').split('?')[0]!);
    const body =
      raw && request.headers['content-type']?.includes('json')
        ? (JSON.parse(raw) as Record<string, unknown>)
        : {};
    calls.push({ method: request.method ?? 'GET', path, body });
    const send = (status: number, payload?: unknown) => {
      if (status === 204 || payload === undefined) return void response.writeHead(status).end();
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(payload));
    };
    let match: RegExpExecArray | null;
    if (path === '/gateway/bot')
      return send(200, {
        url: baseUrl.replace('http', 'ws'),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    if ((match = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      if (threaded.has(match[2]!))
        return send(400, {
          message: 'A thread has already been created for this message',
          code: 160004,
        });
      threaded.add(match[2]!);
      const thread = {
        id: match[2],
        type: 11,
        guild_id: GUILD_ID,
        parent_id: match[1],
        name: body.name,
        owner_id: BOT_ID,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: new Date().toISOString(),
          locked: false,
        },
        message_count: 0,
        member_count: 1,
        flags: 0,
      };
      // Discord tells the bot's gateway of the new thread, so its client knows the channel.
      for (const socket of sockets)
        socket.send(
          JSON.stringify({
            op: 0,
            t: 'THREAD_CREATE',
            d: { ...thread, newly_created: true },
            s: sequence++,
          }),
        );
      return send(201, thread);
    }
    if ((match = /^\/channels\/(\d+)\/messages$/.exec(path)) && request.method === 'POST') {
      const nonce = body.nonce === undefined ? null : `${match[1]}:${String(body.nonce)}`;
      const earlier = nonce && body.enforce_nonce === true ? byNonce.get(nonce) : undefined;
      if (earlier) return send(200, earlier);
      const message = {
        ...botMessage(match[1]!, body),
        ...(nonce ? { nonce: body.nonce } : {}),
      };
      if (nonce) byNonce.set(nonce, message);
      created.push({
        channel: match[1]!,
        id: message.id,
        nonce: nonce ? String(body.nonce) : null,
      });
      return send(200, message);
    }
    if ((match = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path)) && request.method === 'PATCH')
      return send(200, botMessage(match[1]!, body, match[2]));
    if (/^\/channels\/\d+\/messages\/\d+\/reactions\//.test(path)) return send(204);
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return send(204);
    if ((match = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.exec(path)))
      return send(200, botMessage(QUESTIONS_CHANNEL, body));
    if (/^\/webhooks\/\d+\/[^/]+$/.test(path))
      return send(200, botMessage(QUESTIONS_CHANNEL, body));
    if (/^\/applications\/\d+\/(guilds\/\d+\/)?commands$/.test(path))
      return send(200, (body as unknown as unknown[]) ?? []);
    if (path === '/users/@me') return send(200, { id: BOT_ID, username: 'desk-bot' });
    if (/^\/channels\/\d+$/.test(path) && request.method === 'GET')
      return send(200, { id: path.split('/')[2], type: 0 });
    if (/^\/users\/@me\/channels$/.test(path))
      return send(200, { id: nextId(), type: 1, recipients: [] });
    send(404, { message: `fake has no route ${request.method} ${path}`, code: 0 });
  };
  const server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => rest(request, response, raw));
  });
  const gateway = new WebSocketServer({ server });
  gateway.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    socket.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (packet.op === 2) {
        const ready = discordFixture('ready.json', { RESUME_URL: baseUrl.replace('http', 'ws') });
        socket.send(JSON.stringify({ ...ready, s: sequence++ }));
        const guild = discordFixture('guild_create.json');
        socket.send(JSON.stringify({ op: 0, t: guild.t, d: guild.d, s: sequence++ }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: `${baseUrl}/api`,
    calls,
    created,
    dispatch(event, data) {
      for (const socket of sockets)
        socket.send(JSON.stringify({ op: 0, t: event, d: data, s: sequence++ }));
    },
    async waitFor(test, count = 1, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (calls.filter(test).length < count && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      return calls.filter(test);
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.terminate();
        gateway.close();
        server.close(() => resolve());
      }),
  };
}
