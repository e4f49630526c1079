/** `desk knowledge check|export --json`: for staff who edit `knowledge/` and for scripts. */
import { loadKnowledge, type KnowledgeBase } from '../../knowledge/load.ts';
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
      output.err(`  ${problem.file}${problem.record ? ` [${problem.record}]` : ''}: ${problem.message}`);
    return 1;
  }
  const counts = knowledgeCounts(knowledge);
  output.out(
    [
      `knowledge ok (${knowledgeDir}, content hash ${knowledge.hash})`,
      `  partners:        ${counts.partners}`,
      `  guide sections:  ${counts.guide.ja} ja, ${counts.guide.en} en`,
      `  about sections:  ${counts.about.ja} ja, ${counts.about.en} en`,
      `  FAQ entries:     ${counts.faq}`,
      `  unplaced table values kept for review: ${counts.unplaced}`,
    ].join('\n'),
  );
  return 0;
}

export function runKnowledgeExport(knowledgeDir: string, output: CommandOutput): number {
  const { knowledge, problems } = loadKnowledge(knowledgeDir);
  if (!knowledge) {
    output.err(`knowledge export: knowledge is invalid (${problems.length} problem(s)); run \`desk knowledge check\``);
    return 1;
  }
  const documents = (list: KnowledgeBase['guide']) =>
    list.map(({ id, lang, title, source, asOf, keywords, body }) => ({ id, lang, title, source, asOf, keywords, body }));
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
