/**
 * Model mode inside the pipeline: a generated answer that must pass the verifier, and a
 * model's reading of a partner question that the rule-based reading overrides on tests and
 * scores. Any failure returns null and the caller answers as in the no-key mode.
 */
import { citationOf } from '../compose/extractive.ts';
import { verifyGenerated, type Verdict } from '../compose/verify.ts';
import type { Partner } from '../knowledge/schema.ts';
import { PartnerQuery } from '../partners/query.ts';
import type { AnswerModel, Logger, RetrievedPassageView } from '../domain/ports.ts';
import type { Citation, Lang } from '../domain/types.ts';

/** Passages given to the model: the best few, numbered from 1. */
const MODEL_PASSAGES = 5;

export type GenerationOutcome = { text: string; citations: Citation[]; verdict: Verdict } | { text: null; verdict: Verdict };

export async function generateVerified(model: AnswerModel, question: string, lang: Lang, retrieved: RetrievedPassageView[], partners: Partner[], logger: Logger): Promise<GenerationOutcome> {
  const passages = retrieved.slice(0, MODEL_PASSAGES).map((r, index) => ({ number: index + 1, id: r.passage.id, title: r.passage.title, text: r.passage.text }));
  let verdict: Verdict;
  try {
    const generated = await model.generateAnswer({ question, lang, passages });
    verdict = verifyGenerated(generated, passages, question, lang, partners);
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
    verdict = { passed: false, reasons: [`model call failed: ${(error as { code?: string }).code ?? (error as Error).name}: ${(error as Error).message}`] };
  }
  logger.warn({ model: model.name, reasons: verdict.reasons }, 'model answer rejected; sending the extractive answer');
  return { text: null, verdict };
}

/**
 * The model fills what the rules could not read (paraphrased places, levels...); where both
 * read something, the rules win, and a disagreement on the test or score is logged.
 */
export async function refineQuery(model: AnswerModel, question: string, lang: Lang, rules: PartnerQuery, logger: Logger): Promise<PartnerQuery> {
  let parsed;
  try {
    parsed = PartnerQuery.safeParse(await model.parsePartnerQuery({ question, lang }));
  } catch (error) {
    logger.warn({ model: model.name, error }, 'model could not read the partner question; using the rule-based reading');
    return rules;
  }
  if (!parsed.success) {
    logger.warn({ model: model.name, issues: parsed.error.issues.slice(0, 5) }, 'model partner query failed validation; using the rule-based reading');
    return rules;
  }
  const fromModel = parsed.data;
  if (rules.test && fromModel.test && (rules.test.test !== fromModel.test.test || rules.test.score !== fromModel.test.score)) {
    logger.warn({ rules: rules.test, model: fromModel.test }, 'model and rules disagree on the test or score; the rules win');
  }
  const pick = <K extends keyof PartnerQuery>(key: K): PartnerQuery[K] => {
    const value = rules[key];
    const empty = value === null || (Array.isArray(value) && value.length === 0) || value === false;
    return empty ? fromModel[key] : value;
  };
  return PartnerQuery.parse({
    test: rules.test ?? fromModel.test,
    gpa: pick('gpa'),
    regions: pick('regions'),
    countries: pick('countries'),
    faculty: pick('faculty'),
    level: pick('level'),
    startMonth: pick('startMonth'),
    deadlineMonth: pick('deadlineMonth'),
    tuitionWaived: pick('tuitionWaived'),
    minSlots: pick('minSlots'),
    // Partner names are matched by the records, never taken from the model.
    partnerIds: rules.partnerIds,
    noLanguageRequirement: pick('noLanguageRequirement'),
    fields: pick('fields'),
    year: pick('year'),
  });
}
