/**
 * Chat shorthand and one-letter slips, read as the words they stand for before anything else
 * reads a message (`lexicon/chat-forms.yaml`): "any unis w/o language req?" is read as "any
 * universities without language requirement?", "partnrs in germny" as "partners in germany".
 * Only Latin-script words change; a word the knowledge itself uses is never "corrected".
 */
import type { ChatFormsFile } from '../knowledge/lexicon.ts';

/** Words shorter than this are too easily another word one letter away ("form" / "from"). */
const MIN_CORRECTED_LENGTH = 6;

export class ChatForms {
  private readonly abbreviations: Map<string, string>;
  private readonly spelling: string[];
  private known: Set<string> | null = null;

  /** `knowledgeWords`: every Latin word the knowledge uses, read on the first possible slip. */
  constructor(
    file: ChatFormsFile,
    private readonly knowledgeWords: () => Iterable<string>,
  ) {
    this.abbreviations = new Map(
      Object.entries(file.abbreviations).map(([short, full]) => [short.toLowerCase(), full]),
    );
    this.spelling = file.spelling.map((w) => w.toLowerCase());
  }

  read(text: string): string {
    // A word: letters, apostrophes and a slash inside or at the end ("w/o", "w/", "uni's").
    return text.replace(/(?<![\p{L}\d/])[a-z][a-z'/]*(?![\p{L}\d])/giu, (word) => {
      const lower = word.toLowerCase();
      const full = this.abbreviations.get(lower);
      if (full) return full;
      if (word.includes('/') || lower.length < MIN_CORRECTED_LENGTH) return word;
      return this.corrected(lower) ?? word;
    });
  }

  private corrected(word: string): string | null {
    if (this.spelling.includes(word)) return null;
    const near = this.spelling.find((target) => oneSlipApart(word, target));
    if (!near) return null;
    this.known ??= new Set([...this.knowledgeWords()].map((w) => w.toLowerCase()));
    return this.known.has(word) ? null : near;
  }
}

/** One letter missing, added or changed, or two neighbours swapped (Damerau distance 1). */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
