/**
 * A follow-up that points at one of the partners just listed by a word of its name ("and the
 * deadline for the women's university?" after the Korean list, 「女子大のとこの締切は？」): the
 * listed partner whose name has that word, when exactly one does. Generic name words
 * (university, 大学) point at none.
 */
import type { Partner } from '../knowledge/schema.ts';
import { normaliseText } from '../text/normalise.ts';

const GENERIC = new Set([
  'university',
  'universities',
  'college',
  'school',
  'institute',
  'technology',
  'national',
  'state',
  'the',
  'and',
  'for',
  'one',
  'partner',
  'deadline',
]);
const GENERIC_JA = /^(大学|大学校|大学院|協定校|学院|国立|工科|学校)$/;

const latinWords = (text: string) =>
  (text.match(/[a-z]{4,}/g) ?? []).filter((word) => !GENERIC.has(word));
const kanjiRuns = (text: string) =>
  (text.match(/[\u4E00-\u9FFF]{2,}/g) ?? [])
    .map((run) => run.replace(/(大学校|大学|学院)$/, ''))
    .filter((run) => run.length >= 2 && !GENERIC_JA.test(run));

/** Close enough for a word typed from memory: "women" for "Womans", "lancaster" for "Lancashire" is not. */
function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || a.slice(0, 3) !== b.slice(0, 3)) return false;
  return distance(a, b) <= 2;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next.push(
        Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)),
      );
    row = next;
  }
  return row[b.length]!;
}

/** Whether a word of the text is a word of the partner's name (close enough when typed from memory). */
export function namedBy(text: string, partner: Partner): boolean {
  const names = [partner.nameEn, ...partner.aliases].map((n) => normaliseText(n).toLowerCase());
  const nameWords = names.flatMap(latinWords);
  if (latinWords(text).some((word) => nameWords.some((name) => near(word, name)))) return true;
  const nameJa = [partner.nameJa, ...partner.aliases].join(' ');
  return kanjiRuns(text).some((run) => nameJa.includes(run));
}

const folded = (text: string) =>
  normaliseText(text)
    .toLowerCase()
    .replace(/[’']s\b/g, '');

/** A kind of institution named by a word of partner names (「女子大」, "women's"): its rows. */
export function namedKind(kind: string, partners: Partner[]): Partner[] {
  const text = folded(kind);
  return partners.filter((partner) => namedBy(text, partner));
}

/** The one listed partner the follow-up names by a word of its name, or null. */
export function pickByNameWord(followUp: string, listed: Partner[]): Partner | null {
  const text = folded(followUp);
  const picked = listed.filter((partner) => namedBy(text, partner));
  return picked.length === 1 ? picked[0]! : null;
}
