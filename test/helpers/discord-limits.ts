import { answerMessages } from '../../src/adapters/discord/embeds.ts';
import type { Answer } from '../../src/domain/types.ts';

export function splitFor(text: string) {
  const answer: Answer = { answerId: 'a', question: 'q', lang: 'en', route: 'knowledge', answer: text, citations: [{ id: 'x', title: 'T', source: 'S', asOf: '2015-11' }], partners: [], related: null, handover: null, confidence: 1, latencyMs: 1, mode: 'extractive', verifier: null };
  return answerMessages(answer);
}
