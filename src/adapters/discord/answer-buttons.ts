/**
 * The buttons under a student's answer in Discord (helpful / not helpful, "Show all", "talk to
 * staff") and on a staff case card (claim, resolve, handed to staff-actions.ts), plus sending
 * an answer as an interaction's reply and follow-ups.
 */
import { ChannelType, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { AssistantService } from '../../assistant/assistant.ts';
import type { Inbox } from '../../assistant/inbox.ts';
import type { RecentReplies } from '../../assistant/recent-replies.ts';
import type { Answer } from '../../domain/types.ts';
import { messagesFor } from '../../messages/index.ts';
import { detectLanguage } from '../../text/language.ts';
import { discordConversation } from './conversation-ref.ts';
import { answerMessages, BUTTON, fullAnswerMessages } from './embeds.ts';
import type { DiscordStaff } from './staff-actions.ts';

export interface AnswerButtonsDeps {
  assistant: AssistantService;
  inbox: Pick<Inbox, 'firstTime'>;
  /** Answers whose first message was cut, for "Show all". */
  replies: RecentReplies;
  staff: DiscordStaff;
}

export interface AnswerButtons {
  /** Sends an answer as the interaction's (deferred) reply, the rest as follow-ups. */
  replyWithAnswer(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    answer: Answer,
  ): Promise<void>;
  onButton(interaction: ButtonInteraction): Promise<unknown>;
}

export function createAnswerButtons(deps: AnswerButtonsDeps): AnswerButtons {
  const { assistant, inbox, replies } = deps;

  const replyWithAnswer: AnswerButtons['replyWithAnswer'] = async (interaction, answer) => {
    replies.remember(answer);
    const [first, ...rest] = answerMessages(answer);
    if (interaction.deferred || interaction.replied) await interaction.editReply(first!);
    else await interaction.reply(first!);
    for (const message of rest) await interaction.followUp(message);
  };

  /** The full answer in the thread (or DM) once per answer; a second press only acknowledges. */
  const showAll = async (interaction: ButtonInteraction, answerId: string) => {
    if (!(await inbox.firstTime(`discord:show_all:${answerId}`))) return interaction.deferUpdate();
    const answer = replies.find(answerId);
    if (!answer) {
      const lang = detectLanguage(interaction.message.embeds[0]?.description ?? '');
      return interaction.reply({
        content: messagesFor(lang).reply.fullAnswerGone,
        ephemeral: true,
        allowedMentions: { parse: [] },
      });
    }
    const [first, ...rest] = fullAnswerMessages(answer);
    await interaction.reply(first!);
    for (const message of rest) await interaction.followUp(message);
  };

  const talkToStaff = async (interaction: ButtonInteraction) => {
    await interaction.deferReply();
    const channel = interaction.channel;
    const conversation =
      channel?.type === ChannelType.DM || !interaction.guildId
        ? discordConversation(null, interaction.channelId, null)
        : discordConversation(
            interaction.guildId,
            channel?.isThread()
              ? (channel.parentId ?? interaction.channelId)
              : interaction.channelId,
            channel?.isThread() ? interaction.channelId : null,
          );
    return replyWithAnswer(interaction, await assistant.requestStaff(conversation, 'wants_person'));
  };

  const onButton = async (interaction: ButtonInteraction) => {
    const [action, value = ''] = interaction.customId.split(':');
    if (action === BUTTON.helpful || action === BUTTON.notHelpful) {
      const lang = detectLanguage(interaction.message.embeds[0]?.description ?? '');
      const result = await assistant.feedback(value, action === BUTTON.helpful, lang);
      return interaction.reply({
        content: result.reply,
        ephemeral: true,
        allowedMentions: { parse: [] },
      });
    }
    if (action === BUTTON.showAll) return showAll(interaction, value);
    if (action === BUTTON.talkToStaff) return talkToStaff(interaction);
    if (action === BUTTON.claim || action === BUTTON.resolve)
      return deps.staff.act(interaction, value, action === BUTTON.claim ? 'claim' : 'resolve');
  };

  return { replyWithAnswer, onButton };
}
