/**
 * Finds the partners a message names: the record's name and aliases, short forms derived from
 * them, the lexicon's nicknames and cities, and near spellings ("Heidleberg", "Tasmanya").
 * Each match is blanked out of the text so the words inside a name (モンゴル in モンゴル国立大学,
 * "Technology" in a name) are never read again as filters.
 */
import type { Partner } from '../knowledge/schema.ts';
import { normaliseText } from '../text/normalise.ts';
import { blank, type Span } from '../text/terms.ts';
import type { PartnerMention } from './interpretation.ts';

interface NameMatcher {
  partnerId: string;
  name: string;
  via: 'name' | 'lexicon';
  pattern: RegExp;
}

const GENERIC = new Set([
  'university',
  'universities',
  'college',
  'institute',
  'national',
  'state',
  'technology',
  'of',
  'the',
  '大学',
  '大学校',
]);
const LATIN = /^[ -~]+$/;
/** Marks a derived stem (釜慶): it names the partner only when 大学 does not follow (北京大学 is not 北京外国語大学). */
const STEM_MARK = '\u0000stem';
const KATAKANA = /^[\u30A0-\u30FF]+$/;

export interface LocatedPartners {
  mentions: PartnerMention[];
  /** The text with every matched name blanked out. */
  rest: string;
  spans: Span[];
}

export class PartnerMentions {
  private readonly matchers: NameMatcher[];
  /** Single-word record names long enough (6 letters, 5 katakana) to match a near spelling safely. */
  private readonly fuzzyNames: { partnerId: string; name: string }[];

  constructor(partners: Partner[], extraNames: Record<string, string[]>, placeNames: Set<string>) {
    const matchers: NameMatcher[] = [];
    for (const partner of partners) {
      // A short form that is only a place ("Fiji" from Fiji National University) names a country, not this partner.
      for (const marked of namesOf(partner).filter(
        (n) => n === partner.nameEn.toLowerCase() || !placeNames.has(n),
      ))
        matchers.push({
          partnerId: partner.id,
          name: marked.replace(STEM_MARK, ''),
          via: 'name',
          pattern: patternFor(marked),
        });
      for (const name of extraNames[partner.id] ?? [])
        matchers.push({ partnerId: partner.id, name, via: 'lexicon', pattern: patternFor(name) });
    }
    // Longest names first, so "Universitat Jaume I" wins over a shorter overlapping name.
    this.matchers = matchers.sort((a, b) => b.name.length - a.name.length);
    this.fuzzyNames = matchers
      .filter(
        (m) =>
          m.via === 'name' &&
          ((/^[a-z]+$/.test(m.name) && m.name.length >= 6) ||
            (KATAKANA.test(m.name) && m.name.length >= 5)),
      )
      .map((m) => ({ partnerId: m.partnerId, name: m.name }));
    this.fuzzyPairs = matchers
      .filter((m) => m.via === 'name' && /^[a-z]+ [a-z]+$/.test(m.name) && m.name.length >= 8)
      .map((m) => ({ partnerId: m.partnerId, name: m.name }));
    this.namesJa = partners.map((p) => ({
      partnerId: p.id,
      names: [p.nameJa, ...p.aliases].map((n) => n.normalize('NFKC')),
    }));
  }

  /** Each partner's Japanese names, for a part of one written with another reading (イファ女子大). */
  private readonly namesJa: { partnerId: string; names: string[] }[];

  /**
   * 「イファ女子大」: a kanji name of an institution (ending in 大, 大学, 大学校 or 学院) that is part of
   * exactly one partner's Japanese name names it, however the rest is read. Two or more (農業大学)
   * name none, and a faculty's name (生物資源学研究科) is no institution.
   */
  private partOfOneName(run: string): string | null {
    if (run.length < 3 || !/(大|大学|大学校|学院)$/.test(run)) return null;
    const ids = this.namesJa.filter((p) => p.names.some((n) => n.includes(run)));
    return ids.length === 1 ? ids[0]!.partnerId : null;
  }

  /** Two-word record names ("chiang mai"), for near spellings that split across words ("Chiang Mia"). */
  private readonly fuzzyPairs: { partnerId: string; name: string }[];

