/** A listed partner named by a word of its name (the 2015 table's Korean rows, p.20). */
import { describe, expect, it } from 'vitest';
import { testKnowledge } from '../../test/helpers/knowledge-base.ts';
import { pickByNameWord } from './name-words.ts';

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
