/**
 * Splits a message into its questions: "What's Bochum's deadline, and is there a language
 * course before term starts?" is two, and so is 「Lundの締切と、あと奨学金の金額も教えて」. A
 * sentence that asks nothing ("I'm in engineering, 2nd year.") is context and joins the
 * question after it, so its facts still count.
 */
import type { Terms } from '../text/terms.ts';

const SENTENCE_END = /(?<=[?？!！。\n])\s*/u;
/** Where one sentence joins two questions: ", and is there…", 「…と、あと…」, "…; also …". */
const JOIN =
  /[,、;]\s*(?=(?:and|also|plus)\s+(?:is|are|do|does|can|could|what|how|when|where|which|who|will)\b)|[,、;]\s*(?=(?:and )?(?:also|btw|by the way)\b)|(?:と)?[,、]\s*(?=(?:あと|それと|それから|ついでに)[、,]?)/u;

/** Below this many letters a piece is a fragment of its neighbour, not a question. */
const MIN_PART = 4;

export function splitSubQuestions(text: string, questionWords: Terms): string[] {
  const parts: string[] = [];
  let context = '';
  for (const sentence of text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const clauses = sentence
      .split(JOIN)
      .map((c) => c.trim())
      .filter(Boolean);
    // A sentence split at a join is several questions even without question words ("Lundの締切と、あと…も教えて").
    const joined = clauses.length > 1;
    for (const clause of clauses) {
      if (!joined && !questionWords.test(clause.toLowerCase())) {
        context = context ? `${context} ${clause}` : clause;
        continue;
      }
      const withContext = context ? `${context} ${clause}` : clause;
      context = '';
      if (parts.length > 0 && letters(clause) < MIN_PART)
        parts[parts.length - 1] += ` ${withContext}`;
      else parts.push(withContext);
    }
  }
  // Trailing context ("..., thanks!") belongs to the last question; a message with no
  // question word at all is one part.
  if (context) {
    if (parts.length > 0) parts[parts.length - 1] += ` ${context}`;
    else parts.push(context);
  }
  return parts;
}

function letters(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}
