/**
 * Places in a question: regions, countries, and the ones the student rules out ("outside
 * Asia", 「アジア以外」). A longer name wins over a shorter one inside it: a country inside a
 * region's name ("South America", 南アメリカ) is part of the region, and a language ending in
 * 語 (ドイツ語) is a language, not Germany.
 */
import type { Partner } from '../knowledge/schema.ts';
import type { PartnerQuery, RegionId } from '../partners/query.ts';
import { blank, type Span, type Terms } from '../text/terms.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface Places {
  regions: RegionId[];
  countries: string[];
  excludedRegions: RegionId[];
  excludedCountries: string[];
  /** Every country named, asked for or ruled out (those with no partner are said so). */
  named: Vocabulary['countries'];
}

/** How far before a place its "rather not go to" may start. */
const RULED_OUT_REACH = 28;

/** A place named to rule it out: 「アジア以外」, "outside Asia", "except Europe", "non-Asian". */
function isRuledOut(text: string, start: number, end: number, v: Vocabulary): boolean {
  return (
    v.placeRuledOutAfter.test(text.slice(end, end + 8)) ||
    v.placeRuledOutBefore.test(text.slice(Math.max(0, start - RULED_OUT_REACH), start))
  );
}

/** Between two places of one list: 「と」, 「や」, 「・」, a comma, "and", "or". */
const LIST_JOIN = /^\s*(と|や|・|、|,|and|or|&|か)\s*$/i;

/** The start positions of places named one after another as a list. */
function listsOf(text: string, spans: Span[]): number[][] {
  const groups: number[][] = [];
  spans.forEach((span, i) => {
    const previous = spans[i - 1];
    if (previous && LIST_JOIN.test(text.slice(previous.end, span.start)))
      groups[groups.length - 1]!.push(span.start);
    else groups.push([span.start]);
  });
  return groups;
}

export function readPlaces(whole: string, vocabulary: Vocabulary): Places {
  // 「東南アジア」 is the countries in it, and not Asia: read first and blanked for the rest.
  // A longer name wins: 南アジア inside 東南アジア is not South Asia.
  const found = vocabulary.subregions.map((s) => ({ ...s, spans: s.terms.find(whole) }));
  const inside = (a: Span, b: Span) =>
    b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  const subregions = found.filter(
    (s) =>
      s.spans.length > 0 &&
      !s.spans.every((span) =>
        found.some((o) => o !== s && o.spans.some((os) => inside(span, os))),
      ),
  );
  const text = blank(
    whole,
    subregions.flatMap((s) => s.spans),
  );
  const withPartner = (code: string) =>
    vocabulary.countries.some((c) => c.code === code && c.hasPartner);
  const inSubregions = [...new Set(subregions.flatMap((s) => s.countries))].filter(withPartner);
  const regions = vocabulary.regions.filter((r) => r.terms.test(text));
  const placeText = blank(text, [
    ...vocabulary.languages
      .flatMap((l) => l.terms.find(text))
      .filter((span) => text.slice(span.start, span.end).endsWith('語')),
    ...regions.flatMap((r) => r.terms.find(text)),
  ]);
  // Countries with no partner stay in: the engine then answers "none in Canada".
  const named = vocabulary.countries.filter((c) => c.terms.test(placeText));
  // 「アジアとヨーロッパ以外」, "outside Asia and Europe": a list of places ruled out together.
  const spans = [
    ...regions.flatMap((r) => r.terms.find(text)),
    ...named.flatMap((c) => c.terms.find(placeText)),
  ].sort((a, b) => a.start - b.start);
  const groups = listsOf(text, spans);
  const ruledOut = (terms: Terms, source: string) =>
    terms.find(source).some((span) => {
      const group = groups.find((g) => g.includes(span.start)) ?? [span.start];
      const first = spans.find((s) => s.start === group[0])!;
      const last = spans.find((s) => s.start === group[group.length - 1])!;
      return (
        isRuledOut(source, span.start, span.end, vocabulary) ||
        vocabulary.placeRuledOutAfter.test(text.slice(last.end, last.end + 8)) ||
        vocabulary.placeRuledOutBefore.test(
          text.slice(Math.max(0, first.start - RULED_OUT_REACH), first.start),
        )
      );
    });
  const excludedRegions = regions.filter((r) => ruledOut(r.terms, text)).map((r) => r.id);
  const excludedCountries = named.filter((c) => ruledOut(c.terms, placeText)).map((c) => c.code);
  const subregionsRuledOut = subregions.some((s) =>
    s.spans.some((span) => isRuledOut(whole, span.start, span.end, vocabulary)),
  );
  if (subregionsRuledOut) excludedCountries.push(...inSubregions);
  return {
    regions: regions.map((r) => r.id).filter((id) => !excludedRegions.includes(id)),
    countries: [...named.map((c) => c.code), ...(subregionsRuledOut ? [] : inSubregions)].filter(
      (code, i, all) => !excludedCountries.includes(code) && all.indexOf(code) === i,
    ),
    excludedRegions,
    excludedCountries,
    named,
  };
}

/**
 * "UPM in Malaysia", 「タイのチェンマイ大学」: a place every named partner is in describes the
 * partner; it is not a filter (so "is there an airport pickup at UPM in Malaysia?" is still a
 * question about UPM alone).
 */
export function dropDescribingPlaces(query: PartnerQuery, partners: Partner[]): void {
  const named = partners.filter((p) => query.partnerIds.includes(p.id));
  if (named.length === 0 || named.length !== query.partnerIds.length) return;
  const describes = (inPlace: (p: Partner) => boolean) => named.every(inPlace);
  if (query.countries.every((code) => describes((p) => p.country.code === code)))
    query.countries = [];
  if (query.regions.every((region) => describes((p) => p.region.id === region))) query.regions = [];
}
