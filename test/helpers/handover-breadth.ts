/**
 * The shared check of the handover breadth tests (src/understanding/handover-breadth-*.test.ts): every phrasing
 * gives its reason, and each reason has enough phrasings, about half of them Japanese.
 */
import { describe, expect, it } from 'vitest';
import { testInterpreter } from './knowledge-base.ts';
import type { HandoverNeed } from '../../src/understanding/interpretation.ts';

export type PhrasingsByReason = Partial<Record<HandoverNeed, string[]>>;

export function describeHandoverBreadth(title: string, byReason: PhrasingsByReason): void {
  describe(title, () => {
    const cases = Object.entries(byReason).flatMap(([reason, texts]) =>
      texts.map((text) => [text, reason] as const),
    );
    it.each(cases)('%s -> %s', (text, reason) => {
      expect(testInterpreter().interpret(text).handover).toBe(reason);
    });

    it('has at least 15 phrasings per reason, about half of them Japanese', () => {
      for (const texts of Object.values(byReason)) {
        expect(texts.length).toBeGreaterThanOrEqual(15);
        const japanese = texts.filter((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t)).length;
        expect(japanese / texts.length).toBeGreaterThanOrEqual(0.45);
      }
    });
  });
}
