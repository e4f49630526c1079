/**
 * What a question is about: the partner table, the guide, a campus matter, or something else.
 * Read from the words left once partners are located, and from the entities read out of them.
 */
import type { SubQuestion, Topic } from './interpretation.ts';
import { isPartnerQuestion } from './part-rules.ts';
import type { Vocabulary } from './vocabulary.ts';

/** `leftOver`: the content words of `rest` no vocabulary knows (place names count as known). */
export function topicOf(
  v: Vocabulary,
  leftOver: (rest: string) => string[],
  rest: string,
  query: SubQuestion['query'],
  namesPartner: boolean,
  otherCountries: string[],
  unknown: string | null,
): Topic {
  if (namesPartner) return 'partners';
  if (v.campusEveryday.test(rest) && !v.exchangeWords.test(rest)) return 'campus';
  // Another university's programme the guide describes (Tohoku's Japan–Russia project) is guide material.
  if (v.otherInstitutions.test(rest) && !unknown) return 'guide';
  // Language training, Tri-U, field study: the guide's programmes, whatever country they name.
  if (v.programmes.test(rest) && !unknown) return 'guide';
  const inPlace = query.countries.length > 0 || query.regions.length > 0;
  if (v.agreementTypes.test(rest) && !inPlace && !unknown) return 'guide';
  // Which test to take for a country (「台湾に行くなら中国語の試験って何受けとけばいい？」) is the
  // guide's advice on tests, not the list of partners there.
  if (v.testAdvice.test(rest) && !unknown) return 'guide';
  // A test's fee, venue or registration, asked with no score to hold against a requirement and
  // no record field (a deadline, tuition by name), is asked of the test (the guide's chapter
  // on tests), not of the partners that require it.
  if (
    query.test?.score === null &&
    query.tuitionWaived === null &&
    query.fields.every((field) => field === 'language' || field === 'tuition') &&
    !v.tuitionNamed.test(rest) &&
    v.testLogistics.test(rest) &&
    !unknown
  )
    return 'guide';
  if (isPartnerQuestion(rest, query, v.partnerWords.test(rest), v.paysTuition.test(rest)))
    return 'partners';
  if ((otherCountries.length > 0 || unknown) && v.partnerWords.test(rest)) return 'partners';
  if (unknown) return 'partners';
  if (v.domain.test(rest)) return 'guide';
  // "Spain options?", "anything in Oceania?": a place the partners are in, and nothing else
  // asked, is asked of the partner table (a word left over, "weather in Spain", is not).
  const placed =
    query.countries.length > 0 ||
    query.regions.length > 0 ||
    query.excludedCountries.length > 0 ||
    query.excludedRegions.length > 0;
  return placed && leftOver(rest).length === 0 ? 'partners' : 'other';
}
