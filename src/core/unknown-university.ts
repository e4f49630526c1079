/**
 * Fabrication bait: a question about a university that is not a partner ("Harvard's TOEIC
 * requirement?"). Said plainly, instead of answering with some other partner's figures.
 */
import type { PartnerQuery } from '../partners/query.ts';

const NOT_A_NAME = /^(which|what|the|a|an|any|partner|our|my|other|another|each|every|this|that|host|foreign|overseas|japanese|mie|exchange|your|their|some|all|national|state|public|private|home|one|good|best|european|asian|american)$/;
const JA_NOT_A_NAME = /^(三重|協定|相手|受入|受け入れ|留学先|派遣先|他の?|各|本|海外の?|外国の?|交流協定|どの|どこの|この|その|あの|先方|現地の?|希望する|行きたい|日本の?|国内の?|提携|全|同じ|別の?)$/;

export function unknownUniversity(text: string, query: PartnerQuery): string | null {
  if (query.partnerIds.length > 0) return null;
  const english = /\b(?:[Uu]niversity of ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)|([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:[Uu]niversity|[Cc]ollege))\b/.exec(text);
  const name = english?.[1] ?? english?.[2];
  if (name && !NOT_A_NAME.test(name.toLowerCase().split(' ')[0]!)) return english![0];
  const japanese = /([\u30A0-\u30FF\u4E00-\u9FFF]{2,12})大学/.exec(text);
  if (japanese?.[1] && !JA_NOT_A_NAME.test(japanese[1]) && !/(協定|交流|留学|派遣|受入)/.test(japanese[1])) return `${japanese[1]}大学`;
  return null;
}
