/**
 * The questions the office curated for its guide passages (knowledge/questions) are the guide's.
 * Credit transfer, late applications, visas and the office's own certificates hand over by design
 * even when asked as a rule (the case card carries the rule too); every other reason's wording
 * must not fire on them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge, type KnowledgeBase } from '../knowledge/load.ts';
import type { HandoverNeed } from './interpretation.ts';
import { Interpreter } from './interpret.ts';

let interpreter: Interpreter;
let knowledge: KnowledgeBase;
beforeAll(() => {
  const loaded = loadKnowledge('knowledge');
  if (!loaded.knowledge)
    throw new Error(loaded.problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  knowledge = loaded.knowledge;
  interpreter = new Interpreter(knowledge);
});
const handover = (text: string) => interpreter.interpret(text).handover;

const HANDED_OVER_EVEN_AS_A_RULE = new Set<HandoverNeed>([
  'credit_transfer',
  'late_application',
  'visa',
  'office_action',
]);

describe('the office’s curated guide questions', () => {
  it('hand over only for the reasons that do so even as a rule', () => {
    const misread = knowledge.questions
      .flatMap((set) => set.passages.flatMap((p) => [...p.questions.ja, ...p.questions.en]))
      .map((question) => [question, handover(question)] as const)
      .filter(([, reason]) => reason !== null && !HANDED_OVER_EVEN_AS_A_RULE.has(reason));
    expect(misread).toEqual([]);
  });
});
