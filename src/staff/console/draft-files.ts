/**
 * Reading and saving FAQ drafts (knowledge/drafts/ID.yaml) from the console, in the shape
 * `desk knowledge drafts|promote` use (DraftFaqEntry). Ids are checked before they become
 * paths, so a crafted id cannot leave the drafts folder.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import { DraftFaqEntry } from '../../knowledge/drafts.ts';
import { STAFF_ANSWER_TITLE } from '../../knowledge/voices.ts';
import { questionKey } from './insights.ts';

export const DraftId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(80);

export interface DraftEdit {
  questionJa: string;
  answerJa: string;
  questionEn: string;
  answerEn: string;
  keywords: string;
}

function draftPath(knowledgeDir: string, id: string): string {
  return join(knowledgeDir, 'drafts', `${DraftId.parse(id)}.yaml`);
}

export function readDraft(
  knowledgeDir: string,
  id: string,
): { draft: DraftFaqEntry | null; problems: string[] } {
  const path = draftPath(knowledgeDir, id);
  if (!existsSync(path)) return { draft: null, problems: ['not found'] };
  const parsed = DraftFaqEntry.safeParse(parse(readFileSync(path, 'utf8')));
  return parsed.success
    ? { draft: parsed.data, problems: [] }
    : {
        draft: null,
        problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
      };
}

function write(knowledgeDir: string, draft: DraftFaqEntry): void {
  mkdirSync(join(knowledgeDir, 'drafts'), { recursive: true });
  writeFileSync(
    draftPath(knowledgeDir, draft.id),
    `# Draft FAQ, edited in the staff console. Promote it there or with: ` +
      `npx desk knowledge promote ${draft.id}\n${stringify(draft)}`,
  );
}

/** Applies an edit; returns the problems instead of writing when the result is not a valid draft. */
export function saveDraft(knowledgeDir: string, id: string, edit: DraftEdit): string[] {
  const { draft, problems } = readDraft(knowledgeDir, id);
  if (!draft) return problems;
  const text = (value: string) => (value.trim() ? value.trim().replace(/\r\n/g, '\n') : undefined);
  const bilingual = (ja: string, en: string) =>
    Object.fromEntries(
      Object.entries({ ja: text(ja), en: text(en) }).filter(([, v]) => v !== undefined),
    );
  const next = DraftFaqEntry.safeParse({
    ...draft,
    question: bilingual(edit.questionJa, edit.questionEn),
    answer: bilingual(edit.answerJa, edit.answerEn),
    keywords: edit.keywords
      .split(/[,、，]/)
      .map((k) => k.trim())
      .filter(Boolean),
  });
  if (!next.success) return next.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  write(knowledgeDir, next.data);
  return [];
}

/** A new draft from a question the assistant could not answer (or the existing one for it). */
export function startDraftFromQuestion(
  knowledgeDir: string,
  question: string,
  lang: 'ja' | 'en',
  origin: { caseId: string | null; part: string },
  now: Date,
): string {
  const id = `gap-${createHash('sha256').update(questionKey(question)).digest('hex').slice(0, 10)}`;
  if (existsSync(draftPath(knowledgeDir, id))) return id;
  write(knowledgeDir, {
    id,
    question: { [lang]: question.trim() },
    answer: {},
    section: null,
    keywords: [],
    // The staff answer is the source; the case it came from, when there is one, names it.
    source: {
      title: STAFF_ANSWER_TITLE,
      provenance: {
        file: origin.caseId ? `case:${origin.caseId}` : `drafts/${id}.yaml`,
        part: origin.part,
      },
    },
    asOf: now.toISOString().slice(0, 10),
    office: null,
    status: 'draft',
  });
  return id;
}
