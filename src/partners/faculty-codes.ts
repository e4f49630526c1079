/**
 * The partner table's faculty column: 全 (every faculty), or codes such as 工 (the Faculty of
 * Engineering) and 工研 (its graduate school). A code ending in 研 (研究科) is a graduate school,
 * so the column also says at which level a row is open.
 */
import { FACULTIES } from '../knowledge/partner-sheet/vocabulary.ts';
import type { Partner } from '../knowledge/schema.ts';
import type { FacultyId } from './query.ts';

const MARK: Record<FacultyId, string> = {
  humanities: '人',
  education: '教',
  engineering: '工',
  bioresources: '生',
  medicine: '医',
};

type Level = 'undergraduate' | 'graduate';

/**
 * The row's codes, read from its curated faculties (「工学部・工学研究科」 -> 工, 工研) rather than
 * the printed cell: where the table prints two rows' cells run together (浙江大学 and 温州大学
 * share 「工 工研 生研 生」), the curated reading gives each row its own, as the answer shows it;
 * a sheet-imported row names its faculties in full.
 */
const codesOf = (partner: Partner) =>
  partner.faculties.ja
    .split('・')
    .map((name) => FACULTIES.find((f) => f.ja === name)?.variants.find(isCode) ?? name);
/** A table code: a faculty's mark, with 研 for its graduate school (工, 工研). */
const isCode = (variant: string) => /^.研?$/.test(variant);
const atLevel = (code: string, level: Level | null) =>
  level === null || code.endsWith('研') === (level === 'graduate');

/** Open to the faculty (at the level, when one is asked and the column tells it). */
export function opensTo(partner: Partner, faculty: FacultyId, level: Level | null): boolean {
  if (partner.faculties.all) return true;
  const codes = codesOf(partner).filter((code) => code.startsWith(MARK[faculty]));
  return codes.some((code) => atLevel(code, level)) || (codes.length > 0 && !hasLevels(partner));
}

/** Whether the row lists a student of this faculty and level (either may be unknown). */
export function mayGo(partner: Partner, faculty: FacultyId | null, level: Level | null): boolean {
  if (faculty && !opensTo(partner, faculty, level)) return false;
  if (level && partner.studentLevel && !partner.studentLevel[level]) return false;
  // A column naming only graduate schools (ISMANS: 工研) lists no undergraduate, and the reverse.
  if (level && !faculty && !partner.faculties.all && hasLevels(partner))
    return codesOf(partner).some((code) => atLevel(code, level));
  return true;
}

/** Open only to the faculty: every code of the row is that faculty's. */
export function onlyFaculty(partner: Partner, faculty: FacultyId): boolean {
  if (partner.faculties.all) return false;
  const codes = codesOf(partner);
  return codes.length > 0 && codes.every((code) => code.startsWith(MARK[faculty]));
}

/**
 * Open only at the level: every code of the row is at it, or (a row whose column names no
 * graduate school) the row's stated levels exclude the other one.
 */
export function onlyLevel(partner: Partner, level: Level): boolean {
  const other: Level = level === 'graduate' ? 'undergraduate' : 'graduate';
  if (!partner.faculties.all && hasLevels(partner))
    return codesOf(partner).every((code) => atLevel(code, level));
  return partner.studentLevel ? !partner.studentLevel[other] && partner.studentLevel[level] : false;
}

/** The column tells levels apart only where it names a graduate school somewhere. */
function hasLevels(partner: Partner): boolean {
  return codesOf(partner).some((code) => code.endsWith('研'));
}
