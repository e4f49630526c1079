/**
 * The word-like segments of a normalised, lower-cased text, as `Intl.Segmenter('ja')` finds
 * them, without asking the segmenter about plain ASCII words. The segmenter was most of an
 * index build's tokenising (a 100x English text costs it about as much as a Japanese one), yet
 * for a run of ASCII letters and digits between spaces its answer is known: a space or a line
 * break always ends a word (Unicode word boundaries, WB3a/b, WB999), so does ASCII punctuation
 * with a space on one side (the rules that join "3.5" or "e.g" need a letter or digit on both
 * sides), and letters and digits together are one word ("toeic450", WB9/10). Every other
 * chunk (CJK, accents, "3.5", "e.g", "a_b") goes to the segmenter, consecutive ones in one
 * call. word-segments.test.ts checks both paths give the same segments on every line of the
 * knowledge and on generated strings.
 */

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** a-z or 0-9 (the text is lower-cased already). */
function isPlainWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Printable ASCII that never joins a word at a chunk's edge: everything but letters, digits and
 * "_" (ExtendNumLet, which does join: "abc_" is one word).
 */
function isEdgePunctuation(code: number): boolean {
  return code > SPACE && code < 0x7f && code !== 0x5f && !isPlainWordChar(code);
}

/** How a text is cut into word-like segments, visited in order. */
export type Segmentation = (text: string, visit: (segment: string) => void) => void;

/** Every word-like segment of `text`, in order, as the segmenter alone would give them. */
export const wordSegments: Segmentation = (text, visit) => {
  // Chunks the plain scan cannot decide wait here, and are segmented together (a space between
  // two of them is a boundary either way), so a Japanese text costs one segmenter call.
  let pendingStart = -1;
  let pendingEnd = -1;
  const flush = () => {
    if (pendingStart < 0) return;
    for (const { segment, isWordLike } of segmenter.segment(text.slice(pendingStart, pendingEnd)))
      if (isWordLike) visit(segment);
    pendingStart = -1;
  };
  const length = text.length;
  let at = 0;
  while (at < length) {
    let code = text.charCodeAt(at);
    if (code === SPACE || code === NEWLINE) {
      at++;
      continue;
    }
    const chunkStart = at;
    let chunkEnd = at;
    while (chunkEnd < length) {
      code = text.charCodeAt(chunkEnd);
      if (code === SPACE || code === NEWLINE) break;
      chunkEnd++;
    }
    at = chunkEnd;
    let wordStart = chunkStart;
    while (wordStart < chunkEnd && isEdgePunctuation(text.charCodeAt(wordStart))) wordStart++;
    let wordEnd = chunkEnd;
    while (wordEnd > wordStart && isEdgePunctuation(text.charCodeAt(wordEnd - 1))) wordEnd--;
    let plain = true;
    for (let i = wordStart; i < wordEnd && plain; i++) plain = isPlainWordChar(text.charCodeAt(i));
    if (!plain) {
      if (pendingStart < 0) pendingStart = chunkStart;
      pendingEnd = chunkEnd;
      continue;
    }
    flush();
    if (wordEnd > wordStart) visit(text.slice(wordStart, wordEnd));
  }
  flush();
};

/** The segmenter alone: what `wordSegments` must equal (the tests compare them). */
export const segmenterSegmentation: Segmentation = (text, visit) => {
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) visit(segment);
};

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isLetter = (code: number) => code >= 0x61 && code <= 0x7a;

/**
 * The parts of a segment between a-z and 0-9 ("toeic450" -> toeic, 450; the segmenter glues
 * them), as `split(/(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)` gives them, without a regular
 * expression per segment.
 */
export function splitLettersFromDigits(segment: string, visit: (part: string) => void): void {
  let start = 0;
  let previous = segment.charCodeAt(0);
  for (let i = 1; i < segment.length; i++) {
    const code = segment.charCodeAt(i);
    if ((isLetter(previous) && isDigit(code)) || (isDigit(previous) && isLetter(code))) {
      visit(segment.slice(start, i));
      start = i;
    }
    previous = code;
  }
  visit(start === 0 ? segment : segment.slice(start));
}
