/**
 * Fabrication bait: a question about a university that is not a partner ("Harvard's TOEIC
 * requirement?"). Said plainly, instead of answering with some other partner's figures.
 */
import type { PartnerQuery } from './query.ts';

const NOT_A_NAME = /^(which|what|the|a|an|any|partner|our|my|other|another|each|every|this|that|host|foreign|overseas|japanese|mie|exchange|your|their|some|all|national|state|public|private|home|one|good|best|european|asian|american)$/;
const JA_NOT_A_NAME = /^(三重|協定|相手|受入|受け入れ|留学先|派遣先|他の?|各|本|海外の?|外国の?|交流協定|どの|どこの|この|その|あの|先方|現地の?|希望する|行きたい|日本の?|国内の?|提携|全|同じ|別の?)$/;

/** Capitalised words and acronyms that are not university names. */
const COMMON = new Set([
  'toeic', 'toefl', 'ielts', 'gpa', 'hsk', 'cefr', 'jlpt', 'itp', 'pbt', 'ibt', 'jasso', 'cier', 'mext', 'mie', 'ects', 'torfl', 'tocfl',
  'faq', 'pdf', 'ok', 'ai', 'pc', 'jst', 'ex', 'tv', 'id', 'sns', 'usa', 'us', 'uk', 'eu', 'japan', 'japanese', 'english', 'chinese',
  'korean', 'thai', 'german', 'french', 'spanish', 'vietnamese', 'tokyo', 'osaka', 'nagoya', 'tsu', 'i', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'tri', 'ibt', 'asia', 'europe', 'africa', 'oceania', 'america',
]);
const ABOUT_REQUIREMENTS = /requir|exchange|partner|gpa|toeic|toefl|ielts|apply|application|deadline|accept|admission|slots?|places/i;

export function unknownUniversity(text: string, query: PartnerQuery, knownNames: Set<string> = new Set()): string | null {
  if (query.partnerIds.length > 0) return null;
  const named = unknownProperName(text, query, knownNames);
  if (named) return named;
  const english = /\b(?:[Uu]niversity of ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)|([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:[Uu]niversity|[Cc]ollege))\b/.exec(text);
  const name = english?.[1] ?? english?.[2];
  if (name && !NOT_A_NAME.test(name.toLowerCase().split(' ')[0]!)) return english![0];
  const japanese = /([\u30A0-\u30FF\u4E00-\u9FFF]{2,12})大学/.exec(text);
  if (japanese?.[1] && !JA_NOT_A_NAME.test(japanese[1]) && !/(協定|交流|留学|派遣|受入)/.test(japanese[1])) return `${japanese[1]}大学`;
  return null;
}

/**
 * "What does Harvard require?", "MIT exchange GPA requirement?": an acronym or a capitalised
 * name next to requirement words, that is neither a partner, a place nor a known term.
 */
function unknownProperName(text: string, query: PartnerQuery, knownNames: Set<string>): string | null {
  if (query.countries.length > 0 || query.regions.length > 0 || !ABOUT_REQUIREMENTS.test(text)) return null;
  const isKnown = (word: string) => COMMON.has(word.toLowerCase()) || knownNames.has(word.toLowerCase());
  for (const match of text.matchAll(/\b([A-Z]{2,6})\b/g)) if (!isKnown(match[1]!)) return match[1]!;
  const afterVerb = /\b(?:does|do|at|to|for|about|attend|visit|into|from)\s+([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)\b/.exec(text);
  if (afterVerb && !afterVerb[1]!.split(/\s/).some(isKnown)) return afterVerb[1]!;
  return null;
}
