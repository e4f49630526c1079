/** Several answers joined into one reply: numbered parts, one list of sources, markers into it. */
import { describe, expect, it } from 'vitest';
import type { Citation } from '../domain/types.ts';
import { combineDrafts } from './drafts.ts';
import type { Draft } from './routes/context.ts';

const cite = (id: string): Citation => ({ id, title: id, source: id, asOf: '2015-11' });
const draft = (answer: string, ids: string[]): Draft => ({
  lang: 'en',
  route: 'knowledge',
  answer,
  citations: ids.map(cite),
  partners: [],
  related: null,
  handover: null,
  confidence: 0.8,
});

describe('combineDrafts', () => {
  it('points each part’s [n] markers into the joined list of sources', () => {
    const joined = combineDrafts(
      [
        draft('The scholarship is 150,000 yen. [1]', ['guide:scholarship#2']),
        draft('Report within two weeks. [1] Also the forms. [2]', [
          'guide:after-return#1',
          'guide:scholarship#2',
        ]),
      ],
      'en',
    );
    expect(joined.citations.map((c) => c.id)).toEqual([
      'guide:scholarship#2',
      'guide:after-return#1',
    ]);
    expect(joined.answer).toBe(
      '1) The scholarship is 150,000 yen. [1]\n\n2) Report within two weeks. [2] Also the forms. [1]',
    );
  });

  it('one draft is returned as it is', () => {
    const single = draft('Only one. [1]', ['faq:toefl-fee']);
    expect(combineDrafts([single], 'en')).toBe(single);
  });
});
