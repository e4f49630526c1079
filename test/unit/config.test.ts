import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.ts';
import { DeskError } from '../../src/domain/errors.ts';

describe('loadConfig', () => {
  it('gives defaults with no settings (the embedded default)', () => {
    const config = loadConfig({});
    expect(config.slack).toBeNull();
    expect(config.discord).toBeNull();
    expect(config.model).toBeNull();
    expect(config.staleAfterDays).toBe(365);
    expect(config.dataDir).toMatch(/data$/);
  });
  it('names the variable when a value is malformed', () => {
    expect(() => loadConfig({ STALE_AFTER_DAYS: 'soon' })).toThrow(/STALE_AFTER_DAYS/);
    expect(() => loadConfig({ SLACK_API_URL: 'not a url' })).toThrow(/SLACK_API_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
  it('names the missing partner of a half-configured channel', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(DeskError);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
  });
  it('enables model mode with a key and keeps the base URL', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
    expect(config.model).toMatchObject({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9/v1' });
  });
});
