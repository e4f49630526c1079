/**
 * Staff work a Slack case from its card: the real Bolt app over its HTTP receiver and the fake
 * Web API, a handover's card posted by the delivery worker, Claim refused to outsiders and
 * taken by staff, and a reply in the card's thread relayed to the student's thread.
 */
import { describe, expect, it } from 'vitest';
import { appMention } from '../helpers/slack-events.ts';
import { postsIn, toldPrivately, useSlackHarness } from '../helpers/slack-harness.ts';
import { fixture, postEvent, postInteraction } from '../helpers/slack-requests.ts';

const harness = useSlackHarness();
const postsTo = (channel: string, threadTs?: string) => postsIn(harness.fake, channel, threadTs);

describe('Slack: handover and staff', () => {
  it(`posts a case card, relays a staff reply from its thread to the student, and refuses \
non-staff clicks`, async () => {
    const { body, ts } = appMention('I want to talk to a person');
    await postEvent(harness.port, body);
    const deadline = Date.now() + 15_000;
    while (postsTo('C0EXCHANGE', ts).length < 1 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    const answerText = String(postsTo('C0EXCHANGE', ts)[0]!.args.text);
    const caseId = /case (EX-\d{4})/.exec(answerText)![1]!;

    await harness.worker.runOnce();
    const card = harness.fake
      .callsTo('chat.postMessage')
      .find((c) => c.args.channel === 'C0STAFF' && JSON.stringify(c.args.blocks).includes(caseId))!;
    expect(card).toBeDefined();
    const cardTs = (await harness.store.findCaseCard(caseId, 'slack'))!.messageId;

    // Someone outside the staff channel clicks Claim: refused, nothing changes.
    const outsider = fixture('block_actions_claim.json', {
      CASE_ID: caseId,
      CARD_TS: cardTs,
      U0STAFF: 'U0OUTSIDER',
    });
    expect(await postInteraction(harness.port, outsider)).toBe(200);
    await harness.fake.waitFor('chat.postEphemeral', 1);
    expect(toldPrivately(harness.fake, 'U0OUTSIDER', /Only members of the staff channel/)).toBe(
      true,
    );
    expect((await harness.store.getCase(caseId))!.status).toBe('open');

    // Staff claim from the card; the card is updated in place.
    expect(
      await postInteraction(
        harness.port,
        fixture('block_actions_claim.json', { CASE_ID: caseId, CARD_TS: cardTs }),
      ),
    ).toBe(200);
    const claimDeadline = Date.now() + 5000;
    while (
      (await harness.store.getCase(caseId))!.status !== 'claimed' &&
      Date.now() < claimDeadline
    )
      await new Promise((r) => setTimeout(r, 20));
    expect((await harness.store.getCase(caseId))!.assignee).toBe('U0STAFF');
    await harness.worker.runOnce();
    expect(
      harness.fake
        .callsTo('chat.update')
        .some((c) => c.args.ts === cardTs && JSON.stringify(c.args.blocks).includes('claimed')),
    ).toBe(true);

    // Staff reply in the card's thread reaches the student's thread, attributed to the office.
    const reply = JSON.parse(fixture('message_thread.json'));
    Object.assign(reply.event, {
      channel: 'C0STAFF',
      user: 'U0STAFF',
      text: 'Hello, this is Sato from the office. Let us meet on Monday.',
      thread_ts: cardTs,
      ts: `${cardTs.slice(0, -3)}777`,
    });
    reply.event_id = 'Ev0STAFFREPLY';
    await postEvent(harness.port, JSON.stringify(reply));
    const replyDeadline = Date.now() + 5000;
    while (
      (await harness.store.getCase(caseId))!.status !== 'answered' &&
      Date.now() < replyDeadline
    )
      await new Promise((r) => setTimeout(r, 20));
    await harness.worker.runOnce();
    const relayed = postsTo('C0EXCHANGE', ts).find((c) =>
      /Reply from the Mie University Study Abroad Support Office/.test(String(c.args.text)),
    );
    expect(relayed).toBeDefined();
    expect(String(relayed!.args.text)).toContain('Sato from the office');
  });
});
