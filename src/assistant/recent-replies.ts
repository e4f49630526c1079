/**
 * Answers whose first message was shortened, kept so "Show all" can post the rest. Bounded:
 * the oldest are forgotten first, and a restart forgets them all (the button then says so
 * and asks the student to ask again; nothing else is lost, the answer was never stored whole).
 */
import type { Answer } from '../domain/types.ts';

export class RecentReplies {
  private readonly answers = new Map<string, Answer>();

  constructor(private readonly capacity = 2000) {}

  /** Remembers an answer that has more to show; a complete answer needs nothing kept. */
  remember(answer: Answer): void {
    if (!answer.more) return;
    this.answers.delete(answer.answerId);
    this.answers.set(answer.answerId, answer);
    while (this.answers.size > this.capacity) {
      const oldest = this.answers.keys().next().value;
      if (oldest === undefined) break;
      this.answers.delete(oldest);
    }
  }

  find(answerId: string): Answer | null {
    return this.answers.get(answerId) ?? null;
  }
}
