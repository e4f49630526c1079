/**
 * The interfaces the core needs and adapters implement. The core imports no chat SDK,
 * database driver or model client; everything outside reaches it through these.
 */
import type { Passage } from '../knowledge/passages.ts';
import type { ConversationRef, HandoverReason, Lang, Turn } from './types.ts';

export interface RetrievedPassageView {
  passage: Passage;
  /** 0..1, comparable across questions. */
  confidence: number;
}

/** Finds the passages that answer a question, in the question's language. */
export interface Retriever {
  retrieve(question: string, lang: Lang, limit?: number): Promise<RetrievedPassageView[]>;
}

/** Short per-conversation memory, so "what about IELTS?" can re-run the last partner question. */
export interface ConversationStore {
  recent(conversation: ConversationRef, limit: number): Promise<Turn[]>;
  append(conversation: ConversationRef, turns: Turn[]): Promise<void>;
}

export interface HandoverRequest {
  conversation: ConversationRef;
  lang: Lang;
  question: string;
  reason: HandoverReason;
  recentTurns: Turn[];
  /** The general rule the assistant already gave, if any. */
  generalRule: string | null;
  answerId: string;
}

/** Opens a staff case. Must persist the case (and its notification job) before returning. */
export interface HandoverDesk {
  open(request: HandoverRequest): Promise<{ caseId: string }>;
}
