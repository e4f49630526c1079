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
const kanjiEnd = (word: string) => (/\p{Script=Han}$/u.test(word) ? '(?![\\u4E00-\\u9FFF])' : '');
/**
 * A word ending in the question word 何 asks what something is only where the question ends:
 * 「って何がいる」 (what is needed) and 「って何を出す」 make 何 an object, not a definition.
 */
const questionEnd = (word: string) =>
  /(何|なに)$/u.test(word) ? '(?=\\s*(?:[?？。!！]|です|でしょう|ですか|だっけ|のこと|$))' : '';

/** One glossary word and the sticky pattern that checks its boundaries where it starts. */
interface Entry {
  key: string;
  at: RegExp;
  canonical: { ja: string; en: string };
}

export class Glossary {
  /** The words by their first character, longest first: a scan checks only those starting there. */
  private byFirst: Map<string, Entry[]> | null = null;

  /**
   * `knowledgeText`: every student-facing text of each language, to leave words it uses alone.
   * Compiled on first use: looking up two thousand words in the whole text takes most of a
   * hundred milliseconds, which a partner question (searched in the records) never needs.
   */
  constructor(
    private readonly file: GlossaryFile,
    private readonly knowledgeText: () => Record<Lang, string>,
  ) {}

  /**
   * The text with each glossary word replaced by the guide's word in `lang`. One pass over the
   * text, trying at each position only the words that start with its character (one regular
   * expression of two thousand alternatives took most of a question's understanding time).
   */
  rewrite(text: string, lang: Lang): string {
    const byFirst = (this.byFirst ??= this.compile());
    const folded = fold(text);
    let out = '';
    let i = 0;
    while (i < folded.length) {
      const entry = byFirst.get(folded[i]!)?.find((e) => {
        e.at.lastIndex = i;
        return e.at.test(folded);
      });
      if (entry) {
        out += ` ${entry.canonical[lang]} `;
        i += entry.key.length;
      } else out += folded[i++];
    }
    return out;
  }

  private compile(): Map<string, Entry[]> {
    const source = this.knowledgeText();
    const texts = { ja: fold(source.ja), en: fold(source.en) };
    const byFirst = new Map<string, Entry[]>();
    const seen = new Set<string>();
    for (const group of this.file.groups)
      for (const word of [...group.ja, ...group.en]) {
        const key = fold(word);
        // A word the guide itself writes in either language needs no translating.
        if (seen.has(key) || texts.ja.includes(key) || texts.en.includes(key)) continue;
        seen.add(key);
        const at = new RegExp(`(?:${entrySource(key)}${kanjiEnd(key)}${questionEnd(key)})`, 'y');
        const list = byFirst.get(key[0]!) ?? [];
        list.push({ key, at, canonical: group.canonical });
        byFirst.set(key[0]!, list);
      }
    for (const list of byFirst.values()) list.sort((x, y) => y.key.length - x.key.length);
    return byFirst;
  }
}
