/** Scores one case's answer against what the case expects, with a reason for every failed check. */
import { messagesFor } from '../../src/messages/index.ts';
import { describeReplyExpectation } from '../../src/messages/office-hours.ts';
import type { Answer } from '../../src/domain/types.ts';
import type { KnowledgeBase } from '../../src/knowledge/load.ts';
import type { Passage } from '../../src/knowledge/passages.ts';
import type { EvalCase } from './cases.ts';
import { fabricatedFigures } from './fabrication.ts';

export interface EvalContext {
  knowledge: KnowledgeBase;
  passages: Passage[];
  /**
   * When the case's last question was asked (before and after the answer): a handover's
   * "the office opens Monday 7 December" is computed from the clock and the office's hours,
   * so its figures are sourced by the office record at that time, not fabricated.
   */
  askedAt?: Date[];
}

export interface CaseResult {
  id: string;
  kind: EvalCase['kind'];
  lang: EvalCase['lang'];
  question: string;
  passed: boolean;
  failures: string[];
  route: { expected: string; got: string; ok: boolean };
  reason: { expected: string; got: string | null; ok: boolean } | null;
  set: {
    expected: string[];
    got: string[];
    precision: number;
    recall: number;
    exact: boolean;
  } | null;
  /** `found` in the full answer; `inFirstMessage` in the first message alone (reported, not gated). */
  facts: { total: number; found: number; inFirstMessage: number; missing: string[][] } | null;
  languageOk: boolean;
  fabricated: string[];
  citationsValid: boolean;
  latencyMs: number;
  confidence: number;
  answer: string;
  source: EvalCase['source'];
}

const normalise = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

export function scoreCase(
  evalCase: EvalCase,
  answer: Answer,
  latencyMs: number,
  context: EvalContext,
): CaseResult {
  const { expect } = evalCase;
  const failures: string[] = [];
  // The first message (`answer`) and, when it was shortened, the full text one tap away.
  const first = normalise(answer.answer);
  const text = normalise(answer.more ?? answer.answer);
  const question = (evalCase.turns ?? [evalCase.question!]).join('\n');

  const route = { expected: expect.route, got: answer.route, ok: answer.route === expect.route };
  if (!route.ok) failures.push(`route: expected ${expect.route}, got ${answer.route}`);

  let reason: CaseResult['reason'] = null;
  if (expect.reason) {
    reason = {
      expected: expect.reason,
      got: answer.handover?.reason ?? null,
      ok: answer.handover?.reason === expect.reason,
    };
    if (!reason.ok)
      failures.push(`handover reason: expected ${expect.reason}, got ${reason.got ?? 'none'}`);
  }

  let set: CaseResult['set'] = null;
  if (expect.partners) {
    const expected = [...expect.partners].sort();
    const got = answer.partners.map((p) => p.id).sort();
    const overlap = got.filter((id) => expected.includes(id)).length;
    const precision = got.length === 0 ? (expected.length === 0 ? 1 : 0) : overlap / got.length;
    const recall = expected.length === 0 ? (got.length === 0 ? 1 : 0) : overlap / expected.length;
    const exact = overlap === expected.length && got.length === expected.length;
    set = { expected, got, precision, recall, exact };
    if (!exact) {
      const missing = expected.filter((id) => !got.includes(id));
      const extra = got.filter((id) => !expected.includes(id));
      failures.push(
        `partner set: missing [${missing.join(', ')}], unexpected [${extra.join(', ')}]`,
      );
    }
  }
  for (const id of expect.mustNotInclude ?? [])
    if (answer.partners.some((p) => p.id === id)) failures.push(`must not include partner ${id}`);
  for (const phrase of expect.mustNotContain ?? [])
    if (text.includes(normalise(phrase))) failures.push(`must not contain "${phrase}"`);

  let facts: CaseResult['facts'] = null;
  if (expect.facts) {
    const missing = expect.facts.filter(
      (variants) => !variants.some((variant) => text.includes(normalise(variant))),
    );
    const inFirstMessage = expect.facts.filter((variants) =>
      variants.some((variant) => first.includes(normalise(variant))),
    ).length;
    facts = {
      total: expect.facts.length,
      found: expect.facts.length - missing.length,
      inFirstMessage,
      missing,
    };
    for (const variants of missing) failures.push(`missing fact: ${variants.join(' | ')}`);
  }

  if (expect.section) {
    const cited = answer.citations.map(
      (c) => context.passages.find((p) => p.id === c.id)?.section ?? c.id,
    );
    if (!cited.includes(expect.section))
      failures.push(`section ${expect.section} not cited (cited: ${cited.join(', ') || 'none'})`);
  }

  const languageOk = answer.lang === evalCase.lang;
  if (!languageOk) failures.push(`language: expected ${evalCase.lang}, answered ${answer.lang}`);

  const partnerIds = new Set(context.knowledge.partners.partners.map((p) => p.id));
  const validCitation = (id: string) =>
    id === 'partners' ||
    (id.startsWith('partner:') && partnerIds.has(id.slice(8))) ||
    context.passages.some((p) => p.id === id);
  const citationsValid = answer.citations.every((c) => validCitation(c.id));
  if (!citationsValid)
    failures.push(
      `invalid citation: ${answer.citations
        .filter((c) => !validCitation(c.id))
        .map((c) => c.id)
        .join(', ')}`,
    );

  const fabricated = fabricatedFigures(
    answer.more ? `${answer.answer}\n${answer.more}` : answer.answer,
    sourceTextsFor(answer, context),
    question,
  );
  if (fabricated.length > 0) failures.push(`fabricated figures: ${fabricated.join(', ')}`);

  return {
    id: evalCase.id,
    kind: evalCase.kind,
    lang: evalCase.lang,
    question,
    passed: failures.length === 0,
    failures,
    route,
    reason,
    set,
    facts,
    languageOk,
    fabricated,
    citationsValid,
    latencyMs,
    confidence: answer.confidence,
    answer: answer.answer,
    source: evalCase.source,
  };
}

