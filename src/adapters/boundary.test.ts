/** Adapters may use SDKs and drivers; they never reach up into app/ or into evals/. */
import { describe, expect, it } from 'vitest';
import { violations } from '../../test/helpers/boundaries.ts';

describe('src/adapters boundary', () => {
  it('never imports app/ or evals/', () => {
    expect(
      violations(
        'adapters',
        [
          'domain',
          'text',
          'knowledge',
          'partners',
          'retrieval',
          'compose',
          'messages',
          'assistant',
          'staff',
          'understanding',
        ],
        [],
      ),
    ).toEqual([]);
  });
});
