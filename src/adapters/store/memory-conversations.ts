import type { ConversationStore } from '../../domain/ports.ts';
import type { ConversationRef, Turn } from '../../domain/types.ts';

/** Conversation memory for one process (the CLI, tests); bounded per conversation. */
export class MemoryConversationStore implements ConversationStore {
  private readonly turns = new Map<ConversationRef, Turn[]>();

  constructor(private readonly keep = 20) {}

  async recent(conversation: ConversationRef, limit: number): Promise<Turn[]> {
    return (this.turns.get(conversation) ?? []).slice(-limit);
  }

  async append(conversation: ConversationRef, turns: Turn[]): Promise<void> {
    const list = [...(this.turns.get(conversation) ?? []), ...turns];
    this.turns.set(conversation, list.slice(-this.keep));
  }
}
