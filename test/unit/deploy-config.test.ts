import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.ts';

describe('loadConfig: deployment settings', () => {
  it('turns Slack on in Socket Mode with the bot and app-level tokens only (no signing secret)', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(config.slack).toMatchObject({
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
      signingSecret: null,
    });
  });
  it('asks for a way in when only the bot token is set, and for the bot token when only the others are', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_SIGNING_SECRET \(HTTP events\) or SLACK_APP_TOKEN \(Socket Mode\)/,
    );
    expect(() => loadConfig({ SLACK_APP_TOKEN: 'xapp-1' })).toThrow(
      /set SLACK_BOT_TOKEN as well \(you set SLACK_APP_TOKEN\)/,
    );
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN/);
  });
  it('reads METRICS_PORT, HOST and SHUTDOWN_GRACE_MS, naming a bad value', () => {
    expect(loadConfig({})).toMatchObject({
      metricsPort: null,
      host: '0.0.0.0',
      shutdownGraceMs: 25_000,
    });
    expect(
      loadConfig({ METRICS_PORT: '9464', HOST: '127.0.0.1', SHUTDOWN_GRACE_MS: '5000' }),
    ).toMatchObject({ metricsPort: 9464, host: '127.0.0.1', shutdownGraceMs: 5000 });
    expect(() => loadConfig({ METRICS_PORT: 'nine' })).toThrow(
      /METRICS_PORT: must be a port number/,
    );
  });
  it('reads ANSWER_THREADS (default 1, 0 answers in the main thread), naming a bad value', () => {
    expect(loadConfig({}).answerThreads).toBe(1);
    expect(loadConfig({ ANSWER_THREADS: '0' }).answerThreads).toBe(0);
    expect(loadConfig({ ANSWER_THREADS: '2' }).answerThreads).toBe(2);
    expect(() => loadConfig({ ANSWER_THREADS: 'many' })).toThrow(/ANSWER_THREADS: must be 0 to 4/);
  });
  it('accepts .env.example as it is (every documented setting parses)', async () => {
    const { readFileSync } = await import('node:fs');
    const env = Object.fromEntries(
      [...readFileSync('.env.example', 'utf8').matchAll(/^([A-Z_]+)=(.*)$/gm)].map((m) => [
        m[1]!,
        m[2]!,
      ]),
    );
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining([
        'PORT',
        'METRICS_PORT',
        'HOST',
        'SHUTDOWN_GRACE_MS',
        'SLACK_APP_TOKEN',
      ]),
    );
    expect(() => loadConfig(env)).not.toThrow();
  });
});
