/**
 * Cuts guide, about and FAQ records into passages: the unit that is retrieved, quoted and
 * cited. A guide paragraph is written to stand alone, so a paragraph is a passage (a list
 * stays with the line that introduces it).
 */
import { otherLang, type Passage } from '../domain/types.ts';
import type { KnowledgeBase, KnowledgeDocument } from './load.ts';
import { provenanceOf, sourceTitle } from './voices.ts';
import { resolveAnchors } from './questions.ts';

export type { Passage };

export function buildPassages(knowledge: KnowledgeBase): Passage[] {
  const passages: Passage[] = [];
  for (const document of [...knowledge.guide, ...knowledge.about]) passages.push(...documentPassages(document));
  // Anchors were checked when the knowledge loaded; an unresolved one simply attaches nothing.
  const { byPassage } = resolveAnchors(knowledge.questions, passages.map(anchorTarget));
  for (const passage of passages) passage.questions = byPassage.get(`${passage.lang}|${passage.id}`) ?? [];
  for (const entry of knowledge.faq) {
    const paraphrases = [...(entry.paraphrases?.ja ?? []), ...(entry.paraphrases?.en ?? [])];
    for (const lang of ['ja', 'en'] as const) {
      // The other language's wording of the question is one more way to ask it.
      const other = entry.question[otherLang(lang)];
      passages.push({
        id: `faq:${entry.id}`,
        docId: `faq:${entry.id}`,
        kind: 'faq',
        section: entry.section,
        lang,
        title: entry.question[lang],
        text: entry.answer[lang],
        keywords: entry.keywords,
        questions: [other, ...paraphrases],
        source: sourceTitle(entry.source, lang),
        provenance: provenanceOf(entry.source),
        asOf: entry.asOf,
      });
    }
  }
  return passages;
}

/** What a question anchor is matched against. */
export function anchorTarget(passage: Passage) {
  return { key: `${passage.lang}|${passage.id}`, section: passage.section ?? '', lang: passage.lang, text: passage.text };
}

export function documentPassages(document: KnowledgeDocument): Passage[] {
  const blocks: string[] = [];
  for (const block of document.body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)) {
    const isList = /^([-*]|\d+[.)])\s/.test(block);
    const isHeading = /^#+\s/.test(block);
    // A list joins the paragraph that introduces it; a heading joins what follows it.
    if (isList && blocks.length > 0 && !/^#+\s/.test(blocks[blocks.length - 1]!)) blocks[blocks.length - 1] += `\n${block}`;
    else if (blocks.length > 0 && /^#+\s[^\n]*$/.test(blocks[blocks.length - 1]!) && !isHeading) blocks[blocks.length - 1] += `\n${block}`;
    else blocks.push(block);
  }
  return blocks.map((block, index) => ({
    id: `${document.kind}:${document.id}#${index + 1}`,
    docId: `${document.kind}:${document.id}`,
    kind: document.kind,
    section: document.id,
    lang: document.lang,
    title: document.title,
    text: block.replace(/^#+\s*/gm, ''),
    keywords: document.keywords,
    questions: [],
    source: sourceTitle(document.source, document.lang),
    provenance: provenanceOf(document.source),
    asOf: document.asOf,
  }));
}
