/**
 * What a count question counts ("how many *credits*", 「何*単位*」), for a question about named
 * partners: a count no field holds is said to be missing from the records, not answered with the
 * record card.
 */
import type { RecordWords } from './record-words.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * What a count question about named partners counts, split by whether their records hold it:
 * "how many credits a semester at UNCW?" asks for credits, which no field gives (the row's
 * study period is no answer); Dongguk's notes say 「単位の上限は18まで」, so 「何単位まで」 is
 * in its record. A count the places field gives is neither: the field answers it.
 */
export function countedThings(
  rest: string,
  attributes: string[],
  mentions: { id: string }[],
  v: Vocabulary,
  recordWords: RecordWords,
): { inRecord: string[]; notHeld: string[] } | null {
  const count = v.answerTypes.find((type) => type.id === 'count');
  if (attributes.includes('slots') || !count?.counted || !count.asks.test(rest)) return null;
  const everyday = (word: string) =>
    v.weakDomain.test(word) || v.fillerWords.test(word) || v.questionWords.test(word);
  const things = count.counted
    .find(rest)
    .map((span) =>
      rest
        .slice(span.start, span.end)
        .trim()
        .split(/\s+/)
        .find((w) => !everyday(w)),
    )
    .filter((thing): thing is string => !!thing && !v.attributes.some((a) => a.terms.test(thing)));
  const inRecord = things.filter((thing) =>
    mentions.some((m) => recordWords.inRecord(m.id, thing)),
  );
  return { inRecord, notHeld: things.filter((thing) => !inRecord.includes(thing)) };
}
