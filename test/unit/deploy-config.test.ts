import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.ts';

describe('loadConfig: deployment settings', () => {
  it('turns Slack on in Socket Mode with the bot and app-level tokens only (no signing secret)', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(config.slack).toMatchObject({ botToken: 'xoxb-1', appToken: 'xapp-1', signingSecret: null });
  });
  it('asks for a way in when only the bot token is set, and for the bot token when only the others are', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET \(HTTP events\) or SLACK_APP_TOKEN \(Socket Mode\)/);
    expect(() => loadConfig({ SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/set SLACK_BOT_TOKEN as well \(you set SLACK_APP_TOKEN\)/);
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN/);
  });
});
