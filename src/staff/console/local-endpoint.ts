/**
 * How `desk cases` and `desk stats` work while `desk serve` holds the embedded store: the
 * server listens on 127.0.0.1 (an ephemeral port, loopback only) and writes its address and
 * a random token to DATA_DIR/staff-endpoint.json with 0600 permissions; a CLI on the same
 * machine that can read that file sends its command there and prints the answer.
 */
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { newToken, tokensMatch } from './csrf.ts';

export const ENDPOINT_FILE = 'staff-endpoint.json';

export const CliRequest = z.object({
  command: z.enum(['cases', 'stats', 'feedback', 'staff']),
  argv: z.array(z.string().max(10_000)).max(50),
  stdin: z.string().max(10_000).optional(),
});
export type CliRequest = z.infer<typeof CliRequest>;

export const CliResponse = z.object({
  code: z.number().int(),
  out: z.array(z.string()),
  err: z.array(z.string()),
});
export type CliResponse = z.infer<typeof CliResponse>;

const EndpointFile = z.object({
  url: z.string().url(),
  token: z.string().min(20),
  pid: z.number().int(),
});

export interface LocalEndpoint {
  url: string;
  stop(): Promise<void>;
}

export async function startLocalEndpoint(
  dataDir: string,
  run: (request: CliRequest) => Promise<CliResponse>,
): Promise<LocalEndpoint> {
  const token = newToken();
  const server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST' || request.url !== '/cli')
      return send(404, { error: 'not found' });
    if (!tokensMatch(`Bearer ${token}`, request.headers.authorization))
      return send(401, { error: 'bad token' });
    let raw = '';
    request.on('data', (chunk) => {
      raw += chunk;
      if (raw.length > 100_000) request.destroy();
    });
    request.on('end', async () => {
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        return send(400, { error: 'not JSON' });
      }
      const parsed = CliRequest.safeParse(body);
      if (!parsed.success)
        return send(400, { error: parsed.error.issues.map((i) => i.message).join('; ') });
      try {
        send(200, await run(parsed.data));
      } catch (error) {
        send(500, {
          code: 1,
          out: [],
          err: [`The running server could not run the command: ${(error as Error).message}`],
        });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const file = join(dataDir, ENDPOINT_FILE);
  writeFileSync(file, JSON.stringify({ url, token, pid: process.pid }), { mode: 0o600 });
  chmodSync(file, 0o600); // An existing file keeps its old mode through writeFileSync.
  return {
    url,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      const current = EndpointFile.safeParse(readJson(file));
      if (current.success && current.data.pid === process.pid) rmSync(file, { force: true });
    },
  };
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Sends a command to the server running on this machine; null when none is running (no
 * file, a dead process, or nothing listening), so the caller opens the store itself.
 */
export async function callRunningServer(
  dataDir: string,
  request: CliRequest,
): Promise<CliResponse | null> {
  const path = join(dataDir, ENDPOINT_FILE);
  if (!existsSync(path)) return null;
  const endpoint = EndpointFile.safeParse(readJson(path));
  if (!endpoint.success || !processAlive(endpoint.data.pid)) return null;
  let response: Response;
  try {
    response = await fetch(`${endpoint.data.url}/cli`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${endpoint.data.token}`,
      },
      body: JSON.stringify(request),
    });
  } catch {
    return null;
  }
  const parsed = CliResponse.safeParse(await response.json().catch(() => null));
  if (!parsed.success)
    return {
      code: 1,
      out: [],
      err: [`The running desk serve answered ${response.status} with an unexpected body.`],
    };
  return parsed.data;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
