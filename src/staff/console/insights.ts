/**
 * The unanswered questions, grouped: questions that ended "not found" or were marked "not
 * helpful", one group per normalised wording, most frequent first.
 */
import { consoleLang } from '../../messages/staff-console.ts';
import type { GapRow } from './console-store.ts';

export interface GapQuestion {
  /** The normalised wording the group shares. */
  key: string;
  question: string;
  lang: 'ja' | 'en';
  count: number;
  kinds: GapRow['kind'][];
  lastAt: string;
  caseIds: string[];
}

/** Same question, different typing: NFKC, lower case, one space, no closing punctuation. */
export function questionKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/[?？!！。.、,]+$/u, '')
    .trim();
}

/** Rows newest first in, groups out (each group shows its newest wording). */
export function groupGaps(rows: GapRow[]): GapQuestion[] {
  const groups = new Map<string, GapQuestion>();
  for (const row of [...rows].sort((a, b) => b.at.localeCompare(a.at))) {
    if (!row.question?.trim()) continue;
    const key = questionKey(row.question);
    const group = groups.get(key) ?? {
      key,
      question: row.question.trim(),
      lang: consoleLang(row.lang),
      count: 0,
      kinds: [],
      lastAt: row.at,
      caseIds: [],
    };
    group.count += 1;
    if (!group.kinds.includes(row.kind)) group.kinds.push(row.kind);
    if (row.caseId && !group.caseIds.includes(row.caseId)) group.caseIds.push(row.caseId);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}
