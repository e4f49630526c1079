/**
 * Questions each guide or about passage answers, in students' words and in both languages
 * (`knowledge/questions/<section>.yaml`). An entry points at one passage per language by a
 * short quote (its anchor) that must occur in exactly one passage of that language in the
 * section, so the office can reorder or reword paragraphs and `desk knowledge check` says
 * which anchors no longer hold. Questions only point at passages: they add no facts.
 */
import { z } from 'zod';
import { normaliseText } from '../text/normalise.ts';
import type { Lang } from '../domain/types.ts';

export const PassageQuestions = z.strictObject({
  /** A short quote from the passage in each language (copied from its text, not its title). */
  anchor: z.strictObject({ ja: z.string().min(2), en: z.string().min(3) }),
  questions: z.strictObject({
    ja: z.array(z.string().min(2)).min(2, 'at least 2 Japanese questions'),
    en: z.array(z.string().min(3)).min(2, 'at least 2 English questions'),
  }),
});
export type PassageQuestions = z.infer<typeof PassageQuestions>;

export const QuestionsFile = z.strictObject({
  /** The guide or about section id these questions belong to (the file is named after it). */
  section: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  passages: z.array(PassageQuestions).min(1),
});
export type QuestionsFile = z.infer<typeof QuestionsFile>;

export interface QuestionsSet extends QuestionsFile {
  file: string;
}

/** What an anchor is matched against: a passage of a guide or about document. */
export interface AnchorTarget {
  /** `${lang}|${passage id}` */
  key: string;
  section: string;
  lang: Lang;
  text: string;
}

export interface AnchorProblem {
  file: string;
  record: string;
  message: string;
}

export interface ResolvedQuestions {
  /** Every question (both languages) per passage key, for each passage an entry points at. */
  byPassage: Map<string, string[]>;
  problems: AnchorProblem[];
}

/** Whitespace and width differences never decide whether a quote occurs. */
export function anchorForm(text: string): string {
  return normaliseText(text).replace(/[*_`#]/g, '').replace(/\s+/g, ' ').toLowerCase().trim();
}

export function resolveAnchors(sets: QuestionsSet[], targets: AnchorTarget[]): ResolvedQuestions {
  const byPassage = new Map<string, string[]>();
  const owner = new Map<string, string>();
  const problems: AnchorProblem[] = [];
  // Grouped by section and language and normalised once: an anchor is looked for only in the
  // passages of its own section, so the check stays linear in the size of the knowledge.
  const bySectionLang = new Map<string, { target: AnchorTarget; form: string }[]>();
  for (const target of targets) {
    const group = `${target.section}|${target.lang}`;
    const list = bySectionLang.get(group) ?? [];
    list.push({ target, form: anchorForm(target.text) });
    bySectionLang.set(group, list);
  }
  const sections = new Set(targets.map((t) => t.section));
  for (const set of sets) {
    if (!sections.has(set.section)) {
      problems.push({ file: set.file, record: set.section, message: `section "${set.section}" is not a guide or about section id` });
      continue;
    }
    set.passages.forEach((entry, index) => {
      const record = `${set.section}[${index}]`;
      const keys: string[] = [];
      for (const lang of ['ja', 'en'] as const) {
        const quote = anchorForm(entry.anchor[lang]);
        const hits = (bySectionLang.get(`${set.section}|${lang}`) ?? [])
          .filter(({ form }) => form.includes(quote))
          .map(({ target }) => target);
        if (hits.length === 1) keys.push(hits[0]!.key);
        else
          problems.push({
            file: set.file,
            record,
            message:
              hits.length === 0
                ? `anchor.${lang} "${entry.anchor[lang]}" occurs in no ${lang} passage of ${set.section}`
                : `anchor.${lang} "${entry.anchor[lang]}" occurs in ${hits.length} ${lang} passages of ${set.section} (${hits.map((h) => h.key.split('|')[1]).join(', ')}); quote more of one`,
          });
      }
      if (keys.length !== 2) return;
      for (const key of keys) {
        const previous = owner.get(key);
        if (previous) {
          problems.push({ file: set.file, record, message: `points at ${key.split('|')[1]} (${key.split('|')[0]}), which ${previous} already covers; merge the two entries` });
          return;
        }
      }
      // Both languages' questions go with the passage of each language: an English question
      // then finds a fact whose curated English wording it does not share.
      const questions = [...entry.questions.ja, ...entry.questions.en];
      for (const key of keys) {
        owner.set(key, record);
        byPassage.set(key, questions);
      }
    });
  }
  return { byPassage, problems };
}
