/**
 * Discord interactions the bot has no handler for (an old button, a select menu, a modal
 * submission, a command it no longer registers) are answered with an ephemeral note through
 * the real discord.js Client on the local fake gateway and REST API, never left to time out.
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS_CHANNEL, botMessage } from '../fakes/discord.ts';
import { dispatchInteraction, textChannel } from '../helpers/discord-events.ts';
import { useDiscordHarness } from '../helpers/discord-harness.ts';

const harness = useDiscordHarness();

/** An interaction of `type` the bot has no handler for; resolves with its callback. */
function interaction(
  type: number,
  data: Record<string, unknown>,
  locale: string,
  withMessage: boolean,
) {
  const sent = dispatchInteraction(harness.fake, {
    type,
    channelId: QUESTIONS_CHANNEL,
    channel: textChannel(QUESTIONS_CHANNEL, 'exchange', 0),
    ...(withMessage ? { message: botMessage(QUESTIONS_CHANNEL, {}, '900000000000000001') } : {}),
    data,
    locale,
  });
  return harness.fake.waitFor(sent.callback);
}

describe('Discord interactions without a handler', () => {
  it.each([
    [
      'a button from an older message',
      3,
      { custom_id: 'legacy_rate:5', component_type: 2 },
      'en-US',
      true,
      /no longer active/,
    ],
    [
      'a select menu',
      3,
      { custom_id: 'pick_partner', component_type: 3, values: ['lund'] },
      'ja',
      true,
      /現在使えません/,
    ],
    [
      'a modal submission',
      5,
      { custom_id: 'ask_modal', components: [] },
      'en-GB',
      false,
      /no longer active/,
    ],
    [
      'a command it no longer registers',
      2,
      { id: '990000000000000001', name: 'oldask', type: 1 },
      'ja',
      false,
      /現在使えません/,
    ],
  ] as const)('%s gets an ephemeral note', async (_name, type, data, locale, withMessage, text) => {
    const [callback] = await interaction(type, data, locale, withMessage);
    const body = callback!.body as { type: number; data: { content: string; flags: number } };
    expect(body.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE
    expect(body.data.flags & 64).toBe(64); // ephemeral
    expect(body.data.content).toMatch(text);
  });
});
