/** A passage that says only that the sources lack something, and whom to ask (topics.yaml: sourceLacks). */
import { describe, expect, it } from 'vitest';
import { testInterpreter } from '../../test/helpers/knowledge-base.ts';

const lacks = () => testInterpreter().vocabulary.sourceLacks;

describe('SourceLacks', () => {
  it('is a passage whose every sentence says what is missing or whom to ask', () => {
    // Curated from the guide p.14: the criteria are in 別紙1, which the guide does not include.
    expect(
      lacks().saysOnly(
        '三重大学国際交流特別奨学金の審査基準は「別紙1」を参照するよう記載されていますが、その別紙は原文に含まれていません。審査基準は留学生支援室に確認してください。',
      ),
    ).toBe(true);
    expect(
      lacks().saysOnly(
        'The criteria are in attachment 1, which the guide does not include; the Study Abroad Support Office can tell you the criteria.',
      ),
    ).toBe(true);
  });

  it('is not a passage that also gives an answer, nor one that only sends the student on', () => {
    expect(
      lacks().saysOnly(
        '応募締切は掲示ポスター及び国際交流ホームページで随時発表されます。その期間の表は案内に載っていません。',
      ),
    ).toBe(false);
    expect(lacks().saysOnly('詳しくは留学生支援室に確認してください。')).toBe(false);
  });

  it('"where can I see it?" is answered by the passage saying where', () => {
    expect(lacks().whereToFind.test('奨学金の審査基準ってどこで見られますか')).toBe(true);
    expect(lacks().whereToFind.test('審査基準って具体的に何ですか')).toBe(false);
  });
});
