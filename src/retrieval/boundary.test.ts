/** Retrieval: an engine; index libraries are allowed here, SDKs and model clients are not. */
import { describe, expect, it } from 'vitest';
import { SDKS, violations } from '../../test/helpers/boundaries.ts';

describe('src/retrieval boundary', () => {
  it('imports only domain/, text/, knowledge/ and index libraries (never assistant/ or a model client)', () => {
    expect(violations('retrieval', ['domain', 'text', 'knowledge'], [SDKS])).toEqual([]);
  });
});
