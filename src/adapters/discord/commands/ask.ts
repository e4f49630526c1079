/** `/ask question:` — deferred at once (Discord's 3-second window), then edited with the answer. */
import { SlashCommandBuilder } from 'discord.js';
import { discordConversation } from '../conversation-ref.ts';
import type { Command } from './command.ts';

export default {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask about exchange study / 交換留学について質問する')
    .addStringOption((option) => option.setName('question').setDescription('Your question / 質問').setRequired(true).setMaxLength(2000)),
  async execute(interaction, context) {
    await interaction.deferReply();
    const question = interaction.options.getString('question', true);
    const conversation = discordConversation(interaction.guildId, interaction.channelId, interaction.channel?.isThread() ? interaction.channelId : null);
    const answer = await context.assistant.ask({ text: question, conversation, isPublic: interaction.guildId !== null });
    await context.reply(interaction, answer);
  },
} satisfies Command;
