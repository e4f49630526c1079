/**
 * Input hygiene for every message before anything else sees it: NFKC (full-width digits and
 * letters are common in Japanese text), control characters out, whitespace folded, a length cap.
 */

/** Longest question the assistant reads; past this the student is asked to shorten it. */
export const MAX_QUESTION_CHARS = 2000;

export type InputProblem = 'empty' | 'too_long' | 'binary';

export interface NormalisedInput {
  text: string;
  problem: InputProblem | null;
}

// Keep \n and \t; drop C0/C1 controls, zero-width and bidi overrides (used to hide text).
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
const REPLACEMENT = /\uFFFD/g;
// eslint-disable-next-line no-control-regex -- control characters are what marks binary input
const BINARY_MARK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/g;
const MEANINGFUL = /[\p{L}\p{N}]/u;

export function normaliseInput(raw: string): NormalisedInput {
  // Binary data shows as C0 controls and replacement characters; zero-width marks alone are copy-paste noise.
  const suspicious = (raw.match(BINARY_MARK) ?? []).length;
  if (suspicious >= 3 && suspicious / raw.length > 0.1) return { text: '', problem: 'binary' };
  const text = normaliseText(raw.replace(REPLACEMENT, ''));
  if (!MEANINGFUL.test(text)) return { text, problem: 'empty' };
  if (text.length > MAX_QUESTION_CHARS) return { text: text.slice(0, MAX_QUESTION_CHARS), problem: 'too_long' };
  return { text, problem: null };
}

/** NFKC plus whitespace folding; shared by questions and indexed passages so both match. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(CONTROL, '')
    .replace(/[ \t\u3000]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}
