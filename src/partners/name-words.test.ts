/** A listed partner named by a word of its name (the 2015 table's Korean rows, p.20). */
import { describe, expect, it } from 'vitest';
import { testInterpreter, testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { namedKind, pickByNameWord } from './name-words.ts';

const korea = () => testKnowledge().partners.partners.filter((p) => p.country.code === 'KR');

describe('pickByNameWord', () => {
  it.each([
    ["and the deadline for the women's university?", 'ewha-womans-university'],
    ['女子大のとこの締切は？', 'ewha-womans-university'],
    ['what about sejong?', 'sejong-university'],
  ])('%s -> %s', (text, id) => {
    expect(pickByNameWord(text, korea())?.id).toBe(id);
  });

  it.each(['and the deadline?', 'which university has the most places?', '締切は？'])(
    '%s names none of them',
    (text) => {
      expect(pickByNameWord(text, korea())).toBeNull();
    },
  );
});

describe('a kind of institution named by a word of partner names', () => {
  const partners = () => testKnowledge().partners.partners;
  const ids = (kind: string) =>
    namedKind(kind, partners())
      .map((p) => p.id)
      .sort();
  it('finds the rows whose name has it, in either language; generic words find none', () => {
    expect(ids('女子大')).toEqual(['ewha-womans-university']);
    expect(ids("women's")).toEqual(['ewha-womans-university']);
    // 「バングラデシュ農業大学」「安徽農業大学」「国立ラ モリーナ農業大学」 (pp.19-21).
    expect(ids('農業大学')).toHaveLength(3);
    expect(ids('大学')).toEqual([]);
    expect(ids('university')).toEqual([]);
  });
});

describe('asked as a question of its own', () => {
  const query = (text: string) => testInterpreter().interpret(text).parts[0]!.query;
  it.each([
    // 「女子大ってある？」 is part of one partner's name: that partner (partner-mentions.test.ts).
    ['any women’s universities?', 'women’s'],
    ['農業大学ってどこがある？', '農業大学'],
    // No partner name has it: an unknown university, not a kind.
    ['ソウル大学ってある？', null],
    ['韓国の大学ってある？', null],
  ])('%s -> %s', (text, kind) => {
    expect(query(text).nameKind).toBe(kind);
  });
});
