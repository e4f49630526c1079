/**
 * What the student goes without: 「IELTSなしで行ける」, "without TOEFL", 「中国語できなくても」,
 * 「韓国語いらない」. A test or a language named with a negation is not a requirement the student
 * meets but one they cannot: rows whose every option needs it are left out.
 */
import { ScoredTest } from '../partners/query.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface Without {
  tests: ScoredTest[];
  languages: string[];
}

/**
 * Right after the name: none, not having it, not needing it, not able to use it; its condition
 * named none (「中国語の条件なし」); or another name joined to it sharing the negation
 * (「HSKとか中国語の条件なしで」).
 */
const NEGATION_AFTER =
  /^\s*(?:(?:とか|や|と|・|、|も)\s*[^、。？?\s]{1,10}?)?\s*(?:の?スコア)?\s*(?:の?(?:条件|要件|基準|縛り|指定))?\s*(?:が|は|を|も)?\s*(?:特に)?(?:なし|無し|なく|ない|無い|いらない|要らない|不要|持って(?:い)?ない|ありません|できな|でき(?:ませ|な)|話せな)/;
/** Right before the name: "without", "no", "don't have", "can't speak" (also "no HSK or Chinese"). */
const NEGATION_BEFORE =
  /\b(?:without|no|don'?t have|do not have|never took|haven'?t taken|can'?t speak|cannot speak|don'?t speak)\s+(?:a |an |any )?(?:[a-z]+ (?:or|and|\/) )?$/;

/** TOEFL iBT, PBT and ITP are one test to a student who has none of them. */
const TOEFL_FAMILY: ScoredTest[] = ['TOEFL_IBT', 'TOEFL_PBT', 'TOEFL_ITP'];

export function readWithout(text: string, vocabulary: Vocabulary): Without {
  const negated = (start: number, end: number) =>
    NEGATION_AFTER.test(text.slice(end, end + 16)) ||
    NEGATION_BEFORE.test(text.slice(Math.max(0, start - 24), start));
  const tests = new Set<ScoredTest>();
  for (const { id, terms } of vocabulary.tests)
    for (const span of terms.find(text))
      if (negated(span.start, span.end)) {
        const known = ScoredTest.safeParse(id);
        if (id.startsWith('TOEFL')) TOEFL_FAMILY.forEach((t) => tests.add(t));
        else if (known.success) tests.add(known.data);
      }
  const languages = vocabulary.languages
    .filter((l) => l.terms.find(text).some((span) => negated(span.start, span.end)))
    .map((l) => l.id);
  return { tests: [...tests], languages };
}
