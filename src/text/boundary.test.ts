/** Text utilities: the domain and nothing else of ours; no SDK. */
import { describe, expect, it } from 'vitest';
import { violations } from '../../test/helpers/boundaries.ts';

describe('src/text boundary', () => {
  it('imports only domain/', () => {
    expect(violations('text', ['domain'])).toEqual([]);
  });
});
