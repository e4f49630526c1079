/** The pipeline: everything below it, through ports; no SDK. */
import { describe, expect, it } from 'vitest';
import { violations } from '../../test/helpers/boundaries.ts';

describe('src/assistant boundary', () => {
  it('imports only engines, composers, messages/ and below (never staff/, adapters/ or app/)', () => {
    expect(violations('assistant', ['domain', 'text', 'knowledge', 'partners', 'retrieval', 'compose', 'messages'])).toEqual([]);
  });
});
