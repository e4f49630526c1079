/** The composition root: wires adapters to ports; the eval harness is loaded dynamically, never imported. */
import { describe, expect, it } from 'vitest';
import { SDKS, violations } from '../../test/helpers/boundaries.ts';

describe('src/app boundary', () => {
  it('imports only src/ (evals/ only by a dynamic import at run time)', () => {
    expect(violations('app', ['domain', 'text', 'knowledge', 'partners', 'retrieval', 'compose', 'messages', 'assistant', 'staff', 'adapters'], [SDKS])).toEqual([]);
  });
});
