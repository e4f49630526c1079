/** The ground floor: types, ports, case rules and errors import nothing of ours and no package beyond zod. */
import { describe, expect, it } from 'vitest';
import { violations } from '../../test/helpers/boundaries.ts';

describe('src/domain boundary', () => {
  it('imports only nothing of ours', () => {
    expect(violations('domain', [])).toEqual([]);
  });
});
