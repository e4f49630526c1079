/** Signed requests to the Slack app's HTTP receiver, as Slack sends them. */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const SIGNING_SECRET = 'test-signing-secret';

export function fixture(name: string, replacements: Record<string, string> = {}): string {
  let text = readFileSync(`test/fixtures/slack/${name}`, 'utf8');
  for (const [from, to] of Object.entries(replacements)) text = text.split(from).join(to);
  return text;
}

export function sign(
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
  secret = SIGNING_SECRET,
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export async function postEvent(
  port: number,
  body: string,
  headers: Record<string, string> = sign(body),
): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  await response.text();
  return { status: response.status, ms: performance.now() - started };
}

export async function postInteraction(port: number, payload: string): Promise<number> {
  const body = `payload=${encodeURIComponent(payload)}`;
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) },
    body,
  });
  await response.text();
  return response.status;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
