/** `desk serve` as a process: Slack settings present -> events answered through the fake Web API. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.ts';
import { SIGNING_SECRET, fixture, freePort, postEvent } from '../helpers/slack-requests.ts';

let fake: FakeSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(() => fake.close());

describe('desk serve', () => {
  it('says what to set when no channel is configured', async () => {
    const child = spawn('node', ['bin/desk.js', 'serve'], {
      env: {
        ...process.env,
        SLACK_BOT_TOKEN: '',
        SLACK_SIGNING_SECRET: '',
        DISCORD_TOKEN: '',
        DISCORD_APPLICATION_ID: '',
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET/);
  });

  it('serves Slack over HTTP with the settings from the environment, and stops on SIGTERM', async () => {
    const port = await freePort();
    const env = {
      ...process.env,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-serve-')),
      DATABASE_URL: '',
      SLACK_BOT_TOKEN: 'xoxb-serve-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_STAFF_CHANNEL: 'C0STAFF',
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'silent',
    };
    const child = spawn('node', ['bin/desk.js', 'serve'], { env });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const deadline = Date.now() + 60_000;
    while (!/HTTP events at/.test(stderr) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(stderr).toMatch(/HTTP events at http:\/\/0\.0\.0\.0:\d+\/slack\/events/);
    const body = fixture('app_mention.json');
    expect((await postEvent(port, body)).status).toBe(200);
    const posts = await fake.waitFor('chat.postMessage', 1, 20_000);
    expect(String(posts[0]!.args.text)).toMatch(/Ho Chi Minh City University of Education/);
    child.kill('SIGTERM');
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
  });
});

describe('desk serve with Discord, and desk discord register', () => {
  it('connects to the gateway from the environment and answers a mention; registers /ask', async () => {
    const { startFakeDiscord, discordFixture, nextId, BOT_ID } =
      await import('../fakes/discord.ts');
    const discord = await startFakeDiscord();
    try {
      const env = {
        ...process.env,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-serve-discord-')),
        DATABASE_URL: '',
        SLACK_BOT_TOKEN: '',
        SLACK_SIGNING_SECRET: '',
        DISCORD_TOKEN: 'fake-token',
        DISCORD_APPLICATION_ID: BOT_ID,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_GUILD_ID: '800000000000000001',
        LOG_LEVEL: 'silent',
      };
      const { execFile } = await import('node:child_process');
      const registered = await new Promise<string>((resolve, reject) =>
        execFile('node', ['bin/desk.js', 'discord', 'register'], { env }, (error, stdout) =>
          error ? reject(error) : resolve(stdout),
        ),
      );
      expect(registered).toMatch(/registered 1 command\(s\) in guild 800000000000000001: \/ask/);
      expect(
        discord.calls.some(
          (c) =>
            c.method === 'PUT' &&
            c.path === `/applications/${BOT_ID}/guilds/800000000000000001/commands`,
        ),
      ).toBe(true);

      const child = spawn('node', ['bin/desk.js', 'serve'], { env });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const deadline = Date.now() + 60_000;
      while (!/Discord: connected/.test(stderr) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
      expect(stderr).toMatch(/Discord: connected as exchange-desk/);
      const id = nextId();
      const event = discordFixture('message_create_mention.json', { MESSAGE_ID: id });
      discord.dispatch(event.t, event.d);
      const posts = await discord.waitFor(
        (c) => c.method === 'POST' && c.path === `/channels/${id}/messages`,
        1,
        20_000,
      );
      expect(JSON.stringify(posts[0]!.body.embeds)).toMatch(
        /Ho Chi Minh City University of Education/,
      );
      child.kill('SIGTERM');
      expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
    } finally {
      await discord.close();
    }
  });
});
