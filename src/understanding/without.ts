/**
 * What the student goes without: 「IELTSなしで行ける」, "without TOEFL", 「中国語できなくても」,
 * 「韓国語いらない」. A test or a language named with a negation is not a requirement the student
 * meets but one they cannot: rows whose every option needs it are left out. The negations are
 * `goesWithout` in knowledge/lexicon/partner-terms.yaml.
 */
import { ScoredTest } from '../partners/query.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface Without {
  tests: ScoredTest[];
  languages: string[];
}

/** TOEFL iBT, PBT and ITP are one test to a student who has none of them. */
const TOEFL_FAMILY: ScoredTest[] = ['TOEFL_IBT', 'TOEFL_PBT', 'TOEFL_ITP'];

export function readWithout(text: string, vocabulary: Vocabulary): Without {
  const negated = (start: number, end: number) =>
    vocabulary.withoutAfter.test(text.slice(end, end + 16)) ||
    vocabulary.withoutBefore.test(text.slice(Math.max(0, start - 24), start));
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
