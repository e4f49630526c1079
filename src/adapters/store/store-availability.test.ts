import { describe, expect, it } from 'vitest';
import { isConnectionError, trackAvailability } from './store-availability.ts';

describe('isConnectionError', () => {
  it('tells the server being away from a statement being wrong', () => {
    const coded = (code: string) => Object.assign(new Error(code), { code });
    for (const code of ['ECONNREFUSED', '57P01', '08006', 'ECONNRESET'])
      expect(isConnectionError(coded(code))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionError(coded('23505'))).toBe(false); // unique violation
    expect(isConnectionError(coded('42P01'))).toBe(false); // undefined table
  });
});

describe('trackAvailability', () => {
  it('is down from the first failure until a probe succeeds, and says so once each way', async () => {
    let serverUp = false;
    const changes: (string | null)[] = [];
    const state = trackAvailability(
      async () => {
        if (!serverUp) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      },
      { minMs: 5, maxMs: 20, onChange: (down) => changes.push(down) },
    );
    expect(state.unavailable()).toBeNull();
    state.markDown(new Error('terminating connection due to administrator command'));
    state.markDown(new Error('again'));
    expect(state.unavailable()).toMatch(/again|ECONNREFUSED/);
    await new Promise((r) => setTimeout(r, 60));
    expect(state.unavailable()).not.toBeNull(); // the probes keep failing
    serverUp = true;
    const deadline = Date.now() + 2000;
    while (state.unavailable() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(state.unavailable()).toBeNull();
    expect(changes).toEqual(['terminating connection due to administrator command', null]);
    state.stop();
  });
});
