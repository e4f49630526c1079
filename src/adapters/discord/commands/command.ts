/** Slash commands: one per file, each checked by this schema when the registry loads. */
import type { ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import type { AssistantService } from '../../../assistant/assistant.ts';

export interface CommandContext {
  assistant: AssistantService;
  /** Sends an answer as the deferred reply (first message) and follow-ups (the rest). */
  reply(
    interaction: ChatInputCommandInteraction,
    answer: Awaited<ReturnType<AssistantService['ask']>>,
  ): Promise<void>;
}

export interface Command {
  data: { name: string; description: string; toJSON(): unknown };
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
}

export const CommandShape = z.object({
  data: z.object({
    name: z.string().regex(/^[a-z0-9_-]{1,32}$/),
    description: z.string().min(1).max(100),
    toJSON: z.function(),
  }),
  execute: z.function(),
});
