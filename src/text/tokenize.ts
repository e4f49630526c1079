/**
 * Japanese-aware tokens for BM25 and the hashing embedding. Intl.Segmenter gives words;
 * letters are split from digits ("TOEIC450" -> toeic, 450) because the segmenter glues them;
 * CJK runs also yield character bigrams, which rescue compounds the segmenter splits badly
 * (奨学|金) and make partial matches possible.
 */
import { normaliseText } from './normalise.ts';
import { splitLettersFromDigits, wordSegments, type Segmentation } from './word-segments.ts';

const CJK = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]/;
const CJK_RUN = /[\u3400-\u4DBF\u4E00-\u9FFF\u30A0-\u30FF]{2,}/g;
const HIRAGANA_ONLY = /^[\u3040-\u309F]+$/;

const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'for',
  'and',
  'or',
  'is',
  'are',
  'do',
  'does',
  'i',
  'my',
  'me',
  'can',
  'what',
  'how',
  'which',
  'when',
  'where',
  'who',
  'it',
  'be',
  'with',
  'at',
  'by',
  'as',
  'there',
  'you',
  'your',
  'this',
  'that',
  'from',
  'if',
  'will',
  'should',
  'would',
  'about',
  'any',
  'have',
  'has',
  'was',
  'were',
  'we',
  'our',
  'they',
  'them',
  'their',
  'please',
  'tell',
  'why',
  'might',
  'could',
  'may',
  'must',
  'besides',
  'own',
  'look',
  'get',
  'got',
  'want',
  'wanna',
  'know',
  'much',
  'many',
  'so',
  'just',
  'really',
  'also',
  'some',
  'than',
  'then',
  'into',
  'out',
  'up',
  'am',
  'im',
  'id',
  'its',
  'whats',
  'hows',
  'dont',
  'doesnt',
  'cant',
  'isnt',
  'arent',
  'like',
  'roughly',
  'exactly',
  'actually',
  'anyone',
  'someone',
]);
/** Spellings students use that the curated text writes differently (katakana test names, "exam"). */
const SYNONYMS: [RegExp, string][] = [
  [/トーフル|トフル/g, ' toefl '],
  [/アイエルツ/g, ' ielts '],
  [/トーイック|トイック/g, ' toeic '],
  [/漢語水平考試|汉语水平考试/g, ' hsk '],
  [/\bexams?\b/g, 'test'],
];

/** Hiragana words that only carry grammar or vagueness (the kanji words carry the topic). */
const JAPANESE_FILLERS = new Set([
  'あたり',
  'ぐらい',
  'くらい',
  'ばかり',
  'など',
  'とか',
  'って',
  'ですか',
  'ますか',
  'ください',
  'おしえて',
  'いつ',
  'どこ',
  'なに',
  'どう',
  'どれ',
  'どの',
  'どんな',
]);

/**
 * Word tokens (lower case, stop words and lone hiragana particles dropped). `segmentation` is
 * there for the tests, which compare the default with the segmenter alone.
 */
export function wordTokens(text: string, segmentation: Segmentation = wordSegments): string[] {
  const tokens: string[] = [];
  // "what's" -> "what", "mie's" -> "mie": possessives and contractions are not separate words.
  let plain = normaliseText(text)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[’']/g, '');
  for (const [pattern, canonical] of SYNONYMS) plain = plain.replace(pattern, canonical);
  segmentation(plain, (segment) => {
    if (JAPANESE_FILLERS.has(segment)) return;
    splitLettersFromDigits(segment, (part) => {
      if (STOP_WORDS.has(part)) return;
      if (part.length <= 2 && HIRAGANA_ONLY.test(part)) return;
      tokens.push(stem(part));
    });
  });
  return tokens;
}

/** Character bigrams of kanji/katakana runs. */
export function cjkBigrams(text: string): string[] {
  const bigrams: string[] = [];
  for (const run of normaliseText(text).match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) bigrams.push(run.slice(i, i + 2));
  }
  return bigrams;
}

/** Everything the indexes see: words plus bigrams. */
export function searchTokens(text: string): string[] {
  return [...wordTokens(text), ...cjkBigrams(text)];
}

/** A light English stemmer: enough that "scholarships" finds "scholarship" and "applying" finds "apply". */
function stem(word: string): string {
  if (CJK.test(word) || word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return undouble(word.slice(0, -2));
  if (word.endsWith('es') && /(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** "transferr" -> "transfer", "stopp" -> "stop" (but not "fall", "pass"). */
function undouble(stem: string): string {
  return /([b-df-hj-km-np-tv-z])\1$/.test(stem) && !/(ll|ss|zz)$/.test(stem)
    ? stem.slice(0, -1)
    : stem;
}
