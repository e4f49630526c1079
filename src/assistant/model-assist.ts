/**
 * Model mode inside the pipeline: a generated answer that must pass the verifier, and a
 * model's reading of the message that the rules check before anything runs. Any failure returns null and the caller answers as in the no-key mode.
 */
import { citationOf } from '../compose/extractive.ts';
import { verifyGenerated, type InstructionCheck, type Verdict } from '../compose/verify.ts';
import type { Partner } from '../knowledge/schema.ts';
import type { Interpretation } from '../understanding/interpretation.ts';
import { ModelReading, reconcileReading, type PartReader } from '../understanding/model-reading.ts';
import type { AnswerModel, Logger, RetrievedPassageView } from '../domain/ports.ts';
import type { Citation, Lang } from '../domain/types.ts';

/** Passages given to the model: the best few, numbered from 1. */
const MODEL_PASSAGES = 5;

export type GenerationOutcome =
  { text: string; citations: Citation[]; verdict: Verdict } | { text: null; verdict: Verdict };

export async function generateVerified(
  model: AnswerModel,
  question: string,
  lang: Lang,
  retrieved: RetrievedPassageView[],
  partners: Partner[],
  logger: Logger,
  isInstruction: InstructionCheck,
): Promise<GenerationOutcome> {
  const passages = retrieved.slice(0, MODEL_PASSAGES).map((r, index) => ({
    number: index + 1,
    id: r.passage.id,
    title: r.passage.title,
    text: r.passage.text,
  }));
  let verdict: Verdict;
  try {
    const generated = await model.generateAnswer({ question, lang, passages });
    verdict = verifyGenerated(generated, passages, question, lang, partners, isInstruction);
    if (verdict.passed) {
      const cited = [...new Set(generated.citations)].map((n) => retrieved[n - 1]!.passage);
      // Markers follow the order of the citation list, as in extractive answers.
      let text = generated.answer.trim();
      generated.citations.forEach((n) => {
        const index = cited.findIndex((p) => p.id === retrieved[n - 1]!.passage.id);
        text = text.replaceAll(`[${n}]`, `[${index + 1}]`);
      });
      return { text, citations: cited.map(citationOf), verdict };
    }
  } catch (error) {
    verdict = {
      passed: false,
      reasons: [
        `model call failed: ${(error as { code?: string }).code ?? (error as Error).name}: ${(error as Error).message}`,
      ],
    };
  }
  logger.warn(
    { model: model.name, reasons: verdict.reasons },
    'model answer rejected; sending the extractive answer',
  );
  return { text: null, verdict };
}

/**
 * Model mode's reading of a message, checked by the rules (`reconcileReading`). A rules
 * reading that is already sure (every question has a topic, every content word is known)
 * costs no model call; any failure keeps the rules' reading, so the no-key answer is the floor.
 */
export async function readWithModel(
  model: AnswerModel,
  rules: Interpretation,
  message: string,
  lang: Lang,
  rulesOf: { readPart: PartReader; unreadWords: (text: string) => string[] },
  logger: Logger,
): Promise<Interpretation> {
  const { readPart, unreadWords } = rulesOf;
  const sure = rules.parts.every(
    (part) => part.topic !== 'other' && unreadWords(part.text).length === 0,
  );
  if (rules.act === 'instruct' || sure) return rules;
  let parsed;
  try {
    parsed = ModelReading.safeParse(await model.readMessage({ question: message, lang }));
  } catch (error) {
    logger.warn(
      { model: model.name, error },
      'model could not read the message; using the rule-based reading',
    );
    return rules;
  }
  if (!parsed.success) {
    logger.warn(
      { model: model.name, issues: parsed.error.issues.slice(0, 5) },
      'model reading failed validation; using the rule-based reading',
    );
    return rules;
  }
  const reading = reconcileReading(rules, parsed.data, message, readPart);
  for (const [i, part] of reading.parts.entries()) {
    const said = parsed.data.parts[i]?.query.test;
    if (part.query.test && said && part.query.test.score !== said.score)
      logger.warn(
        { rules: part.query.test, model: said },
        'model and rules disagree on the test or score; the rules win',
      );
  }
  return reading;
}
