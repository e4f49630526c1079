/** The current partner records as the office's sheet (export), and the empty layout (template). */
import { loadKnowledge } from '../load.ts';
import { recordToCells } from './mapping.ts';
import { writePartnerSheet } from './workbook.ts';

export async function exportPartnerSheet(knowledgeDir: string, path: string): Promise<{ count: number } | { problems: string[] }> {
  const { knowledge, problems } = loadKnowledge(knowledgeDir);
  if (!knowledge) return { problems: problems.map((p) => `${p.file}${p.record ? ` [${p.record}]` : ''}: ${p.message}`) };
  await writePartnerSheet(path, knowledge.partners.partners.map(recordToCells));
  return { count: knowledge.partners.partners.length };
}

export async function writePartnerTemplate(path: string): Promise<void> {
  await writePartnerSheet(path, []);
}
