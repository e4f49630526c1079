/** Knowledge loading: domain and text only; no SDK. */
import { describe, expect, it } from 'vitest';
import { violations } from '../../test/helpers/boundaries.ts';

describe('src/knowledge boundary', () => {
  it('imports only domain/ and text/', () => {
    expect(violations('knowledge', ['domain', 'text'])).toEqual([]);
  });
});
