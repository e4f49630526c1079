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
/**
 * A word ending in a kanji does not end inside a compound: 「って何」 is not read in
 * 「って何単位」 (how many credits).
 */
const kanjiEnd = (word: string) => (/\p{Script=Han}$/u.test(word) ? '(?!\\p{Script=Han})' : '');

export class Glossary {
  private compiled: {
    pattern: RegExp | null;
    canonical: Map<string, { ja: string; en: string }>;
  } | null = null;

  /**
   * `knowledgeText`: every student-facing text of each language, to leave words it uses alone.
   * Compiled on first use: looking up two thousand words in the whole text takes most of a
   * hundred milliseconds, which a partner question (searched in the records) never needs.
   */
  constructor(
    private readonly file: GlossaryFile,
    private readonly knowledgeText: () => Record<Lang, string>,
  ) {}

  /** The text with each glossary word replaced by the guide's word in `lang`. */
  rewrite(text: string, lang: Lang): string {
    const { pattern, canonical } = (this.compiled ??= this.compile());
    if (!pattern) return text;
    return fold(text).replace(pattern, (word) => {
      const replacement = canonical.get(word)?.[lang];
      return replacement ? ` ${replacement} ` : word;
    });
  }

  private compile() {
    const source = this.knowledgeText();
    const texts = { ja: fold(source.ja), en: fold(source.en) };
    const canonical = new Map<string, { ja: string; en: string }>();
    const words: string[] = [];
    for (const group of this.file.groups)
      for (const word of [...group.ja, ...group.en]) {
        const key = fold(word);
        // A word the guide itself writes in either language needs no translating.
        if (texts.ja.includes(key) || texts.en.includes(key)) continue;
        canonical.set(key, group.canonical);
        words.push(key);
      }
    words.sort((a, b) => b.length - a.length);
    const pattern =
      words.length > 0
        ? new RegExp(words.map((w) => `(?:${entrySource(w)}${kanjiEnd(w)})`).join('|'), 'giu')
        : null;
    return { pattern, canonical };
  }
}
