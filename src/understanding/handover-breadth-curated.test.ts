/**
 * The questions the office curated for its guide passages (knowledge/questions) are the guide's.
 * Credit transfer, late applications, visas and the office's own certificates hand over by design
 * even when asked as a rule (the case card carries the rule too); every other reason's wording
 * must not fire on them.
 */
import { describe, expect, it } from 'vitest';
import { testInterpreter, testKnowledge } from '../../test/helpers/knowledge-base.ts';
import type { HandoverNeed } from './interpretation.ts';

const handover = (text: string) => testInterpreter().interpret(text).handover;

const HANDED_OVER_EVEN_AS_A_RULE = new Set<HandoverNeed>([
  'credit_transfer',
  'late_application',
  'visa',
  'office_action',
]);

describe('the office’s curated guide questions', () => {
  it('hand over only for the reasons that do so even as a rule', () => {
    const misread = testKnowledge()
      .questions.flatMap((set) =>
        set.passages.flatMap((p) => [...p.questions.ja, ...p.questions.en]),
      )
      .map((question) => [question, handover(question)] as const)
      .filter(([, reason]) => reason !== null && !HANDED_OVER_EVEN_AS_A_RULE.has(reason));
    expect(misread).toEqual([]);
  });
});
