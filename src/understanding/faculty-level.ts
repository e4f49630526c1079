/**
 * Whom a partner question is about: a faculty and a level of study, and whether the student asks
 * for rows open *only* to them. "Only" counts for what it stands next to or governs ("only open
 * to students of the Graduate School of Engineering"), never anywhere in the message:
 * 「IELTS 5.5しかない」 is about the score, and 「工学部限定で大学院生も行ける？」 limits the faculty only.
 */
import type { FacultyId } from '../partners/query.ts';
import type { Span } from '../text/terms.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface FacultyAndLevel {
  faculty: FacultyId | null;
  facultyOnly: boolean;
  level: 'undergraduate' | 'graduate' | null;
  levelOnly: boolean;
}

/** "Only" before whom a row is open to, in the same clause. */
const ONLY_OPEN_TO =
  /\b(only|exclusively) (open|available) (to|for)\b|\bopen (only|exclusively) to\b|\brestricted to\b/;
/** Right after a level: 「大学院生限定」, 「院生のみ」, 「院生しか行けない」, "graduate students only". */
const ONLY_AFTER =
  /^\s*(生|students?)?\s*([（(][^）)]{1,8}[）)])?\s*(に)?(限定|限られ|のみ|だけ(?!ど)|しか|only\b)/;

export function readFacultyAndLevel(text: string, vocabulary: Vocabulary): FacultyAndLevel {
  const faculty = vocabulary.faculties.find((f) => f.terms.test(text));
  const facultyOnly =
    faculty?.terms.find(text).some(
      ({ start, end }) =>
        // "Only" attached to the faculty (`facultyOnly` in partner-terms.yaml): 「人文学部しか」,
        // "only for engineering"; 「人文の2年でGPA2.3しかない」 limits the GPA.
        vocabulary.facultyOnlyAfter.test(text.slice(end, end + 20)) ||
        vocabulary.facultyOnlyBefore.test(text.slice(Math.max(0, start - 40), start)) ||
        governedByOnly(text, start),
    ) ?? false;
  if (vocabulary.bothLevels.test(text))
    return { faculty: faculty?.id ?? null, facultyOnly, level: null, levelOnly: false };
  const graduate = vocabulary.graduate.find(text);
  const undergraduate = vocabulary.undergraduate.find(text);
  const spans: Span[] = graduate.length > 0 ? graduate : undergraduate;
  const level =
    graduate.length > 0 ? 'graduate' : undergraduate.length > 0 ? 'undergraduate' : null;
  // "Only" before a faculty named at a level (「工学研究科の大学院生しか」, "only for engineering
  // grad school students") limits the pair: rows open to that faculty at that level and no other.
  const facultySpans = faculty?.terms.find(text) ?? [];
  const levelOnly = spans.some(
    ({ start, end }) =>
      governedByOnly(text, start) ||
      ONLY_AFTER.test(text.slice(end, end + 12)) ||
      (facultyOnly && facultySpans.some((f) => oneNounPhrase(text, f, { start, end }))),
  );
  return { faculty: faculty?.id ?? null, facultyOnly, level, levelOnly };
}

/** Joined with nothing, 「の」 or "students in": 工学研究科, 工学研究科の大学院生, engineering grad. */
const JOINT = /^\s*(の|(students? )?(in|of))?\s*$/;

function oneNounPhrase(text: string, a: Span, b: Span): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return second.start <= first.end || JOINT.test(text.slice(first.end, second.start));
}

/** "only open to ... <here>": back to the last sentence end, at most 80 characters. */
function governedByOnly(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 80), at);
  return ONLY_OPEN_TO.test(head.slice(head.search(/[^.?!。？！]*$/)));
}
