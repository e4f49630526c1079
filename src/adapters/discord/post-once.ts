/**
 * A Discord post that is never made twice (issue 15): each message carries a `nonce` derived
 * from its outbox key with `enforce_nonce`, so Discord returns the message it already created
 * for that nonce (within its window of a few minutes) instead of creating another. A thread
 * started from a message shares the message's id; starting it again is refused (160004) and
 * means it is there.
 */
import { createHash } from 'node:crypto';
import { DiscordAPIError, Routes, type REST } from 'discord.js';

/** Discord's nonce is at most 25 characters. */
export function nonceFor(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 25);
}

export async function postOnce(
  rest: REST,
  channel: string,
  key: string,
  body: Record<string, unknown>,
): Promise<{ id: string }> {
  return (await rest.post(Routes.channelMessages(channel), {
    body: { ...body, nonce: nonceFor(key), enforce_nonce: true },
  })) as { id: string };
}

const THREAD_ALREADY_CREATED = 160004;

export async function startThreadOnce(
  rest: REST,
  thread: { parent: string; message: string; name: string },
): Promise<void> {
  try {
    await rest.post(Routes.threads(thread.parent, thread.message), {
      body: { name: thread.name, auto_archive_duration: 1440 },
    });
  } catch (error) {
    if (error instanceof DiscordAPIError && error.code === THREAD_ALREADY_CREATED) return;
    throw error;
  }
}