  /** `text` must be NFKC-normalised and lower-cased. */
  locate(text: string): LocatedPartners {
    let rest = text;
    const found: (PartnerMention & { at: number })[] = [];
    const spans: Span[] = [];
    const add = (partnerId: string, via: PartnerMention['via'], span: Span) => {
      if (!found.some((f) => f.id === partnerId))
        found.push({ id: partnerId, via, text: text.slice(span.start, span.end), at: span.start });
      spans.push(span);
      rest = blank(rest, [span]);
    };
    for (const matcher of this.matchers) {
      // A substring check first: most names are absent, and it is far cheaper than the regex.
      if (!rest.includes(matcher.name)) continue;
      const match = matcher.pattern.exec(rest);
      if (match)
        add(matcher.partnerId, matcher.via, {
          start: match.index,
          end: match.index + match[0].length,
        });
    }
    for (const word of rest.matchAll(/[a-z]{6,}|[\u30A0-\u30FF]{5,}/g)) {
      const candidate = this.nearest(word[0], this.fuzzyNames);
      if (candidate)
        add(candidate, 'fuzzy', {
          start: word.index ?? 0,
          end: (word.index ?? 0) + word[0].length,
        });
    }
    for (const pair of rest.matchAll(/(?<![a-z])(?=([a-z]{3,} [a-z]{3,}))/g)) {
      const words = pair[1]!;
      const candidate = this.nearest(words, this.fuzzyPairs);
      if (candidate)
        add(candidate, 'fuzzy', { start: pair.index ?? 0, end: (pair.index ?? 0) + words.length });
    }
    if (found.length === 0)
      for (const run of rest.matchAll(/[\u4E00-\u9FFF々]+/g)) {
        const candidate = this.partOfOneName(run[0]);
        if (candidate)
          add(candidate, 'fuzzy', { start: run.index ?? 0, end: (run.index ?? 0) + run[0].length });
      }
    const mentions = found.sort((a, b) => a.at - b.at).map(({ at: _at, ...mention }) => mention);
    return { mentions, rest, spans };
  }

  /** The one partner whose name is a near spelling of `word`; none when two partners tie. */
  private nearest(word: string, names: { partnerId: string; name: string }[]): string | null {
    const allowed = word.length >= 9 ? 2 : 1;
    let best: { id: string; distance: number } | null = null;
    let tie = false;
    for (const { partnerId, name } of names) {
      if (Math.abs(name.length - word.length) > allowed) continue;
      const distance = editDistance(word, name, allowed);
      if (distance > allowed) continue;
      if (!best || distance < best.distance) {
        best = { id: partnerId, distance };
        tie = false;
      } else if (distance === best.distance && best.id !== partnerId) tie = true;
    }
    return best && !tie ? best.id : null;
  }
}

/**
 * Damerau-Levenshtein (optimal string alignment), stopping early past `limit`. Three rolling
 * rows instead of a full table: it runs once per word and partner name, which at 100 times the
 * partners was most of a question's time.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  const cols = b.length + 1;
  let before = new Uint32Array(cols); // row i - 2
  let previous = Uint32Array.from({ length: cols }, (_, j) => j); // row i - 1
  let current = new Uint32Array(cols);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

function namesOf(partner: Partner): string[] {
  const names = new Set<string>(
    [partner.nameJa, partner.nameEn, ...partner.aliases].map((n) => normaliseText(n).toLowerCase()),
  );
  const shortJa = partner.nameJa.replace(/(大学校|大学院|大学)$/, '');
  if (shortJa.length >= 3 && shortJa !== partner.nameJa)
    names.add(normaliseText(shortJa).toLowerCase());
  // 釜慶国立大学校 is 釜慶 to students: the name before 国立/州立/工科/師範/農業 and the like.
  const stem =
    /^([\u4E00-\u9FFF]{2,4}?)(国立|州立|市立|工科|工業|師範|農業|農科|外国語|薬科|理工|海洋)/.exec(
      partner.nameJa,
    )?.[1];
  if (stem && stem.length >= 2) names.add(`${stem}${STEM_MARK}`);
  // A name with a faculty after it (ルンド大学 人文神学学部): the university part alone names it too.
  const university = /^(.+?(大学校|大学院|大学))\s/.exec(partner.nameJa)?.[1];
  if (university) names.add(normaliseText(university).toLowerCase());
  const english = partner.nameEn.toLowerCase();
  const core = english
    .replace(/\(.*?\)/g, '')
    .split(/[\s,]+/)
    .filter((word) => word && !GENERIC.has(word))
    .join(' ');
  if (core.length >= 4 && /^university of |university$/.test(english)) names.add(core);
  return [...names].filter((n) => n.length >= 2);
}

function patternFor(marked: string): RegExp {
  if (marked.endsWith(STEM_MARK)) {
    const stem = marked.slice(0, -STEM_MARK.length).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`${stem}(?![\\u4E00-\\u9FFF])`);
  }
  const name = marked;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (LATIN.test(name)) return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`);
  // Katakana names never match inside a longer katakana word.
  if (KATAKANA.test(name))
    return new RegExp(`(?<![\\u30A0-\\u30FF])${escaped}(?![\\u30A0-\\u30FF])`);
  return new RegExp(escaped);
}
