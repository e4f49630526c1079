/**
 * A Slack post that is never made twice (issue 15). Each post carries message metadata naming
 * what it is (`event_type`) and its outbox key; when an earlier send may have reached Slack
 * (a crash after Slack accepted it, a timeout, a 500 that posted anyway), the thread or the
 * channel is read back with `include_all_metadata` and the earlier post is used instead.
 */
import type { WebClient } from '@slack/web-api';

export const POST_TYPE = {
  answer: 'exchange_desk_answer',
  staffReply: 'exchange_desk_staff_reply',
  caseCard: 'exchange_desk_case_card',
} as const;

type Payload = Record<string, string>;

interface Found {
  ts: string;
}

interface Message {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/**
 * Finds this app's post of `eventType` whose payload matches `match` in a thread (or among a
 * channel's recent messages, from `oldest` when given).
 */
export async function findPost(
  client: WebClient,
  where: { channel: string; thread: string | null; oldest?: string },
  eventType: string,
  match: Payload,
): Promise<Found | null> {
  const result = where.thread
    ? await client.conversations.replies({
        channel: where.channel,
        ts: where.thread,
        include_all_metadata: true,
        limit: 200,
      })
    : await client.conversations.history({
        channel: where.channel,
        include_all_metadata: true,
        limit: 200,
        ...(where.oldest ? { oldest: where.oldest } : {}),
      });
  const messages = (result.messages ?? []) as Message[];
  const hit = messages.find(
    (m) =>
      m.metadata?.event_type === eventType &&
      Object.entries(match).every(([key, value]) => m.metadata?.event_payload?.[key] === value),
  );
  return hit?.ts ? { ts: hit.ts } : null;
}

/**
 * Whether a failed read-back should stop the post (try again later) or let it go ahead: a
 * platform refusal (a missing history scope, a channel the bot cannot read) would refuse every
 * later look too, so posting (a possible repeat) beats never answering.
 */
function lookupIsTransient(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code !== 'slack_webapi_platform_error') return true;
  return (error as { data?: { error?: string } }).data?.error === 'ratelimited';
}

export interface PostOnce {
  channel: string;
  thread: string | null;
  eventType: string;
  /** What identifies this post (its outbox key, an answer id, a case id). */
  payload: Payload;
  /** Which payload fields must match for an earlier post to count as this one. */
  matchOn: string[];
  /** True when an earlier send may have reached Slack. */
  lookFirst: boolean;
  /** Read back from here (channel history without a thread). */
  oldest?: string;
  message: { text: string; blocks?: unknown[] };
}

/** Posts unless an earlier send already did; returns the message's ts either way. */
export async function postOnce(
  client: WebClient,
  post: PostOnce,
  onLookupFailed: (error: unknown) => void = () => {},
): Promise<string> {
  if (post.lookFirst) {
    const match = Object.fromEntries(post.matchOn.map((key) => [key, post.payload[key] ?? '']));
    try {
      const found = await findPost(
        client,
        {
          channel: post.channel,
          thread: post.thread,
          ...(post.oldest ? { oldest: post.oldest } : {}),
        },
        post.eventType,
        match,
      );
      if (found) return found.ts;
    } catch (error) {
      if (lookupIsTransient(error)) throw error;
      onLookupFailed(error);
    }
  }
  const posted = await client.chat.postMessage({
    channel: post.channel,
    ...(post.thread ? { thread_ts: post.thread } : {}),
    text: post.message.text,
    ...(post.message.blocks ? { blocks: post.message.blocks as never } : {}),
    unfurl_links: false,
    metadata: { event_type: post.eventType, event_payload: post.payload },
  });
  return String(posted.ts);
}
