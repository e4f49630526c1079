/**
 * `/ask` over Slack's HTTP receiver: a signed, form-encoded slash command, acknowledged at
 * once and answered through the response_url (ephemeral) or in the channel (`public`).
 */
import { describe, expect, it } from 'vitest';
import { parseAsk } from '../../src/adapters/slack/ask-command.ts';
import { fixture, postInteraction, sign } from '../helpers/slack-requests.ts';
import { useSlackHarness } from '../helpers/slack-harness.ts';

const harness = useSlackHarness();

let counter = 0;
/**
 * Posts `/ask text` as Slack does (form-encoded, signed); returns the HTTP status, its time and
 * the response_url id.
 */
async function ask(text: string, channel = 'C0EXCHANGE') {
  const id = `ask-${++counter}`;
  const fields = JSON.parse(
    fixture('socket_slash_commands.json', {
      RESPONSE_URL: harness.fake.responseUrl(id),
      C0EXCHANGE: channel,
    }),
  ).payload as Record<string, string>;
  const body = new URLSearchParams({
    ...fields,
    text,
    trigger_id: `${counter}.2222.${Date.now()}`,
  }).toString();
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${harness.port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) },
    body,
  });
  const ackText = await response.text();
  return {
    status: response.status,
    ms: performance.now() - started,
    ackText,
    responses: () =>
      harness.fake.callsTo('response_url').filter((c) => c.args._path === `/response/${id}`),
  };
}
async function until<T>(read: () => T[], count: number, timeoutMs = 15_000): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  while (read().length < count && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  return read();
}

describe('parseAsk', () => {
  it('reads a leading public / share / 公開 as the wish to share, and nothing else', () => {
    expect(parseAsk('  public What does Lund require? ')).toEqual({
      question: 'What does Lund require?',
      shared: true,
    });
    expect(parseAsk('公開 ルンド大学の要件は？')).toEqual({
      question: 'ルンド大学の要件は？',
      shared: true,
    });
    expect(parseAsk('Which partners are public universities?')).toEqual({
      question: 'Which partners are public universities?',
      shared: false,
    });
    expect(parseAsk('publicity budget?')).toEqual({ question: 'publicity budget?', shared: false });
  });
});

describe('Slack /ask over HTTP', () => {
  it('is acknowledged at once and answered only to the student through the response_url', async () => {
    const posts = harness.fake.callsTo('chat.postMessage').length;
    const result = await ask('Which partners accept TOEIC 450?');
    expect(result.status).toBe(200);
    expect(result.ms).toBeLessThan(1000);
    const [reply] = await until(result.responses, 1);
    expect(reply!.args.response_type).toBe('ephemeral');
    expect(String(reply!.args.text)).toMatch(/Ho Chi Minh City University of Education/);
    expect(JSON.stringify(reply!.args.blocks)).toContain('talk_to_staff');
    expect(harness.fake.callsTo('chat.postMessage').length).toBe(posts); // nothing in the channel
  });

  it('with `public`, posts the question in the channel and the answer in its thread', async () => {
    const result = await ask('public 留学生支援室の窓口時間は？');
    expect(result.status).toBe(200);
    const [question] = await until(
      () =>
        harness.fake
          .callsTo('chat.postMessage')
          .filter((c) => /さんの質問/.test(String(c.args.text))),
      1,
    );
    expect(question!.args).toMatchObject({
      channel: 'C0EXCHANGE',
      text: '<@U0STUDENT> さんの質問：留学生支援室の窓口時間は？',
    });
    const questionTs = await until(
      () =>
        harness.fake
          .callsTo('chat.postMessage')
          .filter(
            (c) =>
              c.args.thread_ts !== undefined &&
              c.args.channel === 'C0EXCHANGE' &&
              /8:30|8時30分|08:30/.test(String(c.args.text)),
          ),
      1,
    );
    expect(questionTs).toHaveLength(1);
    expect(result.responses()).toHaveLength(0);
  });

  it('with `public` in a channel the bot is not in, answers the student alone and says how to share', async () => {
    harness.fake.handlers.set('chat.postMessage', (args) =>
      args.channel === 'C0NOTJOINED'
        ? { ok: false, error: 'not_in_channel' }
        : { ok: true, channel: args.channel, ts: '1763999999.000100' },
    );
    try {
      const result = await ask('public Which partners accept TOEIC 450?', 'C0NOTJOINED');
      const [reply] = await until(result.responses, 1);
      expect(reply!.args.response_type).toBe('ephemeral');
      expect(String(reply!.args.text)).toMatch(/^I am not a member of this channel/);
      expect(String(reply!.args.text)).toMatch(/Ho Chi Minh City University of Education/);
    } finally {
      harness.fake.handlers.delete('chat.postMessage');
    }
  });

  it('with no question, explains itself in both languages', async () => {
    const result = await ask('   ');
    const [reply] = await until(result.responses, 1);
    expect(String(reply!.args.text)).toMatch(/\/ask public/);
    expect(String(reply!.args.text)).toMatch(/公開/);
  });

  it(`Talk to staff under an ephemeral answer opens a case on the student’s own conversation and \
says so privately`, async () => {
    const result = await ask('Can my credits from Lund be transferred?');
    const [reply] = await until(result.responses, 1);
    const answerId = (
      reply!.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).find((b) => b.type === 'actions')!.elements![0]!.value;
    const responseUrl = harness.fake.responseUrl(`ephemeral-${counter}`);
    const payload = JSON.parse(
      fixture('socket_interactive.json', {
        ACTION_ID: 'talk_to_staff',
        VALUE: answerId,
        MESSAGE_TS: '1763800000.000900',
        THREAD_TS: '1763800000.000900',
        RESPONSE_URL: responseUrl,
      }),
    ).payload;
    payload.container.is_ephemeral = true;
    delete payload.message;
    expect(await postInteraction(harness.port, JSON.stringify(payload))).toBe(200);
    const [handover] = await until(
      () =>
        harness.fake
          .callsTo('response_url')
          .filter((c) => c.args._path === `/response/ephemeral-${counter}`),
      1,
    );
    expect(handover!.args.response_type).toBe('ephemeral');
    const caseId = /case (EX-\d{4})/.exec(String(handover!.args.text))?.[1];
    expect((await harness.store.getCase(caseId!))!.conversation).toBe('slack:U0STUDENT');
  });
});
