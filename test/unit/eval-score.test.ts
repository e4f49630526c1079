/**
 * The eval scorer's fabricated-figure check against answers made outside office hours: the
 * reply-time sentence ("the office opens Monday 7 December") is computed from the clock and
 * the office's hours, so `desk eval` must score the same on a Saturday as on a Tuesday.
 */
import { describe, expect, it } from 'vitest';
import { scoreCase, type EvalContext } from '../../evals/runner/score.ts';
import type { EvalCase } from '../../evals/runner/cases.ts';
import type { Answer } from '../../src/domain/types.ts';
import { describeReplyExpectation } from '../../src/messages/office-hours.ts';
import { testKnowledge } from '../helpers/knowledge-base.ts';

const handoverCase: EvalCase = {
  id: 'unit-ho',
  kind: 'handover',
  lang: 'en',
  question: 'Will my Heidelberg courses count toward my degree?',
  expect: { route: 'handover', reason: 'credit_transfer' },
  source: { file: '001_2f5be6675cafeb59.txt', part: 'Q5' },
};

// Saturday 5 December 2026, 08:02 in Tokyo: the office is closed until Monday.
const SATURDAY_MORNING = new Date('2026-12-04T23:02:00Z');

function handoverAnswer(text: string): Answer {
  return {
    answerId: 'a1',
    question: handoverCase.question!,
    lang: 'en',
    route: 'handover',
    answer: text,
    citations: [],
    partners: [],
    related: null,
    handover: { reason: 'credit_transfer', caseId: 'EX-0003' },
    confidence: 1,
    latencyMs: 5,
    mode: 'extractive',
    verifier: null,
  };
}

describe('eval scorer, answers outside office hours', () => {
  const knowledge = testKnowledge();
  const context: EvalContext = { knowledge, passages: [], askedAt: [SATURDAY_MORNING] };
  const whenOpen = describeReplyExpectation(knowledge.office, SATURDAY_MORNING, 'en');

  it('takes the computed next opening day as sourced by the office record', () => {
    expect(whenOpen).toMatch(/7 December/);
    const result = scoreCase(
      handoverCase,
      handoverAnswer(`I have handed this to the office (case EX-0003). ${whenOpen}`),
      5,
      context,
    );
    expect(result.fabricated).toEqual([]);
    expect(result.passed).toBe(true);
  });

  it('still flags a date that no clock or source gives', () => {
    const result = scoreCase(
      handoverCase,
      handoverAnswer(
        'I have handed this to the office (case EX-0003). Expect a reply on 19 December.',
      ),
      5,
      context,
    );
    expect(result.fabricated).toEqual(['19']);
  });

  it('without the time asked, the computed date is not sourced', () => {
    const result = scoreCase(
      handoverCase,
      handoverAnswer(`I have handed this to the office (case EX-0003). ${whenOpen}`),
      5,
      { knowledge, passages: [] },
    );
    expect(result.fabricated).toContain('7');
  });
});
