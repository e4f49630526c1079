/** The interpretation stage: reads text with the lexicon; no route, composer or adapter. */
import { describe, expect, it } from 'vitest';
import { violations } from '../../test/helpers/boundaries.ts';

describe('src/understanding boundary', () => {
  it('imports only the domain, text, knowledge and the partner query (never assistant/, compose/ or adapters/)', () => {
    expect(violations('understanding', ['domain', 'text', 'knowledge', 'partners'])).toEqual([]);
  });
});
