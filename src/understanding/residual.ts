/**
 * What else a question about a named partner asks: the content words left once the partner's
 * name, the attributes the records hold, filler and question words are taken out. "Does
 * Tasmania have a gym students can use?" leaves "gym": the records do not say. Japanese content
 * words are runs of kanji or katakana (the segmenter splits 学食 into 学|食).
 */
import type { Vocabulary } from './vocabulary.ts';

/**
 * Latin words of three letters or more; runs of kanji (one is a word: 冬, 寒) or of katakana (two
 * or more). A lone kanji that a verb's ending follows (行きたい, 行ける, 出して, 知りたい) is the
 * verb's stem, not a thing asked about; い and く are left out of those endings because an
 * adjective's stem carries the question (寒い？ asks about the climate).
 */
const CONTENT_WORDS =
  /[a-z]{3,}|[\u4E00-\u9FFF々]{2,}|[\u4E00-\u9FFF々](?![きけっしちりみびぎまれろこえめわ])|[\u30A0-\u30FF]{2,}/g;

export function residualWords(rest: string, vocabulary: Vocabulary): string[] {
  const residual: string[] = [];
  for (const match of rest.matchAll(CONTENT_WORDS)) {
    const word = match[0];
    if (!isKnownWord(word, vocabulary)) residual.push(word);
  }
  return residual;
}

/**
 * The words that say what is asked, known to a vocabulary or not: everything but filler,
 * question words, the words for partners and the exchange's everyday words (留学生, student),
 * so "do I need a recommendation" leaves "recommendation".
 */
export function askingWords(rest: string, v: Vocabulary): string[] {
  const plain = [
    v.fillerWords,
    v.questionWords,
    v.partnerWords,
    v.noiseWords,
    v.domain,
    v.weakDomain,
  ];
  return [...rest.matchAll(CONTENT_WORDS)]
    .map((match) => match[0])
    .filter((word) => [...word].length >= 2 && !plain.some((terms) => terms.test(word)));
}

function isKnownWord(word: string, v: Vocabulary): boolean {
  return [
    v.fillerWords,
    v.questionWords,
    v.domain,
    v.weakDomain,
    v.partnerWords,
    v.noiseWords,
    ...v.attributes.map((a) => a.terms),
    ...v.tests.map((t) => t.terms),
    ...v.regions.map((r) => r.terms),
    ...v.countries.map((c) => c.terms),
    ...v.faculties.map((f) => f.terms),
    ...v.languages.map((l) => l.terms),
  ].some((terms) => terms.test(word));
}

/**
 * The words of more than one letter: what a question asks about (「キャンパス」, 「バイト」), not a
 * stray kanji left between them (「内」).
 */
export function contentWords(words: string[]): string[] {
  return words.filter((word) => [...word].length >= 2);
}
