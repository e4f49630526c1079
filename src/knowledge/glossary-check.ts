/**
 * The glossary rewrites student words into the guide's words, so each group's canonical word
 * must be one the knowledge text of that language actually uses: a canonical nobody wrote
 * would send every student who uses the group's words to nothing.
 */
import type { Lang } from '../domain/types.ts';
import type { FaqEntry } from './schema.ts';
import type { GlossaryFile } from './lexicon.ts';
import type { KnowledgeProblem } from './load.ts';

export function checkGlossary(
  glossary: GlossaryFile,
  documents: { lang: Lang; title: string; body: string }[],
  faq: FaqEntry[],
): KnowledgeProblem[] {
  const corpus = (lang: Lang) =>
    [
      ...documents.filter((d) => d.lang === lang).flatMap((d) => [d.title, d.body]),
      ...faq.flatMap((entry) => [entry.question[lang], entry.answer[lang]]),
    ]
      .join('\n')
      .normalize('NFKC')
      .toLowerCase();
  const texts = { ja: corpus('ja'), en: corpus('en') };
  const problems: KnowledgeProblem[] = [];
  for (const group of glossary.groups)
    for (const lang of ['ja', 'en'] as const) {
      const word = group.canonical[lang].normalize('NFKC').toLowerCase();
      if (!texts[lang].includes(word))
        problems.push({
          file: 'lexicon/glossary.yaml',
          record: group.concept,
          message: `canonical ${lang} word "${group.canonical[lang]}" occurs in no ${lang} guide, about or FAQ text`,
        });
    }
  return problems;
}
