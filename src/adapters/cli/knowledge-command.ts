/** `desk knowledge check|export --json`: for staff who edit `knowledge/` and for scripts. */
import { checkCoverage } from '../../knowledge/seed-coverage/coverage.ts';
import { loadKnowledge, type KnowledgeBase } from '../../knowledge/load.ts';
import { buildPassages } from '../../knowledge/passages.ts';
import type { Lang } from '../../domain/types.ts';
import type { CommandOutput } from './output.ts';

export function knowledgeCounts(knowledge: KnowledgeBase) {
  const perLanguage = (documents: KnowledgeBase['guide']) => {
    const count = (lang: Lang) => documents.filter((d) => d.lang === lang).length;
    return { ja: count('ja'), en: count('en') };
  };
  return {
    partners: knowledge.partners.partners.length,
    guide: perLanguage(knowledge.guide),
    about: perLanguage(knowledge.about),
    faq: knowledge.faq.length,
    unplaced: knowledge.partners.unplaced.length,
  };
}

export function runKnowledgeCheck(knowledgeDir: string, output: CommandOutput): number {
  const { knowledge, problems } = loadKnowledge(knowledgeDir);
  if (!knowledge) {
    output.err(`knowledge check failed: ${problems.length} problem(s) in ${knowledgeDir}`);
    for (const problem of problems)
      output.err(
        `  ${problem.file}${problem.record ? ` [${problem.record}]` : ''}: ${problem.message}`,
      );
    return 1;
  }
  const counts = knowledgeCounts(knowledge);
  const passages = buildPassages(knowledge);
  const documentPassages = passages.filter((p) => p.kind !== 'faq');
  const withoutQuestions = documentPassages.filter((p) => (p.questions ?? []).length === 0);
  const coverage = checkCoverage(knowledge, passages);
  if (coverage.problems.length > 0) {
    output.err(
      `knowledge check failed: ${coverage.problems.length} problem(s) in ${knowledgeDir}/coverage.yaml`,
    );
    for (const problem of coverage.problems) output.err(`  ${problem}`);
    return 1;
  }
  output.out(
    [
      `knowledge ok (${knowledgeDir}, content hash ${knowledge.hash})`,
      `  partners:        ${counts.partners}`,
      `  guide sections:  ${counts.guide.ja} ja, ${counts.guide.en} en`,
      `  about sections:  ${counts.about.ja} ja, ${counts.about.en} en`,
      `  FAQ entries:     ${counts.faq}`,
      `  unplaced table values kept for review: ${counts.unplaced}`,
      `  passages with curated questions: ${documentPassages.length - withoutQuestions.length} of ${documentPassages.length} (${passages.reduce((n, p) => n + (p.questions ?? []).length, 0)} questions)`,
      ...withoutQuestions.slice(0, 10).map((p) => `    no questions yet: ${p.id} (${p.lang})`),
      ...(withoutQuestions.length > 10 ? [`    … and ${withoutQuestions.length - 10} more`] : []),
      `  seed facts no passage carries: ${coverage.missing.length} (desk knowledge coverage lists them)`,
    ].join('\n'),
  );
  return 0;
}

export function runKnowledgeExport(knowledgeDir: string, output: CommandOutput): number {
  const { knowledge, problems } = loadKnowledge(knowledgeDir);
  if (!knowledge) {
    output.err(
      `knowledge export: knowledge is invalid (${problems.length} problem(s)); run \`desk knowledge check\``,
    );
    return 1;
  }
  const documents = (list: KnowledgeBase['guide']) =>
    list.map(({ id, lang, title, source, asOf, keywords, body }) => ({
      id,
      lang,
      title,
      source,
      asOf,
      keywords,
      body,
    }));
  output.out(
    JSON.stringify({
      partners: knowledge.partners.partners,
      faq: knowledge.faq,
      guide: documents(knowledge.guide),
      about: documents(knowledge.about),
      office: knowledge.office,
    }),
  );
  return 0;
}
