/** Composers turn engine results into words through messages/. */
import { describe, expect, it } from 'vitest';
import { violations } from '../../test/helpers/boundaries.ts';

describe('src/compose boundary', () => {
  it('imports only engines, messages/ and below (never assistant/ or an adapter)', () => {
    expect(violations('compose', ['domain', 'text', 'knowledge', 'partners', 'messages'])).toEqual([]);
  });
});
