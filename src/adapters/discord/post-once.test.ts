/**
 * Discord posts made once (against the fake Discord over loopback): an answer whose first send
 * may have reached Discord is sent again with the same nonce and `enforce_nonce`, so Discord
 * returns the first message instead of creating another; its thread is started once.
 */
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseStore, OutboxJob } from '../../domain/ports.ts';
import {
  nextId,
  QUESTIONS_CHANNEL,
  startFakeDiscord,
  type FakeDiscord,
} from '../../../test/fakes/discord.ts';
import { realRuntime } from '../../../test/helpers/runtime.ts';
import { DiscordNotifier } from './discord-notifier.ts';
import { nonceFor } from './post-once.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(() => fake.close());

describe('Discord: every post made once', () => {
  it('nonces fit Discord’s 25 characters and differ per key', () => {
    expect(nonceFor('student_answer:discord:123:0')).toHaveLength(25);
    expect(nonceFor('a')).not.toBe(nonceFor('b'));
  });

  it('an answer sent again after a crash creates no second message or thread', async () => {
    const runtime = await realRuntime();
    const rest = new REST({ api: fake.apiUrl }).setToken('test-token');
    const notifier = new DiscordNotifier(rest, null, runtime.knowledge.office);
    const question = nextId();
    const answer = await runtime.assistant.ask({
      text: 'Which partners accept TOEIC 450?',
      conversation: `discord:g:${QUESTIONS_CHANNEL}:${question}`,
    });
    const job = {
      id: 1,
      kind: 'student_answer',
      caseId: null,
      conversation: `discord:g:${QUESTIONS_CHANNEL}:${question}`,
      idempotencyKey: `student_answer:discord:${question}`,
      attempts: 0,
      payload: {
        answerId: answer.answerId,
        target: {
          channel: question,
          thread: null,
          react: null,
          startThread: { parent: QUESTIONS_CHANNEL, message: question, name: 'Question' },
        },
        answer: { ...answer },
      },
    } as OutboxJob;
    const store = {} as CaseStore;
    await notifier.deliver(job, store);
    const first = fake.created.filter((m) => m.channel === question);
    expect(first.length).toBeGreaterThan(0);
    await notifier.deliver({ ...job, priorSends: 1 }, store);
    expect(fake.created.filter((m) => m.channel === question)).toEqual(first);
    const threads = fake.calls.filter((c) => c.path.endsWith(`/messages/${question}/threads`));
    expect(threads).toHaveLength(2); // the second is refused (160004): the thread is there
    expect(
      fake.calls
        .filter((c) => c.path === `/channels/${question}/messages`)
        .every((c) => c.body.enforce_nonce === true && typeof c.body.nonce === 'string'),
    ).toBe(true);
  });
});
