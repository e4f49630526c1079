/**
 * Cuts guide, about and FAQ records into passages: the unit that is retrieved, quoted and
 * cited. A guide paragraph is written to stand alone, so a paragraph is a passage (a list
 * stays with the line that introduces it).
 */
import type { Passage } from '../domain/types.ts';
import type { KnowledgeBase, KnowledgeDocument } from './load.ts';

export type { Passage };


export function buildPassages(knowledge: KnowledgeBase): Passage[] {
  const passages: Passage[] = [];
  for (const document of [...knowledge.guide, ...knowledge.about]) passages.push(...documentPassages(document));
  for (const entry of knowledge.faq) {
    for (const lang of ['ja', 'en'] as const) {
      passages.push({
        id: `faq:${entry.id}`,
        docId: `faq:${entry.id}`,
        kind: 'faq',
        section: entry.section,
        lang,
        title: entry.question[lang],
        text: entry.answer[lang],
        keywords: entry.keywords,
        source: `${entry.source.file} — ${entry.source.part}`,
        asOf: entry.asOf,
      });
    }
  }
  return passages;
}

function documentPassages(document: KnowledgeDocument): Passage[] {
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
    source: `${document.source.file} — ${document.source.part}`,
    asOf: document.asOf,
  }));
}
