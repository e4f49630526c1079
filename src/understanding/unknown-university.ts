/**
 * Fabrication bait: a question about a university that is not a partner ("Harvard's TOEIC
 * requirement?"). Said plainly, instead of answering with some other partner's figures. A
 * capitalised word only counts when it stands where a university's name would ("at MIT",
 * "Harvard's GPA", "Yale University"): "*URGENT*" or "PLEASE" are emphasis, not names.
 */
const NOT_A_NAME =
  /^(which|what|the|a|an|any|partner|our|my|other|another|each|every|this|that|host|foreign|overseas|japanese|mie|exchange|your|their|some|all|national|state|public|private|home|one|good|best|european|asian|american)$/;
const JA_NOT_A_NAME =
  /^(三重|協定|相手|受入|受け入れ|留学先|派遣先|他の?|各|本|海外の?|外国の?|交流協定|どの|どこの|この|その|あの|先方|現地の?|希望する|行きたい|日本の?|国内の?|提携|全|同じ|別の?)$/;
const JA_PROGRAMME_WORDS = /(協定|交流|留学|派遣|受入)/;

/** The slots where a name stands: before 's / a requirement word, or after at/to/for/does. */
const AFTER_NAME = String.raw`(?:'s\b|’s\b|\s+(?:require|requirement|accept|exchange|deadline|gpa|toeic|toefl|ielts|application|admission))`;
// Not `from`: "a first-year from Fukuoka" names where the student comes from, not a university asked about.
const BEFORE_NAME = String.raw`\b(?:does|do|at|to|for|about|attend|visit|into)\s+`;
/** A bare capitalised name counts only in a message about requirements or applying. */
const ABOUT_REQUIREMENTS =
  /requir|exchange|partner|gpa|toeic|toefl|ielts|apply|application|deadline|accept|admission|slots?|places/i;

/** Asking to go there: a university the guide mentions elsewhere (Sorbonne) is still not a partner. */
const GOING =
  /交換留学|留学(でき|したい|先)|協定校|派遣|行け|行き|exchange (at|to|with)|study (at|in)|go to|apply to|partner|transfer to/i;

export function unknownUniversity(
  original: string,
  hasPartner: boolean,
  isKnown: (word: string) => boolean,
  isInstitution: (name: string) => boolean,
): string | null {
  if (hasPartner) return null;
  const text = original.replace(/[*_~]+([^*_~]+)[*_~]+/g, ' ');
  // A name is "known" (a term, a place, an institution the guide mentions) only when every word is.
  const going = GOING.test(text);
  const known = (name: string) =>
    name.split(/\s+/).every(isKnown) || (isInstitution(name) && !going);
  const knownTerm = known;
  const english =
    /\b(?:[Uu]niversity of ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)|([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:[Uu]niversity|[Cc]ollege))\b/.exec(
      text,
    );
  const name = english?.[1] ?? english?.[2];
  if (name && !NOT_A_NAME.test(name.toLowerCase().split(' ')[0]!) && !known(name))
    return english![0];
  const japanese = /([\u30A0-\u30FF\u4E00-\u9FFF]{2,12})大学/.exec(text);
  // The institution lists name it with its suffix (東北大, 岡山大): the name is checked whole.
  if (
    japanese?.[1] &&
    !known(japanese[1]) &&
    !(isInstitution(`${japanese[1]}大学`) && !going) &&
    !JA_NOT_A_NAME.test(japanese[1]) &&
    !JA_PROGRAMME_WORDS.test(japanese[1])
  )
    return `${japanese[1]}大学`;
  if (!ABOUT_REQUIREMENTS.test(text)) return null;
  for (const match of text.matchAll(
    new RegExp(`\\b([A-Z]{2,6}|[A-Z][a-z]{2,}(?:\\s[A-Z][a-z]{2,})?)(?=${AFTER_NAME})`, 'g'),
  ))
    if (!knownTerm(match[1]!) && !NOT_A_NAME.test(match[1]!.toLowerCase())) return match[1]!;
  for (const match of text.matchAll(
    new RegExp(`${BEFORE_NAME}([A-Z]{2,6}|[A-Z][a-z]{2,}(?:\\s[A-Z][a-z]{2,})?)\\b`, 'g'),
  ))
    if (!knownTerm(match[1]!) && !NOT_A_NAME.test(match[1]!.toLowerCase())) return match[1]!;
  // "Is Oxford one of the exchange partners?": the name a partnership question asks about.
  const asked =
    /\b(?:[Ii]s|[Aa]re)\s+([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)\s+(?:a|an|one|on|in|among|part)\b/.exec(
      text,
    );
  if (going && asked && !knownTerm(asked[1]!) && !NOT_A_NAME.test(asked[1]!.toLowerCase()))
    return asked[1]!;
  return null;
}
