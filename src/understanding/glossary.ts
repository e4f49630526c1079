/**
 * Search in the guide's own words: a student word from the glossary (「メアド」, "reschedule")
 * is replaced by the word the knowledge uses for the same concept (「メール」, "Changing the
 * date"), in the question's language, before the guide is searched. A word the knowledge
 * already uses is left as it is (it finds its passage by itself). Matching is whole-word and
 * longest first, so 「向こうで」 is read before 「向こう」.
 */
import type { Lang } from '../domain/types.ts';
import type { GlossaryFile } from '../knowledge/lexicon.ts';
import { entrySource } from '../text/terms.ts';

const fold = (text: string) => text.normalize('NFKC').toLowerCase();

export class Glossary {
  private readonly pattern: RegExp | null;
  private readonly canonical = new Map<string, { ja: string; en: string }>();

  /** `knowledgeText`: every student-facing text of each language, to leave words it uses alone. */
  constructor(file: GlossaryFile, knowledgeText: Record<Lang, string>) {
    const texts = { ja: fold(knowledgeText.ja), en: fold(knowledgeText.en) };
    const words: string[] = [];
    for (const group of file.groups)
      for (const word of [...group.ja, ...group.en]) {
        const key = fold(word);
        // A word the guide itself writes in either language needs no translating.
        if (texts.ja.includes(key) || texts.en.includes(key)) continue;
        this.canonical.set(key, group.canonical);
        words.push(key);
      }
    words.sort((a, b) => b.length - a.length);
    this.pattern =
      words.length > 0
        ? new RegExp(words.map((w) => `(?:${entrySource(w)})`).join('|'), 'gi')
        : null;
  }

  /** The text with each glossary word replaced by the guide's word in `lang`. */
  rewrite(text: string, lang: Lang): string {
    if (!this.pattern) return text;
    return fold(text).replace(this.pattern, (word) => {
      const canonical = this.canonical.get(word)?.[lang];
      return canonical ? ` ${canonical} ` : word;
    });
  }
}
