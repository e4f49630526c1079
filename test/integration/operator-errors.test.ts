/**
 * An operator's mistakes, as the process reports them: one sentence naming the setting and
 * what to do, a non-zero exit, no stack trace unless LOG_LEVEL=debug; `desk ask` still tells
 * the student what it can. Read-only and full disks are real ones (a tmpfs in a user
 * namespace, see test/helpers/small-disk.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/slack-requests.ts';
import { SMALL_DISK_SKIP, onSmallDisk, smallDiskAvailable } from '../helpers/small-disk.ts';

const STACK = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at file:/m;

function run(
  argv: [string, string[]],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv[1], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        SLACK_BOT_TOKEN: '',
        SLACK_SIGNING_SECRET: '',
        SLACK_APP_TOKEN: '',
        DISCORD_TOKEN: '',
        DISCORD_APPLICATION_ID: '',
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
const desk = (...args: string[]): [string, string[]] => ['node', ['bin/desk.js', ...args]];
const fresh = () => mkdtempSync(join(tmpdir(), 'desk-operator-'));
const slackEnv = async () => ({
  SLACK_BOT_TOKEN: 'xoxb-operator-test',
  SLACK_SIGNING_SECRET: 'operator-test-secret',
  SLACK_API_URL: 'http://127.0.0.1:9/api/',
  PORT: String(await freePort()),
});
const sentences = (stderr: string, pattern: RegExp) =>
  stderr.split('\n').filter((line) => pattern.test(line));

describe.skipIf(!smallDiskAvailable())('a read-only or full DATA_DIR', () => {
  it('desk ask: the student gets the answer it can; the problem is named once; exit 1', async () => {
    const dir = fresh();
    const result = await run(
      onSmallDisk(dir, '64m', desk('ask', 'I want to talk to a person'), { readOnly: true }),
      { DATA_DIR: dir },
    );
    expect(result.stdout).toMatch(/ryugaku@ab\.mie-u\.ac\.jp/);
    expect(sentences(result.stderr, /DATA_DIR/)).toEqual([
      `DATA_DIR (${dir}) is read-only: point DATA_DIR at a writable folder, or mount it read-write. This run: the search index was built in memory and not saved; the student got the office's contact details instead of a case number.`,
    ]);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.code).toBe(1);
  }, 120_000);

  it('desk ask on a full DATA_DIR says it is full', async () => {
    const dir = fresh();
    const result = await run(onSmallDisk(dir, '1m', desk('ask', 'I want to talk to a person')), {
      DATA_DIR: dir,
    });
    expect(result.stdout).toMatch(/ryugaku@ab\.mie-u\.ac\.jp/);
    expect(sentences(result.stderr, /DATA_DIR/)).toHaveLength(1);
    expect(result.stderr).toMatch(/DATA_DIR \(.*\) is full: free some space/);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.code).toBe(1);
  }, 120_000);

  it('desk serve: one sentence and exit 1; the stack only with LOG_LEVEL=debug', async () => {
    const dir = fresh();
    const quiet = await run(onSmallDisk(dir, '64m', desk('serve'), { readOnly: true }), {
      DATA_DIR: dir,
      ...(await slackEnv()),
    });
    expect(quiet.code).toBe(1);
    expect(sentences(quiet.stderr, /DATA_DIR/)).toEqual([
      `DATA_DIR (${dir}) is read-only: point DATA_DIR at a writable folder, or mount it read-write.`,
    ]);
    expect(quiet.stderr).not.toMatch(STACK);
    const debug = await run(onSmallDisk(dir, '64m', desk('serve'), { readOnly: true }), {
      DATA_DIR: dir,
      LOG_LEVEL: 'debug',
      ...(await slackEnv()),
    });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/is read-only/);
    expect(debug.stderr).toMatch(STACK);
  }, 180_000);
});
if (!smallDiskAvailable()) console.warn(`operator-errors: ${SMALL_DISK_SKIP}`);

describe('other settings', () => {
  it('DATA_DIR under a file: named, exit 1, no stack', async () => {
    const file = join(fresh(), 'a-file');
    writeFileSync(file, '');
    const result = await run(desk('cases', 'list'), { DATA_DIR: join(file, 'data') });
    expect(result.stderr.trim()).toBe(
      `DATA_DIR (${join(file, 'data')}) is not a folder: point DATA_DIR at a folder.`,
    );
    expect(result.code).toBe(1);
  }, 60_000);

  it('a DATABASE_URL nothing answers at: desk serve and desk ask name it', async () => {
    const port = await freePort();
    const url = `postgresql://desk@127.0.0.1:${port}/desk`;
    const sentence = `DATABASE_URL (127.0.0.1:${port}/desk) does not answer (ECONNREFUSED): start the PostgreSQL server, or correct DATABASE_URL.`;
    const served = await run(desk('serve'), {
      DATA_DIR: fresh(),
      DATABASE_URL: url,
      ...(await slackEnv()),
    });
    expect(served.code).toBe(1);
    expect(sentences(served.stderr, /DATABASE_URL/)).toEqual([sentence]);
    expect(served.stderr).not.toMatch(STACK);
    const asked = await run(desk('ask', 'I want to talk to a person'), {
      DATA_DIR: fresh(),
      DATABASE_URL: url,
    });
    expect(asked.stdout).toMatch(/ryugaku@ab\.mie-u\.ac\.jp/);
    expect(sentences(asked.stderr, /^DATABASE_URL/)).toEqual([
      `${sentence} This run: the student got the office's contact details instead of a case number.`,
    ]);
    expect(asked.code).toBe(1);
  }, 120_000);

  it('an embedded store held by another process: named, exit 1', async () => {
    const dir = fresh();
    // This test process is alive: its pid in the lock file is "another process".
    writeFileSync(join(dir, 'desk.lock'), String(process.pid));
    const result = await run(desk('cases', 'list'), { DATA_DIR: dir });
    expect(result.stderr.trim()).toMatch(
      new RegExp(
        `^The embedded store in ${dir} is in use by process ${process.pid}.*Stop it first, or set DATABASE_URL`,
      ),
    );
    expect(result.stderr).not.toMatch(STACK);
    expect(result.code).toBe(1);
  }, 60_000);
});
