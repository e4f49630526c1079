/**
 * DATA_DIR fills while `desk serve` is answering: a real small disk (a tmpfs in a user
 * namespace, test/helpers/small-disk.ts) filled to the last byte from outside through
 * /proc/PID/root. Nothing acknowledged may go silently unanswered: a question is either
 * answered, or refused before it is acknowledged (Slack retries it); the process stays up,
 * /readyz names DATA_DIR, and once space is freed the retries are answered.
 */
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.ts';
import {
  deliver,
  question,
  startServe,
  tally,
  waitForAnswers,
  type Question,
  type Served,
} from '../helpers/fault-traffic.ts';
import { SMALL_DISK_SKIP, smallDiskAvailable } from '../helpers/small-disk.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let fake: FakeSlack | null = null;
let served: Served | null = null;
afterAll(async () => {
  await served?.stop();
  await fake?.close();
});
if (!smallDiskAvailable()) console.warn(`disk-full: ${SMALL_DISK_SKIP}`);

/** Writes zeros into `file` until the disk says ENOSPC; returns the bytes written. */
function fill(file: string): number {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(256 * 1024);
  let written = 0;
  try {
    for (;;) written += writeSync(fd, chunk);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return written;
}

describe.skipIf(!smallDiskAvailable())('DATA_DIR fills while serving', () => {
  it('nothing acknowledged is silently unanswered; the process stays up and says why', async () => {
    fake = await startFakeSlack();
    const dataDir = mkdtempSync(join(tmpdir(), 'desk-disk-full-'));
    served = await startServe({ DATA_DIR: dataDir }, fake.apiUrl, { smallDisk: { size: '96m' } });
    // The child's view of its own disk (its mount namespace), from outside.
    const filler = join(`/proc/${served.child.pid}/root`, dataDir, 'filler');
    const questions: Question[] = [];
    const deliveries: Promise<void>[] = [];
    let readyWhileFull: { status: number; text: string } | null = null;
    for (let i = 0; i < 30; i++) {
      if (i === 5) fill(filler);
      if (i === 15) {
        const ready = await fetch(`http://127.0.0.1:${served.port}/readyz`).catch(() => null);
        readyWhileFull = { status: ready?.status ?? 0, text: (await ready?.text()) ?? '' };
      }
      if (i === 20) rmSync(filler); // the operator frees space
      const q = question(
        i % 6 === 5 ? `I want to talk to a person (${i})` : 'Which partners accept TOEIC 450?',
      );
      questions.push(q);
      deliveries.push(deliver(served.port, q, { retryMs: 2000, attempts: 15 }));
      await sleep(500);
    }
    await Promise.all(deliveries);
    await waitForAnswers(fake, questions, 90_000);
    const counts = tally(fake, questions);
    const refused = questions.filter((q) => q.statuses.some((s) => s !== 200)).length;
    console.log(
      `disk-full: ${JSON.stringify({ ...counts, refusedAtLeastOnce: refused })}; readyz while full: ${readyWhileFull?.status} ${readyWhileFull?.text.trim()}`,
    );
    expect(served.exitCode()).toBe('running');
    expect(readyWhileFull?.status).toBe(503);
    expect(readyWhileFull?.text).toMatch(/DATA_DIR/);
    expect(counts).toMatchObject({
      sent: 30,
      acknowledged: 30,
      answeredTwice: 0,
      lost: 0,
      answeredOnce: 30,
    });
  }, 300_000);
});
