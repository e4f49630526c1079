/** The staff desk and delivery worker: platform-free; adapters render and send. */
import { describe, expect, it } from 'vitest';
import { violations } from '../../test/helpers/boundaries.ts';

describe('src/staff boundary', () => {
  it('imports only domain/, text/, knowledge/ and messages/ (never an adapter or an SDK)', () => {
    expect(violations('staff', ['domain', 'text', 'knowledge', 'messages'])).toEqual([]);
  });
});
