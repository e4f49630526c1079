/**
 * Finds partners named in a question ("Lund", 「ルンド大学」, "University of Tasmania").
 * Names come from the records (name, aliases) plus short forms derived from them.
 */
import type { Partner } from '../knowledge/schema.ts';
import { normaliseText } from '../text/normalise.ts';

interface NameMatcher {
  partnerId: string;
  name: string;
  pattern: RegExp;
}

const GENERIC = new Set(['university', 'universities', 'college', 'institute', 'national', 'state', 'technology', 'of', 'the', '大学', '大学校']);

export class PartnerNames {
  private readonly matchers: NameMatcher[];

  constructor(partners: Partner[]) {
    const matchers: NameMatcher[] = [];
    for (const partner of partners) {
      for (const name of namesOf(partner)) matchers.push({ partnerId: partner.id, name, pattern: patternFor(name) });
    }
    // Longest names first, so "Universitat Jaume I" wins over a shorter overlapping name.
    this.matchers = matchers.sort((a, b) => b.name.length - a.name.length);
  }

  /** Ids of the partners a text names, in order of first mention. */
  find(text: string): string[] {
    return this.locate(text).ids;
  }

  /**
   * The partners named, and the text with their names blanked out, so words inside a name
   * (モンゴル in モンゴル国立大学, "Medicine" in a veterinary school's name) are not read as filters.
   */
  locate(text: string): { ids: string[]; rest: string } {
    let remaining = normaliseText(text).toLowerCase();
    const found: { id: string; at: number }[] = [];
    for (const matcher of this.matchers) {
      // A substring check first: most names are absent, and it is far cheaper than the regex.
      if (!remaining.includes(matcher.name)) continue;
      const match = matcher.pattern.exec(remaining);
      if (!match) continue;
      if (!found.some((f) => f.id === matcher.partnerId)) found.push({ id: matcher.partnerId, at: match.index });
      // Blank the match out so a shorter name inside it does not match again.
      remaining = remaining.slice(0, match.index) + ' '.repeat(match[0].length) + remaining.slice(match.index + match[0].length);
    }
    return { ids: found.sort((a, b) => a.at - b.at).map((f) => f.id), rest: remaining };
  }
}

function namesOf(partner: Partner): string[] {
  const names = new Set<string>([partner.nameJa, partner.nameEn, ...partner.aliases].map((n) => normaliseText(n).toLowerCase()));
  const shortJa = partner.nameJa.replace(/(大学校|大学院|大学)$/, '');
  if (shortJa.length >= 3 && shortJa !== partner.nameJa) names.add(normaliseText(shortJa).toLowerCase());
  const english = partner.nameEn.toLowerCase();
  const core = english
    .replace(/\(.*?\)/g, '')
    .split(/[\s,]+/)
    .filter((word) => word && !GENERIC.has(word))
    .join(' ');
  if (core.length >= 4 && /^university of |university$/.test(english)) names.add(core);
  return [...names].filter((n) => n.length >= 2);
}

function patternFor(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Latin names need word boundaries ("Lund" must not match "Lunds"... or "fund").
  return /^\p{ASCII}+$/u.test(name) ? new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`) : new RegExp(escaped);
}
