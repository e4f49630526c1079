/**
 * slack/manifest.yaml against the code: the scopes are exactly those the Web API methods the
 * Slack adapter calls need (slack/scopes.yaml, kept as data), plus those of the subscribed
 * events and of /ask; and the fields Slack's manifest format asks for are there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { ASK_COMMAND } from '../../src/adapters/slack/ask-command.ts';

const Scopes = z.object({
  methods: z.record(z.string(), z.array(z.string())),
  events: z.record(z.string(), z.array(z.string())),
  slash_commands: z.array(z.string()),
  app_level: z.record(z.string(), z.array(z.string())),
});
const Manifest = z.object({
  _metadata: z.object({ major_version: z.literal(2), minor_version: z.number().int() }),
  display_information: z.object({
    name: z.string(),
    description: z.string().max(139),
    long_description: z.string().min(175).max(4000),
  }),
  features: z
    .object({
      slash_commands: z.array(
        z.object({
          command: z.string(),
          description: z.string().max(100),
          usage_hint: z.string().max(100).optional(),
          should_escape: z.boolean(),
        }),
      ),
    })
    .passthrough(),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z
    .object({
      event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
      interactivity: z.object({ is_enabled: z.boolean() }),
      socket_mode_enabled: z.boolean(),
    })
    .passthrough(),
});

const scopes = Scopes.parse(parse(readFileSync('slack/scopes.yaml', 'utf8')));
const manifest = Manifest.parse(parse(readFileSync('slack/manifest.yaml', 'utf8')));
const SLACK_SOURCES = 'src/adapters/slack';
const sources = readdirSync(SLACK_SOURCES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(join(SLACK_SOURCES, file), 'utf8'))
  .join('\n');

/** `client.chat.postMessage(`, also split over lines as `client.chat\n  .postMessage(`. */
function calledMethods(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/\bclient\s*\.\s*([a-z]+)\s*\.\s*([a-zA-Z]+)\s*\(/g)].map(
      (m) => `${m[1]}.${m[2]}`,
    ),
  );
}

describe('slack/manifest.yaml', () => {
  it('finds the Web API calls in the Slack adapter (the scan works)', () => {
    const called = calledMethods(sources);
    expect(called).toContain('chat.postMessage');
    expect(called).toContain('conversations.members');
    expect(calledMethods('await client.chat\n  .postEphemeral({})')).toEqual(
      new Set(['chat.postEphemeral']),
    );
  });

  it('every method the code calls has its scopes in the table, and the table lists nothing the code does not call', () => {
    const called = [...calledMethods(sources)].sort();
    expect(called.filter((method) => !(method in scopes.methods))).toEqual([]);
    expect(Object.keys(scopes.methods).sort()).toEqual(called);
  });

  it('asks for exactly the scopes of the called methods, the subscribed events and the slash command', () => {
    const needed = new Set(
      [...calledMethods(sources)].flatMap((method) => scopes.methods[method] ?? []),
    );
    for (const event of manifest.settings.event_subscriptions.bot_events)
      for (const scope of scopes.events[event] ?? [`(no entry for ${event})`]) needed.add(scope);
    if (manifest.features.slash_commands.length > 0)
      for (const scope of scopes.slash_commands) needed.add(scope);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it('subscribes to the events the code listens to, and declares /ask as the code registers it', () => {
    expect(sources).toMatch(/app\.event\('app_mention'/);
    expect(sources).toMatch(/app\.message\(/);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      Object.keys(scopes.events).sort(),
    );
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([ASK_COMMAND]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('runs in Socket Mode, whose app-level token needs connections:write', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(scopes.app_level['apps.connections.open']).toEqual(['connections:write']);
    expect(readFileSync('slack/manifest.yaml', 'utf8')).toMatch(
      /connections:write -> SLACK_APP_TOKEN/,
    );
  });
});
