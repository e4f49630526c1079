/**
 * Gateway events as Discord sends them, for the tests to dispatch through the fake: an
 * INTERACTION_CREATE (a button press, a command, a modal) with its member and, for a button,
 * the bot's message it was on.
 */
import { BOT_ID, GUILD_ID, nextId, type DiscordCall, type FakeDiscord } from '../fakes/discord.ts';

/** The student most tests speak as. */
export const STUDENT = {
  id: '700000000000000009',
  username: 'hanako',
  discriminator: '0',
  global_name: null,
  avatar: null,
};

/** A member of the office, who holds the staff role when a test gives it. */
export const STAFF_USER = {
  id: '700000000000000002',
  username: 'sato',
  discriminator: '0',
  global_name: null,
  avatar: null,
};

/** A guild member as interactions carry it. */
export function guildMember(user: Record<string, unknown>, roles: string[] = []) {
  return {
    user,
    roles,
    permissions: '0',
    joined_at: '2026-11-01T00:00:00.000000+00:00',
    deaf: false,
    mute: false,
    flags: 0,
  };
}

/** A guild text channel as interactions carry it. */
export function textChannel(id: string, name: string, position: number) {
  return {
    id,
    type: 0,
    guild_id: GUILD_ID,
    name,
    position,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
  };
}

export interface InteractionOptions {
  /** 2 a slash command, 3 a component (button, select menu), 5 a modal submission. */
  type: number;
  channelId: string;
  /** The channel object, where Discord sends one (a guild text channel). */
  channel?: Record<string, unknown>;
  /** Who acted, as a guild member: the student by default. */
  member?: Record<string, unknown>;
  /** The message a component was on. */
  message?: Record<string, unknown>;
  data: Record<string, unknown>;
  locale: string;
}

/**
 * Dispatches an INTERACTION_CREATE; returns its id, its token and a matcher for the bot's
 * answers to it (the callback, and follow-ups or edits through the webhook).
 */
export function dispatchInteraction(fake: FakeDiscord, options: InteractionOptions) {
  const id = nextId();
  const token = `tok-${id}`;
  fake.dispatch('INTERACTION_CREATE', {
    id,
    application_id: BOT_ID,
    type: options.type,
    token,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: options.channelId,
    ...(options.channel ? { channel: options.channel } : {}),
    member: options.member ?? guildMember(STUDENT),
    ...(options.message ? { message: options.message } : {}),
    data: options.data,
    locale: options.locale,
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
  });
  const callback = (call: DiscordCall) => call.path === `/interactions/${id}/${token}/callback`;
  const answers = (call: DiscordCall) =>
    callback(call) || call.path.startsWith(`/webhooks/${BOT_ID}/${token}`);
  return { id, token, callback, answers };
}
