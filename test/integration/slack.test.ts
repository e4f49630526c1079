/**
 * The real Bolt app over real sockets: signed events posted to its HTTP receiver, a local fake
 * Slack Web API recording every call, the delivery worker relaying cases and replies.
 */
import { describe, expect, it } from 'vitest';
import { blockText, type Block } from '../../src/adapters/slack/blocks.ts';
import { REPLY_BUDGET } from '../../src/compose/reply-budget.ts';
import { appMention } from '../helpers/slack-events.ts';
import { postsIn, useSlackHarness } from '../helpers/slack-harness.ts';
import { fixture, postEvent, postInteraction, sign } from '../helpers/slack-requests.ts';

const harness = useSlackHarness();

const postsTo = (channel: string, threadTs?: string) => postsIn(harness.fake, channel, threadTs);

describe('Slack: students', () => {
  it(`a mention gets one threaded Block Kit answer with sources and feedback buttons; the \
question is marked seen`, async () => {
    const { body, ts } = appMention('Which partners accept TOEIC 450?');
    const ack = await postEvent(harness.port, body);
    expect(ack.status).toBe(200);
    const [post] = await (async () => {
      await harness.fake.waitFor('chat.postMessage', postsTo('C0EXCHANGE', ts).length + 1);
      return postsTo('C0EXCHANGE', ts);
    })();
    expect(post!.args.thread_ts).toBe(ts);
    const blocks = post!.args.blocks as {
      type: string;
      elements?: { action_id?: string; text?: string }[];
      text?: { text: string };
    }[];
    expect(JSON.stringify(blocks)).toMatch(/Ho Chi Minh City University of Education/);
    expect(
      blocks.some((b) => b.type === 'context' && JSON.stringify(b).includes('as of 2015/11')),
    ).toBe(true);
    expect(blocks.find((b) => b.type === 'actions')!.elements!.map((e) => e.action_id)).toEqual([
      'show_all',
      'feedback_helpful',
      'feedback_not_helpful',
      'talk_to_staff',
    ]);
    expect(blocks.length).toBeLessThanOrEqual(50);
    await harness.fake.waitFor('reactions.remove', 1);
    expect(
      harness.fake
        .callsTo('reactions.add')
        .some((c) => c.args.timestamp === ts && c.args.name === 'eyes'),
    ).toBe(true);
    expect(harness.fake.callsTo('reactions.remove').some((c) => c.args.timestamp === ts)).toBe(
      true,
    );
  });

  it(`the first message fits the reply budget; Show all posts the full grouped list in the thread \
exactly once`, async () => {
    const { body, ts } = appMention('Which partners accept TOEIC 450?');
    const waitForPosts = async (count: number) => {
      const deadline = Date.now() + 15_000;
      while (postsTo('C0EXCHANGE', ts).length < count && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
    };
    await postEvent(harness.port, body);
    await waitForPosts(1);
    const [first] = postsTo('C0EXCHANGE', ts);
    const blocks = first!.args.blocks as Block[];
    const shown = blockText(blocks);
    expect(shown.length).toBeLessThanOrEqual(REPLY_BUDGET.chars);
    expect(shown.split('\n').length).toBeLessThanOrEqual(REPLY_BUDGET.lines);
    expect(shown).toMatch(/Ho Chi Minh City University of Education/);
    expect(shown).toMatch(/28 more partners state a requirement in another test/);
    expect(shown).toMatch(/35 state no language requirement/);
    expect(shown).not.toMatch(/Lund University/);
    const actions = blocks.find((b) => b.type === 'actions')!.elements as {
      action_id: string;
      value: string;
    }[];
    const showAll = actions.find((a) => a.action_id === 'show_all')!;
    const press = (n: number) =>
      postInteraction(
        harness.port,
        JSON.stringify({
          ...JSON.parse(fixture('block_actions_claim.json')),
          user: { id: 'U0STUDENT', username: 'hanako', name: 'hanako', team_id: 'T0MIEUNIV' },
          container: { type: 'message', message_ts: '1', channel_id: 'C0EXCHANGE' },
          channel: { id: 'C0EXCHANGE', name: 'exchange' },
          message: { type: 'message', user: 'U0BOT', ts: `${ts}9`, thread_ts: ts, text: 'x' },
          actions: [
            {
              action_id: 'show_all',
              block_id: `answer:${showAll.value}`,
              value: showAll.value,
              type: 'button',
              action_ts: `176380030${n}.1`,
            },
          ],
        }),
      );
    expect(await press(1)).toBe(200);
    await waitForPosts(2);
    expect(await press(2)).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    const full = postsTo('C0EXCHANGE', ts).slice(1);
    const fullText = full.map((c) => blockText(c.args.blocks as Block[])).join('\n');
    // Every partner of every group, numbered, once: 1 match, 28 in another test, 35 none stated.
    expect(fullText).toMatch(/The full answer:/);
    expect(fullText.match(/^\d+\. /gm)!.length).toBe(1 + 28 + 35);
    expect(fullText).toMatch(/Lund University/);
    expect(fullText.match(/The full answer:/g)!.length).toBe(1);
    for (const message of full) {
      const messageBlocks = message.args.blocks as Block[];
      expect(messageBlocks.length).toBeLessThanOrEqual(50);
      for (const block of messageBlocks)
        expect(
          String((block.text as { text?: string } | undefined)?.text ?? '').length,
        ).toBeLessThanOrEqual(3000);
    }
  });

  it(`a personal matter asked in public: the thread only hears of a DM; the case continues in the \
DM, linked from the card`, async () => {
    const { body, ts } = appMention(
      "My family had money problems and I can't afford rent and flights for my exchange " +
        'anymore. Is there any help for me?',
    );
    const dmsBefore = postsTo('D0STUDENT').length;
    await postEvent(harness.port, body);
    const deadline = Date.now() + 15_000;
    while (
      (postsTo('C0EXCHANGE', ts).length < 1 || postsTo('D0STUDENT').length <= dmsBefore) &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 20));
    const publicText = blockText(postsTo('C0EXCHANGE', ts)[0]!.args.blocks as Block[]);
    expect(publicText).toMatch(/direct message/);
    expect(publicText).not.toMatch(/financial|money|afford/i);
    const caseId = /EX-\d{4}/.exec(publicText)![0];
    expect(harness.fake.callsTo('conversations.open').at(-1)!.args.users).toBe('U0STUDENT');
    const dm = postsTo('D0STUDENT').at(-1)!;
    expect(dm.args.thread_ts).toBeUndefined();
    expect(blockText(dm.args.blocks as Block[])).toContain(caseId);
    expect((await harness.store.getCase(caseId))!.conversation).toBe('slack:D0STUDENT');
    await harness.worker.runOnce();
    const card = postsTo('C0STAFF').find((c) => JSON.stringify(c.args.blocks).includes(caseId))!;
    const cardText = blockText(card.args.blocks as Block[]);
    expect(cardText).toMatch(/financial hardship/);
    expect(cardText).not.toMatch(/financial_hardship/);
    expect(cardText).toContain('https://slack.com/app_redirect?channel=D0STUDENT');
  });

  it('a DM is answered in the DM, in the student’s language', async () => {
    const before = postsTo('D0STUDENT').length;
    expect((await postEvent(harness.port, fixture('message_im.json'))).status).toBe(200);
    const posts = await harness.fake
      .waitFor('chat.postMessage', harness.fake.callsTo('chat.postMessage').length + 1)
      .then(() => postsTo('D0STUDENT'));
    expect(posts.length).toBe(before + 1);
    expect(String(posts.at(-1)!.args.text)).toMatch(/15万円/);
  });

  it('a follow-up in a thread the bot answered needs no mention', async () => {
    const first = appMention('European partners that accept TOEIC 450?');
    await postEvent(harness.port, first.body);
    await harness.fake.waitFor('chat.postMessage', postsTo('C0EXCHANGE', first.ts).length + 1);
    const body = JSON.parse(fixture('message_thread.json'));
    body.event.thread_ts = first.ts;
    body.event.ts = `${first.ts.slice(0, -3)}999`;
    body.event_id = 'Ev0FOLLOW1';
    await postEvent(harness.port, JSON.stringify(body));
    const deadline = Date.now() + 15_000;
    while (postsTo('C0EXCHANGE', first.ts).length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const followUp = postsTo('C0EXCHANGE', first.ts)[1]!;
    expect(String(followUp.args.text)).toMatch(/University of Central Lancashire/);
  });

  it('a retried event (x-slack-retry-num 1..3) produces exactly one answer', async () => {
    const { body, ts } = appMention('How much is the exchange scholarship?');
    await postEvent(harness.port, body);
    for (const retry of ['1', '2', '3'])
      await postEvent(harness.port, body, {
        ...sign(body),
        'x-slack-retry-num': retry,
        'x-slack-retry-reason': 'http_timeout',
      });
    await harness.fake.waitFor('chat.postMessage', 1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(postsTo('C0EXCHANGE', ts)).toHaveLength(1);
  });

  it('a forged or stale signature gets 401 and no answer', async () => {
    const forged = appMention('Which partners accept TOEIC 450?');
    expect(
      (await postEvent(harness.port, forged.body, sign(forged.body, undefined, 'not-the-secret')))
        .status,
    ).toBe(401);
    const stale = appMention('Which partners accept TOEIC 450?');
    expect(
      (
        await postEvent(
          harness.port,
          stale.body,
          sign(stale.body, Math.floor(Date.now() / 1000) - 600),
        )
      ).status,
    ).toBe(401);
    await new Promise((r) => setTimeout(r, 500));
    expect(postsTo('C0EXCHANGE', forged.ts)).toHaveLength(0);
    expect(postsTo('C0EXCHANGE', stale.ts)).toHaveLength(0);
  });

  it('a student’s <!channel> or *bold* cannot ping anyone or restyle the case card', async () => {
    const { body } = appMention('<!channel> *URGENT* I want to talk to a person');
    await postEvent(harness.port, body);
    await new Promise((r) => setTimeout(r, 800));
    await harness.worker.runOnce();
    const card = harness.fake
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === 'C0STAFF')
      .at(-1)!;
    const cardText = JSON.stringify(card.args.blocks);
    expect(cardText).not.toContain('<!channel>');
    expect(cardText).toContain('&lt;!channel&gt;');
  });

  it('a 429 from chat.postMessage is retried after Retry-After and the answer still arrives once', async () => {
    harness.fake.rateLimit.set('chat.postMessage', 1);
    const { body, ts } = appMention('留学生支援室の窓口時間は？');
    await postEvent(harness.port, body);
    const deadline = Date.now() + 15_000;
    while (postsTo('C0EXCHANGE', ts).length < 1 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(harness.fake.callsTo('chat.postMessage:429').length).toBeGreaterThanOrEqual(1);
    expect(postsTo('C0EXCHANGE', ts)).toHaveLength(1);
  });
});
