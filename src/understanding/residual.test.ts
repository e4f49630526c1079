/**
 * What else a question about a named partner asks, once its name and the attributes the records
 * hold are read: a word the records never hold is said to be missing; a verb's stem, a piece of
 * the partner's own name and filler are not things asked about. Phrasings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

const first = (text: string) => testInterpreter().interpret(text).parts[0]!;

describe('what a question asks of a named partner beyond the record fields', () => {
  it.each([
    ['Does Tasmania have a gym students can use?', 'gym'],
    ['ルンドの寮費はいくら？', '寮'],
    ['Is there wifi in the Heidelberg dorms?', 'wifi'],
    ['上海海洋大学の学食っておいしい？', '学食'],
  ])('%s asks what the records never hold (%s)', (text, word) => {
    const part = first(text);
    expect([...part.unheld, ...part.unrecognised].join(' ')).toContain(word);
  });

  it.each([
    ['エアランゲン行きたいんだけど締切いつ？', 'deadline'],
    ['タマサートに行けたら人数は何人？', 'slots'],
    ['ルンド受けてみたいけど期間は？', 'period'],
  ])('%s: a verb’s stem (行き, 行け, 受け) is not a thing asked about', (text, attribute) => {
    const part = first(text);
    expect(part.unrecognised).toEqual([]);
    expect(part.attributes).toContain(attribute);
  });

  it('a piece of the named partner’s own name is not a thing asked about', () => {
    const part = first('ラカバンの工科大学って締切いつ？');
    expect(part.unrecognised).toEqual([]);
    expect(part.attributes).toContain('deadline');
  });

  it('an adjective’s stem still is (寒い asks about the climate)', () => {
    const part = first('ルンドって寒い？');
    expect([...part.unheld, ...part.unrecognised].join(' ')).toContain('寒');
  });
});
