/**
 * The no-model answer: the best FAQ answer or the most relevant passages, trimmed to the
 * sentences that answer the question, with numbered citations.
 */
import type { Citation, Lang } from '../domain/types.ts';
import type { Passage } from '../knowledge/passages.ts';
import type { RetrievedPassageView } from '../domain/ports.ts';
import { messagesFor } from '../messages/index.ts';
import { wordTokens, cjkBigrams } from '../text/tokenize.ts';
import type { Carries } from './answer-fit.ts';
import { sentencesOf } from '../text/sentences.ts';

const MAX_PASSAGE_CHARS = 420;
/** Japanese sentences follow each other without a space. */
const SENTENCE_JOIN: Record<Lang, string> = { ja: '', en: ' ' };
/** A second passage is quoted only when it is nearly as relevant as the first. */
const SECOND_PASSAGE_RATIO = 0.85;
const FAQ_SECOND_PASSAGE_RATIO = 0.9;
/** How many shared words a sentence that gives the asked value is worth. */
const CARRIES_BONUS = 2;

export interface ExtractiveAnswer {
  text: string;
  citations: Citation[];
  used: Passage[];
}

export function citationOf(passage: Passage): Citation {
  return {
    id: passage.id,
    title: passage.title,
    source: passage.source,
    asOf: passage.asOf,
    provenance: passage.provenance,
  };
}

/**
 * `maxChars` set: the first message's version, the same passages trimmed to the sentences
 * that answer the question within that many characters in all.
 */
export function composeExtractive(
  question: string,
  retrieved: RetrievedPassageView[],
  lang: Lang,
  maxChars: number | null = null,
  carries: Carries = null,
): ExtractiveAnswer {
  const [top, ...rest] = retrieved;
  if (!top) return { text: '', citations: [], used: [] };
  const used = [top.passage];
  // A passage may need its nearest neighbour; an FAQ answer only one from another section that
  // is almost as relevant (the FAQ may answer a neighbouring question).
  const second = rest[0];
  const ratio = top.passage.kind === 'faq' ? FAQ_SECOND_PASSAGE_RATIO : SECOND_PASSAGE_RATIO;
  const otherSection =
    second && (top.passage.kind !== 'faq' || second.passage.section !== top.passage.section);
  if (second && otherSection && second.confidence >= top.confidence * ratio) {
    used.push(second.passage);
  }
  // The first message leaves the title to its source line: every character counts there.
  const lead =
    top.passage.kind === 'faq' || maxChars !== null
      ? ''
      : messagesFor(lang).passageLead(top.passage.title);
  // The first message shares its room between the passages it quotes.
  const limit =
    maxChars === null
      ? MAX_PASSAGE_CHARS
      : Math.max(80, Math.floor((maxChars - lead.length) / used.length) - 6);
  const trimmed = used.map((passage) => {
    const text = trimToQuestion(question, passage, limit, carries);
    return passage.kind === 'faq' ? withoutReplyWord(text) : text;
  });
  // An FAQ answer and the guide paragraph it was written from often say the same sentence: a
  // quote whose every sentence the other quote says is left out, so nothing is said twice.
  const kept = used
    .map((passage, index) => ({ passage, text: trimmed[index]! }))
    .filter((quote, index) =>
      trimmed.every((other, j) => j === index || !repeats(quote.text, other, j < index)),
    );
  const quoted = kept.map((quote, index) => `${quote.text} [${index + 1}]`);
  const cited = kept.map((quote) => quote.passage);
  return { text: lead + quoted.join('\n\n'), citations: cited.map(citationOf), used: cited };
}

/** The sentences of a quote, compared without spaces and the shortened marker. */
function comparableSentences(text: string): string[] {
  return sentencesOf(text.replace(/\s*…$/, '')).map((u) => u.replace(/\s+/g, ''));
}

/**
 * Whether `other` says every sentence of `quote`. Two quotes saying the same keep the earlier
 * one (`otherFirst`: the other comes first, so this one goes).
 */
function repeats(quote: string, other: string, otherFirst: boolean): boolean {
  const mine = comparableSentences(quote);
  const theirs = new Set(comparableSentences(other));
  if (mine.length === 0 || !mine.every((s) => theirs.has(s))) return false;
  return theirs.size > mine.length || otherFirst;
}

/**
 * An FAQ answer's opening 「はい。」 or "No." replies to the FAQ's own question; quoted for
 * another one (「おすすめの保険会社ってありますか？」 -> 「はい。…保険に加入してください」) it
 * would answer what was not asked. The sentences after it say the rule whole.
 */
function withoutReplyWord(text: string): string {
  return text.replace(/^(はい|いいえ)[。、]\s*(?=\S)|^(yes|no)[.,]\s+(?=\S)/i, '');
}

/** Keeps the sentences (or list items) that share the most terms with the question, in order. */
export function trimToQuestion(
  question: string,
  passage: Passage,
  limit = MAX_PASSAGE_CHARS,
  carries: Carries = null,
): string {
  const text = passage.text.trim();
  if (text.length <= limit) return text;
  const units = sentencesOf(text);
  const questionTerms = new Set([...wordTokens(question), ...cjkBigrams(question)]);
  const scored = units.map((unit, index) => {
    const terms = new Set([...wordTokens(unit), ...cjkBigrams(unit)]);
    let overlap = 0;
    for (const term of questionTerms) if (terms.has(term)) overlap++;
    // The sentence giving the asked value (a date for "when") answers more than one sharing words.
    if (carries?.(unit)) overlap += CARRIES_BONUS;
    return { unit, index, overlap };
  });
  // The sentences that share most with the question, in the passage's order; the opening
  // sentence (which names the subject) only when it fits or nothing else matches.
  const chosen = new Set<number>();
  let length = 0;
  for (const candidate of [...scored].sort((a, b) => b.overlap - a.overlap || a.index - b.index)) {
    if (candidate.overlap === 0) break;
    if (length + candidate.unit.length > limit && chosen.size > 0) continue;
    chosen.add(candidate.index);
    length += candidate.unit.length;
  }
  if (chosen.size === 0 || (!chosen.has(0) && length + (units[0]?.length ?? 0) <= limit))
    chosen.add(0);
  const parts = [...chosen].sort((a, b) => a - b).map((i) => units[i]!);
  const joined = parts.join(SENTENCE_JOIN[passage.lang]);
  return chosen.size < units.length ? `${joined} …` : joined;
}