/** Everything an answer may quote figures from: cited passages, named partners' records, the office. */
function sourceTextsFor(answer: Answer, context: EvalContext): string[] {
  // The office record and the product's own fixed help text (its example questions) are sources too.
  const texts: string[] = [
    JSON.stringify(context.knowledge.office),
    messagesFor(answer.lang).help(context.knowledge.office),
    ...(context.askedAt ?? []).map((at) =>
      describeReplyExpectation(context.knowledge.office, at, answer.lang),
    ),
  ];
  // Counts the engine computed ("4 partners in Fiji or Peru", "28 more state another test") are not figures to source.
  const groups = [
    answer.partners,
    answer.related?.otherTest ?? [],
    answer.related?.noneStated ?? [],
    answer.related?.nearMiss ?? [],
  ];
  texts.push(groups.map((g) => String(g.length)).join(' '));
  // A first message cut to the reply budget lists the first ones and counts the rest
  // ("…and 54 more in the full list"): the set's size less the numbered lines shown.
  const shown = answer.answer.split('\n').filter((line) => /^\s*\d+\.\s/.test(line)).length;
  if (shown > 0) texts.push(groups.map((g) => String(g.length - shown)).join(' '));
  for (const citation of answer.citations) {
    texts.push(citation.asOf);
    for (const passage of context.passages.filter((p) => p.id === citation.id))
      texts.push(passage.title, passage.text);
  }
  const named = new Set(
    [
      ...answer.partners,
      ...(answer.related?.otherTest ?? []),
      ...(answer.related?.noneStated ?? []),
      ...(answer.related?.nearMiss ?? []),
    ].map((p) => p.id),
  );
  for (const partner of context.knowledge.partners.partners)
    if (named.has(partner.id)) texts.push(JSON.stringify(partner));
  if (answer.citations.some((c) => c.id === 'partners'))
    texts.push(context.knowledge.partners.asOf);
  return texts;
}
