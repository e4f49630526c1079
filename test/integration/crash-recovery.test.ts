/**
 * Nothing is lost: the process is SIGKILLed after the case is written and while the staff
 * notification is in flight; after a restart the case is there and staff are notified once.
 */
import { spawn, execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** A staff webhook that holds the first request forever (the "crash window") and de-duplicates by key. */
function startHoldingWebhook() {
  const received: { key: string; body: string }[] = [];
  const acknowledged = new Set<string>();
  const held: ServerResponse[] = [];
  let holdNext = true;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const key = String(request.headers['idempotency-key']);
      received.push({ key, body });
      if (holdNext) {
        holdNext = false;
        held.push(response);
        return;
      }
      acknowledged.add(key);
      response.writeHead(200).end('{}');
    });
  });
  return new Promise<{
    url: string;
    received: typeof received;
    acknowledged: Set<string>;
    close: () => Promise<void>;
  }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
        received,
        acknowledged,
        close: () =>
          new Promise((done) => {
            held.forEach((response) => response.destroy());
            server.close(() => done());
          }),
      }),
    ),
  );
}

describe('crash between "case written" and "staff notified"', () => {
  let webhook: Awaited<ReturnType<typeof startHoldingWebhook>>;
  beforeAll(async () => {
    webhook = await startHoldingWebhook();
  });
  afterAll(() => webhook.close());

  it('keeps the case and notifies staff exactly once after a SIGKILL and restart', async () => {
    const env = {
      ...process.env,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-crash-')),
      STAFF_WEBHOOK_URL: webhook.url,
      DATABASE_URL: '',
    };
    const child = spawn('node', ['bin/desk.js', 'ask', '--json', 'I want to talk to a person'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Wait until the notification is in flight: the case is committed, staff not yet notified.
    const deadline = Date.now() + 60_000;
    while (webhook.received.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(webhook.received).toHaveLength(1);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const caseId = JSON.parse(stdout).handover.caseId as string;
    expect(caseId).toMatch(/^EX-\d{4}$/);
    expect(webhook.acknowledged.size).toBe(0);

    // Restart: the case is there, and the worker delivers the pending notification.
    const shown = await run('node', ['bin/desk.js', 'cases', 'show', caseId, '--json'], { env });
    expect(JSON.parse(shown.stdout)).toMatchObject({
      id: caseId,
      status: 'open',
      reason: 'wants_person',
    });
    const worker = await run('node', ['bin/desk.js', 'worker', '--once'], { env });
    expect(worker.stdout).toMatch(/delivered 1, failed 0/);
    const again = await run('node', ['bin/desk.js', 'worker', '--once'], { env });
    expect(again.stdout).toMatch(/delivered 0, failed 0/);

    // Both attempts carried the same key; the receiver saw one notification.
    expect(webhook.received.map((r) => r.key)).toEqual([
      `notify_staff:${caseId}`,
      `notify_staff:${caseId}`,
    ]);
    expect([...webhook.acknowledged]).toEqual([`notify_staff:${caseId}`]);
    // Four CLI starts on the embedded store: generous, so a busy machine does not fail it.
  }, 240_000);
});
