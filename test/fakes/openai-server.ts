/**
 * A local OpenAI-compatible server on 127.0.0.1 for tests: `/v1/embeddings` answers with
 * deterministic vectors (float or base64, as asked). It counts calls and can be told to fail.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hashingVector } from '../../src/retrieval/hashing-embeddings.ts';

/** What the fake answers to one chat completion request. */
export type ChatReply =
  | { content: string }
  | { status: number; headers?: Record<string, string> }
  | { delayMs: number; content: string };

export interface FakeOpenAi {
  baseUrl: string;
  calls: { path: string; body: Record<string, unknown> }[];
  /** HTTP status to answer with instead of a result (500, 429...), or null for normal answers. */
  failWith: number | null;
  /** Scripted replies to chat completions, used in order; when empty, `chat` answers. */
  script: ChatReply[];
  chat: (body: { messages: { role: string; content: string }[] }) => ChatReply;
  chatCalls(): number;
  close(): Promise<void>;
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const state: FakeOpenAi = {
    baseUrl: '',
    calls: [],
    failWith: null,
    script: [],
    chat: () => ({ content: '{}' }),
    chatCalls: () => state.calls.filter((c) => c.path === '/v1/chat/completions').length,
    close: async () => {},
  };
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      state.calls.push({ path: request.url ?? '', body });
      const send = (status: number, payload: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(payload));
      };
      if (state.failWith !== null)
        return send(state.failWith, { error: { message: 'fake failure', type: 'server_error' } });
      if (request.url === '/v1/embeddings') {
        const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
        const data = inputs.map((text, index) => {
          const vector = hashingVector(text);
          const embedding =
            body.encoding_format === 'base64'
              ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
              : vector;
          return { object: 'embedding', index, embedding };
        });
        return send(200, {
          object: 'list',
          data,
          model: body.model,
          usage: { prompt_tokens: 0, total_tokens: 0 },
        });
      }
      if (request.url === '/v1/models')
        return send(200, { object: 'list', data: [{ id: 'fake-chat', object: 'model' }] });
      if (request.url === '/v1/chat/completions') {
        const reply =
          state.script.shift() ??
          state.chat(body as { messages: { role: string; content: string }[] });
        const completion = (content: string) => ({
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content } }],
          usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
        });
        if ('status' in reply) {
          response.writeHead(reply.status, {
            'content-type': 'application/json',
            ...(reply.headers ?? {}),
          });
          return response.end(
            JSON.stringify({ error: { message: 'fake error', type: 'server_error' } }),
          );
        }
        if ('delayMs' in reply) {
          const timer = setTimeout(() => send(200, completion(reply.content)), reply.delayMs);
          response.on('close', () => clearTimeout(timer));
          return;
        }
        return send(200, completion(reply.content));
      }
      send(404, { error: { message: `no fake for ${request.url}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
