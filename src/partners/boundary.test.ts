/** The partner engine: an engine imports the domain, text and knowledge only. */
import { describe, expect, it } from 'vitest';
import { violations } from '../../test/helpers/boundaries.ts';

describe('src/partners boundary', () => {
  it('imports only domain/, text/ and knowledge/ (never assistant/, compose/ or an adapter)', () => {
    expect(violations('partners', ['domain', 'text', 'knowledge'])).toEqual([]);
  });
});
