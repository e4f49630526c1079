/**
 * A local OpenAI-compatible server on 127.0.0.1 for tests: `/v1/embeddings` answers with
 * deterministic vectors (float or base64, as asked). It counts calls and can be told to fail.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hashingVector } from '../../src/retrieval/hashing-embeddings.ts';

export interface FakeOpenAi {
  baseUrl: string;
  calls: { path: string; body: Record<string, unknown> }[];
  /** HTTP status to answer with instead of a result (500, 429...), or null for normal answers. */
  failWith: number | null;
  close(): Promise<void>;
}

export async function startFakeOpenAi(): Promise<FakeOpenAi> {
  const state: FakeOpenAi = { baseUrl: '', calls: [], failWith: null, close: async () => {} };
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
      if (state.failWith !== null) return send(state.failWith, { error: { message: 'fake failure', type: 'server_error' } });
      if (request.url === '/v1/embeddings') {
        const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
        const data = inputs.map((text, index) => {
          const vector = hashingVector(text);
          const embedding = body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
          return { object: 'embedding', index, embedding };
        });
        return send(200, { object: 'list', data, model: body.model, usage: { prompt_tokens: 0, total_tokens: 0 } });
      }
      send(404, { error: { message: `no fake for ${request.url}` } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = () => new Promise((resolve) => server.close(() => resolve()));
  return state;
}
