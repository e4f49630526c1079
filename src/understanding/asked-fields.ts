/**
 * What a question asks of the partner records: the fields it names, and what asking of a named
 * partner adds (who may go, its language requirement); and a kind of institution it asks for by
 * a word of partner names (「女子大ってある？」).
 */
import type { Partner } from '../knowledge/schema.ts';
import { namedKind } from '../partners/name-words.ts';
import type { PartnerField, PartnerQuery } from '../partners/query.ts';
import type { Vocabulary } from './vocabulary.ts';

/** The fields the question names; asking for "the requirements" asks for the GPA and who may go too. */
export function readAskedFields(rest: string, v: Vocabulary, named: boolean): PartnerField[] {
  const attributes = v.attributes.filter((a) => a.terms.test(rest)).map((a) => a.id);
  // "What does Lund require?" asks for every requirement: the GPA, who may go (year of study,
  // time enrolled) and the row's notes, which often carry a condition (a recommendation).
  const asksRequirements = /要件|条件|資格|requir|eligib/.test(rest);
  if (asksRequirements && attributes.includes('language') && !attributes.includes('gpa'))
    attributes.push('gpa');
  if (asksRequirements && named)
    for (const field of ['faculty', 'notes'] as const)
      if (attributes.length > 0 && !attributes.includes(field)) attributes.push(field);
  return attributes;
}

/** What asking of a named partner adds to the fields asked (in place). */
export function addAskedOfNamed(
  attributes: PartnerField[],
  query: PartnerQuery,
  rest: string,
  v: Vocabulary,
): void {
  // Whether a student of some faculty or level may go (「学部生でも行ける？」) is who the row is
  // open to, and the notes, which often carry a condition (a recommendation).
  if (query.level || query.faculty)
    for (const field of ['faculty', 'notes'] as const)
      if (!attributes.includes(field)) attributes.push(field);
  // A language or a test named of a named partner (「サンパウロ大学、ポルトガル語ってどのレベル必要？」,
  // "and valencia's toefl?") asks for its language requirement; a score is judged instead.
  const namesTest = query.test !== null && query.test.score === null;
  if (
    !attributes.includes('language') &&
    (namesTest || v.languages.some((l) => l.terms.test(rest)))
  )
    attributes.push('language');
}

/** 「女子大ってある？」: a kind of institution, when a word of it is in some partner's name. */
export function readNameKind(rest: string, v: Vocabulary, partners: Partner[]): string | null {
  const kind = v.institutionKind.find(rest)[0];
  const text = kind ? rest.slice(kind.start, kind.end).trim() : null;
  return text && namedKind(text, partners).length > 0 ? text : null;
}
