/**
 * The FAQ loop: a resolved case's staff answer becomes a draft (`knowledge/drafts/`), never
 * answered from; staff translate or edit it, then `desk knowledge promote` moves it into
 * faq.yaml only if the whole knowledge still passes the check.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import type { CaseRecord } from '../domain/cases.ts';
import { DeskError } from '../domain/errors.ts';
import { loadKnowledge, type KnowledgeProblem } from './load.ts';
import { FaqEntry } from './schema.ts';

const Partial = z.strictObject({ ja: z.string().optional(), en: z.string().optional() });
export const DraftFaqEntry = FaqEntry.extend({ question: Partial, answer: Partial, status: z.literal('draft') });
export type DraftFaqEntry = z.infer<typeof DraftFaqEntry>;

export function draftIdFor(caseId: string): string {
  return `case-${caseId.toLowerCase()}`;
}

/** Writes the draft for a resolved case from its question and the staff replies. */
export function writeDraftFromCase(knowledgeDir: string, record: CaseRecord, now: Date): string {
  const replies = record.events.filter((e) => e.kind === 'reply' && e.text).map((e) => e.text!.trim());
  if (replies.length === 0) throw new Error(`${record.id} has no staff reply to turn into an FAQ answer.`);
  const id = draftIdFor(record.id);
  const draft: DraftFaqEntry = {
    id,
    question: { [record.lang]: record.question },
    answer: { [record.lang]: replies.join('\n\n') },
    section: null,
    keywords: [],
    source: { file: `case:${record.id}`, part: `staff answer by ${record.assignee ?? 'staff'} (${record.reason})` },
    asOf: now.toISOString().slice(0, 10),
    status: 'draft',
  };
  mkdirSync(join(knowledgeDir, 'drafts'), { recursive: true });
  const path = join(knowledgeDir, 'drafts', `${id}.yaml`);
  const other = ({ ja: 'en', en: 'ja' } as const)[record.lang];
  writeFileSync(path, `# Draft FAQ from ${record.id}. Add the ${other} question and answer, check the wording, then: npx desk knowledge promote ${id}\n${stringify(draft)}`);
  return path;
}

export function listDrafts(knowledgeDir: string): { id: string; file: string; languages: string[]; problems: string[] }[] {
  const folder = join(knowledgeDir, 'drafts');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join('drafts', name);
      const parsed = DraftFaqEntry.safeParse(parse(readFileSync(join(folder, name), 'utf8')));
      if (!parsed.success) return { id: name.replace(/\.yaml$/, ''), file, languages: [], problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
      const languages = (['ja', 'en'] as const).filter((lang) => parsed.data.question[lang] && parsed.data.answer[lang]);
      const problems = languages.length < 2 ? [`needs both languages (has ${languages.join(', ') || 'none'})`] : [];
      return { id: parsed.data.id, file, languages, problems };
    });
}

/** A draft that cannot enter faq.yaml (missing, incomplete, or it would break the knowledge check). */
export class PromotionError extends DeskError<'DRAFT_NOT_PROMOTABLE'> {
  constructor(
    message: string,
    readonly problems: KnowledgeProblem[] = [],
  ) {
    super('DRAFT_NOT_PROMOTABLE', message);
  }
}

/** Moves a complete draft into faq.yaml; rolls back if the knowledge check then fails. */
export function promoteDraft(knowledgeDir: string, id: string): void {
  const draftPath = join(knowledgeDir, 'drafts', `${id}.yaml`);
  if (!existsSync(draftPath)) throw new PromotionError(`No draft ${id} in ${join(knowledgeDir, 'drafts')}.`);
  const draft = DraftFaqEntry.parse(parse(readFileSync(draftPath, 'utf8')));
  const entry = FaqEntry.safeParse({ ...draft, status: 'published' });
  if (!entry.success) throw new PromotionError(`Draft ${id} is not complete: ${entry.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const faqPath = join(knowledgeDir, 'faq.yaml');
  const before = readFileSync(faqPath, 'utf8');
  const document = parseDocument(before);
  (document.get('faq') as { add(value: unknown): void }).add(document.createNode(entry.data));
  writeFileSync(faqPath, document.toString());
  const { problems } = loadKnowledge(knowledgeDir);
  if (problems.length > 0) {
    writeFileSync(faqPath, before);
    throw new PromotionError(`Promoting ${id} would break the knowledge check; faq.yaml is unchanged.`, problems);
  }
  rmSync(draftPath);
}
