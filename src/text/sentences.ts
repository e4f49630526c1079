/**
 * A passage's sentences and list items, in either language: after 。！？ (and their ASCII forms),
 * after a full stop followed by a new sentence (a capital, a digit, a bracket), and at each line.
 * "e.g. the office" and "2.5" stay whole.
 */
export const SENTENCE_SPLIT = /(?<=[。．！？!?])\s*|(?<=\.)\s+(?=[A-Z0-9(])|\n/;

export function sentencesOf(text: string): string[] {
  return text
    .split(SENTENCE_SPLIT)
    .map((s) => s.trim())
    .filter(Boolean);
}
