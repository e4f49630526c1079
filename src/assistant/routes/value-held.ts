/**
 * A price asked of something the knowledge names ("the fee for the Waikato training",
 * 「JASSOの奨学金の月額」) is held only when a passage names that thing and gives a price. The nearest passage that gives a value of something else (the Mie scholarship's 15万円)
 * is no answer to it: the sources do not hold it, and staff can find out.
 */
import type { Lang } from '../../domain/types.ts';
import { normaliseText } from '../../text/normalise.ts';
import type { SubQuestion } from '../../understanding/interpretation.ts';
import type { RouteContext } from './context.ts';

/** Passages looked at: as many as an answer is chosen from. */
const CANDIDATES = 8;

/** The names a price was asked of, when no passage naming them gives one; else null. */
export async function priceNotHeld(
  part: SubQuestion,
  searchText: string,
  lang: Lang,
  context: RouteContext,
): Promise<string[] | null> {
  const { interpreter, retriever, threshold } = context;
  // Money only: a price is written in ways a pattern can tell (円, yen, $); a count or a date is
  // also written in words ("seven grades", 「年2回」) that a missed pattern would take for absent.
  if (!part.asksFor.includes('amount')) return null;
  const amount = interpreter.vocabulary.answerTypes.find((type) => type.id === 'amount');
  if (!amount) return null;
  const carries = (text: string) => amount.carries.test(normaliseText(text).toLowerCase());
  const subject = subjectWords(part, context);
  if (subject.length === 0) return null;
  const candidates = (await retriever.retrieve(searchText, lang, CANDIDATES)).filter(
    (r) => r.confidence >= threshold,
  );
  const naming = candidates.filter((r) => names(r.passage.text, subject));
  // Words no passage uses are not a subject the knowledge knows (slang, a typo): no verdict.
  if (naming.length === 0) return null;
  return naming.some((r) => carries(r.passage.text)) ? null : subject;
}

/**
 * What the question asks the price of, when it is a name: words written as names (a katakana
 * word such as ワイカト, a capitalised word or an acronym such as JASSO, TATI, IELTS), less the
 * words any question uses ("How", 「コスト」). Ordinary words ("exam", 「毎月」) say too little
 * about what a passage must name.
 */
function subjectWords(part: SubQuestion, context: RouteContext): string[] {
  const v = context.interpreter.vocabulary;
  const everyday = [
    v.fillerWords,
    v.questionWords,
    v.noiseWords,
    v.domain,
    v.weakDomain,
    v.partnerWords,
  ];
  const written = part.text.normalize('NFKC').match(NAME_LIKE) ?? [];
  return [...new Set(written)].filter((word) => {
    const lower = word.toLowerCase();
    return (
      !v.answerTypes.some((type) => type.asks.test(lower)) &&
      !everyday.some((terms) => terms.test(lower))
    );
  });
}

/** Katakana runs of three or more, capitalised Latin words and acronyms. */
const NAME_LIKE = /[\u30A0-\u30FF]{3,}|\b[A-Z][A-Za-z]{2,}\b/g;

function names(text: string, words: string[]): boolean {
  const folded = normaliseText(text).toLowerCase();
  return words.some((word) => folded.includes(word.toLowerCase()));
}
