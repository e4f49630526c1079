/**
 * Every interactive payload is acknowledged within Slack's three seconds, including the ones
 * the bot has no listener for: a button from an older message or another app, a modal
 * submission, a shortcut, a suggestion request, another slash command. Without these
 * listeners Bolt answers nothing and Slack shows the student an error after 3 s. Where the
 * payload says where the student is, they get a polite ephemeral note; every one is logged.
 */
import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../domain/ports.ts';
import { messagesFor } from '../../messages/index.ts';
import { detectLanguage } from '../../text/language.ts';
import { ASK_COMMAND } from './ask-command.ts';
import { ACTIONS } from './blocks.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any action id the bot did not register a listener for. */
export const UNKNOWN_ACTION_ID = new RegExp(
  `^(?!(?:${Object.values(ACTIONS).map(escape).join('|')})$)`,
);

/** The parts of an interaction that say where to put the note (all optional in Slack's payloads). */
const Where = z.looseObject({
  type: z.string().optional(),
  user: z.looseObject({ id: z.string() }).optional(),
  channel: z.looseObject({ id: z.string() }).nullish(),
  response_url: z.string().optional(),
  message: z.looseObject({ text: z.string().optional() }).optional(),
  actions: z.array(z.looseObject({ action_id: z.string().optional() })).optional(),
  callback_id: z.string().optional(),
  view: z.looseObject({ callback_id: z.string().optional() }).optional(),
});

export function registerUnknownInteractions(app: App, logger: Logger): void {
  const note = async (
    body: unknown,
    respond: ((message: Record<string, unknown>) => Promise<unknown>) | undefined,
    client: App['client'],
  ) => {
    const where = Where.safeParse(body);
    const payload = where.success ? where.data : {};
    logger.info(
      {
        type: payload.type,
        actionId: payload.actions?.[0]?.action_id,
        callbackId: payload.callback_id ?? payload.view?.callback_id,
        user: payload.user?.id,
        channel: payload.channel?.id,
      },
      'Slack: acknowledged an interaction the bot has no listener for',
    );
    const text = messagesFor(detectLanguage(payload.message?.text ?? '')).unknownAction;
    try {
      if (payload.response_url && respond)
        await respond({ response_type: 'ephemeral', replace_original: false, text });
      else if (payload.channel?.id && payload.user?.id)
        await client.chat.postEphemeral({
          channel: payload.channel.id,
          user: payload.user.id,
          text,
        });
    } catch (error) {
      logger.warn({ error }, 'Slack: could not tell the student the button is no longer active');
    }
  };

  app.action({ type: 'block_actions', action_id: UNKNOWN_ACTION_ID }, async (args) => {
    await args.ack();
    await note(args.body, args.respond, args.client);
  });
  app.action({ type: 'interactive_message' }, async (args) => {
    await args.ack();
    await note(args.body, args.respond, args.client);
  });
  app.action({ type: 'dialog_submission' }, async (args) => {
    await args.ack();
    await note(args.body, args.respond, args.client);
  });
  // The bot opens no modals: a submission (or a close) is acknowledged, which closes it.
  app.view({ callback_id: /.*/, type: 'view_submission' }, async ({ ack, body }) => {
    await ack();
    await note(body, undefined, app.client);
  });
  app.view({ callback_id: /.*/, type: 'view_closed' }, async ({ ack }) => {
    await ack();
  });
  app.shortcut(/.*/, async (args) => {
    await args.ack();
    await note(args.body, 'respond' in args ? args.respond : undefined, args.client);
  });
  app.options(/.*/, async ({ ack }) => {
    await ack({ options: [] });
  });
  app.command(
    new RegExp(`^(?!${escape(ASK_COMMAND)}$)`),
    async ({ ack, body, respond, client }) => {
      await ack();
      await note(body, respond, client);
    },
  );
}
