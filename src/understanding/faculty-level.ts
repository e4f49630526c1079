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

/**
 * "Only" attached to the faculty: right after its name and the words that complete it
 * (「人文学部しか」「工学研究科の大学院生しか」「工学系(工学部・工学研究科)の学生限定」, "engineering students
 * only"), or just before it ("only for engineering"). 「人文の2年でGPA2.3しかない」 limits the GPA,
 * and 「だけど」 is "but", not "only".
 */
const ONLY_AFTER_FACULTY =
  /^\s*(学?部|学?科|学?研究科|系|学)?\s*([（(][^）)]{1,24}[）)])?\s*[）)]?\s*(の)?\s*(大学院生|院生|学生|生徒|生|人|子|students?|majors?)?\s*(さん)?\s*(に|が|を|は)?[\s-]*(しか|だけ(?!ど)|限定|限られ|限る|のみ|専用|only\b)/;
const ONLY_BEFORE_FACULTY =
  /\b(only|exclusively|just)\s+((for|to|open to|available to)\s+)?(the\s+)?((students?|majors?)\s+(of|in)\s+)?(the\s+)?$|\blimited to\s+(the\s+)?$/;
/** "Only" before whom a row is open to, in the same clause. */
const ONLY_OPEN_TO =
  /\b(only|exclusively) (open|available) (to|for)\b|\bopen (only|exclusively) to\b|\brestricted to\b/;
/** Right after a level: 「大学院生限定」, 「院生のみ」, "graduate students only". */
const ONLY_AFTER =
  /^\s*(生|students?)?\s*([（(][^）)]{1,8}[）)])?\s*(に)?(限定|限られ|のみ|だけ(?!ど)|only\b)/;

export function readFacultyAndLevel(text: string, vocabulary: Vocabulary): FacultyAndLevel {
  const faculty = vocabulary.faculties.find((f) => f.terms.test(text));
  const facultyOnly =
    faculty?.terms
      .find(text)
      .some(
        ({ start, end }) =>
          ONLY_AFTER_FACULTY.test(text.slice(end, end + 20)) ||
          ONLY_BEFORE_FACULTY.test(text.slice(Math.max(0, start - 40), start)) ||
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
