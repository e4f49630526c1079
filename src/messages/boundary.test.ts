/** The wording catalogue: below the composers and the assistant. */
import { describe, expect, it } from 'vitest';
import { violations } from '../../test/helpers/boundaries.ts';

describe('src/messages boundary', () => {
  it('imports only domain/, text/, knowledge/ and partners/ (for query types)', () => {
    expect(violations('messages', ['domain', 'text', 'knowledge', 'partners'])).toEqual([]);
  });
});
