/** `desk doctor` against local fakes: every configured endpoint checked, problems said in a sentence. */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ID, startFakeDiscord, type FakeDiscord } from '../fakes/discord.ts';
import { startFakeOpenAi, type FakeOpenAi } from '../fakes/openai-server.ts';
import { startFakeSlack, type FakeSlack } from '../fakes/slack-api.ts';

const run = promisify(execFile);
let openai: FakeOpenAi;
let slack: FakeSlack;
let discord: FakeDiscord;
beforeAll(async () => {
  openai = await startFakeOpenAi();
  slack = await startFakeSlack();
  discord = await startFakeDiscord();
});
afterAll(async () => {
  await openai.close();
  await slack.close();
  await discord.close();
});

const env = (extra: Record<string, string>) => ({ ...process.env, DATA_DIR: mkdtempSync(join(tmpdir(), 'desk-doctor-')), DATABASE_URL: '', ...extra });

describe('desk doctor', () => {
  it('reports every check ok with reachable endpoints', async () => {
    const { stdout } = await run('node', ['bin/desk.js', 'doctor'], {
      env: env({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: openai.baseUrl, OPENAI_CHAT_MODEL: 'fake-chat', SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl }),
    });
    expect(stdout).toMatch(/✔ knowledge: ok \(64 partners/);
    expect(stdout).toMatch(/✔ model endpoint: reachable, but it does not list text-embedding-3-small/);
    expect(stdout).toMatch(/✔ Slack: ok/);
  });

  it('checks Discord too when it is configured', async () => {
    const { stdout } = await run('node', ['bin/desk.js', 'doctor'], {
      env: env({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '', DISCORD_TOKEN: 'fake-token', DISCORD_APPLICATION_ID: BOT_ID, DISCORD_API_URL: discord.apiUrl, DISCORD_STAFF_CHANNEL_ID: '700000000000000001' }),
    });
    expect(stdout).toMatch(/✔ Discord: ok \(bot desk-bot\); DISCORD_STAFF_ROLE_ID is not set/);
  });

  it('says in a sentence what is wrong, and exits 1', async () => {
    const result = await run('node', ['bin/desk.js', 'doctor'], { env: env({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }) }).catch((error) => error);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✘ model endpoint: nothing answers at that address/);
  });

  it('a malformed setting stops the program with a message naming the variable', async () => {
    const result = await run('node', ['bin/desk.js', 'doctor'], { env: env({ MODEL_TIMEOUT_MS: 'soon' }) }).catch((error) => error);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/MODEL_TIMEOUT_MS: must be a whole number/);
  });
});
