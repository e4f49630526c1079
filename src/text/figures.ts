/**
 * Figures in text: the numbers a verifier or an eval checks against the sources. "150,000"
 * and "150000" are the same figure; list numbering and citation markers are not figures.
 */
const NUMBER = /\d+(?:[.,]\d+)*/g;

export function numbersIn(text: string): string[] {
  return (text.normalize('NFKC').match(NUMBER) ?? []).map(canonical);
}

function canonical(raw: string): string {
  const plain = raw.replace(/,(?=\d{3}\b)/g, '');
  const value = Number(plain);
  return Number.isFinite(value) ? String(value) : plain;
}

/** Numbers that state something: without "1. " list numbers, "[2]" markers and case ids. */
export function figuresOf(answer: string): string[] {
  const stripped = answer
    .normalize('NFKC')
    .replace(/^\s*\d+\.\s/gm, '')
    .replace(/\[\d+\]/g, '')
    .replace(/EX-\d{4}/g, '');
  return numbersIn(stripped);
}

/**
 * Figures in `answer` found in no source text and not in the question, nor derivable as a
 * difference between a question number and a source number (a near miss's "50 short").
 */
export function unsupportedFigures(
  answer: string,
  sourceTexts: string[],
  question: string,
): string[] {
  const allowed = new Set<string>();
  const sourceNumbers = sourceTexts.flatMap(numbersIn);
  for (const n of sourceNumbers) allowed.add(n);
  const questionNumbers = numbersIn(question);
  for (const n of questionNumbers) allowed.add(n);
  for (const q of questionNumbers)
    for (const s of sourceNumbers)
      allowed.add(String(Math.round(Math.abs(Number(s) - Number(q)) * 100) / 100));
  return [...new Set(figuresOf(answer).filter((n) => !allowed.has(n)))];
}
