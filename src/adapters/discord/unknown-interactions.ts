/**
 * Every Discord interaction gets an answer within its three seconds, including the ones the
 * bot has no handler for (a button from an older message, a select menu, a modal, a command
 * it no longer registers): an ephemeral note in the user's language, and a log line. An
 * autocomplete request gets an empty list.
 */
import type { Interaction } from 'discord.js';
import type { Logger } from '../../domain/ports.ts';
import { messagesFor } from '../../messages/index.ts';

/** Answers `interaction` if nothing else did. */
export async function answerLeftoverInteraction(
  interaction: Interaction,
  logger: Logger,
): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable() || interaction.replied || interaction.deferred) return;
  logger.info(
    {
      type: interaction.type,
      customId: 'customId' in interaction ? interaction.customId : undefined,
      command: interaction.isCommand() ? interaction.commandName : undefined,
      user: interaction.user.id,
    },
    'Discord: answered an interaction the bot has no handler for',
  );
  const lang = interaction.locale?.startsWith('ja') ? 'ja' : 'en';
  await interaction.reply({
    content: messagesFor(lang).unknownAction,
    ephemeral: true,
    allowedMentions: { parse: [] },
  });
}
