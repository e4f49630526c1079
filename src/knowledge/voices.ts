/**
 * The two voices of a curated record: what a student reads, and what only the office reads.
 * Everything that builds an answer or a citation goes through here, so a student never sees
 * an `office` note or a seed file name.
 */
import type { Lang } from '../domain/types.ts';
import type { Curated, SourceRef } from './schema.ts';

/** The student wording of a curated text in one language. */
export function studentText(text: Curated, lang: Lang): string {
  return text.student[lang];
}

/** The source as students see it: 「交換留学のすすめ」2015年度版 p.21 主な交換留学先一覧. */
export function sourceTitle(source: SourceRef, lang: Lang): string {
  return source.title[lang];
}

/** Where the office finds it: `001_2f5be6675cafeb59.txt — 主な交換留学先一覧 p.21 (block 3), row 5 …`. */
export function provenanceOf(source: SourceRef): string {
  return `${source.provenance.file} — ${source.provenance.part}`;
}

/** The student-facing source of an FAQ entry drafted from a staff reply (the case stays in provenance). */
export const STAFF_ANSWER_TITLE = { ja: '留学生支援室の回答', en: 'Answer from the Study Abroad Support Office' } as const;
