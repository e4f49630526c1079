import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The lockout is counted in the store, so this runs against the real SQL adapter (in memory).
import { openCaseStore } from '../../adapters/store/open-store.ts';
import type { SqlCaseStore } from '../../adapters/store/sql-case-store.ts';
import { SqlStaffAccounts } from '../../adapters/store/staff-accounts-sql.ts';
import { hashPassword } from './passwords.ts';
import { RateLimiter } from './rate-limit.ts';
import { LOCKOUT_ATTEMPTS, LOCKOUT_MS, SignIn } from './sign-in.ts';

let store: SqlCaseStore;
let accounts: SqlStaffAccounts;
const PASSWORD = 'correct horse battery';

beforeAll(async () => {
  store = await openCaseStore({ dataDir: '', databaseUrl: null }, { inMemory: true });
  accounts = new SqlStaffAccounts(store.sqlClient());
  await accounts.setPassword('Sato@Example.jp', await hashPassword(PASSWORD));
});
afterAll(() => store.close());

describe('sign-in', () => {
  it('signs in with the right password (email case does not matter) and the session resolves', async () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const result = await new SignIn(accounts).attempt('sato@example.JP', PASSWORD, '10.0.0.1', now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await accounts.session(result.token, now);
    expect(session).toMatchObject({ email: 'sato@example.jp', csrfToken: result.csrfToken });
    expect(await accounts.session(`${result.token}x`, now)).toBeNull();
    expect(await accounts.session(result.token, new Date('2027-01-01T00:00:00Z'))).toBeNull();
    await accounts.endSession(result.token);
    expect(await accounts.session(result.token, now)).toBeNull();
  });

  it('answers unknown accounts like wrong passwords', async () => {
    const signIn = new SignIn(accounts);
    expect(await signIn.attempt('nobody@example.jp', PASSWORD, '10.0.0.2', new Date())).toEqual({
      ok: false,
      reason: 'wrong_credentials',
    });
  });

  it(`locks the account after ${LOCKOUT_ATTEMPTS} wrong passwords, refuses even the right one, \
and unlocks later`, async () => {
    await accounts.setPassword('kato@example.jp', await hashPassword(PASSWORD));
    const signIn = new SignIn(accounts);
    const now = new Date('2026-12-01T01:00:00Z');
    const reasons: string[] = [];
    for (let i = 0; i < LOCKOUT_ATTEMPTS; i++) {
      const result = await signIn.attempt('kato@example.jp', `wrong-${i}`, '10.0.0.3', now);
      reasons.push(result.ok ? 'ok' : result.reason);
    }
    expect(reasons.slice(0, -1).every((r) => r === 'wrong_credentials')).toBe(true);
    expect(reasons.at(-1)).toBe('locked');
    expect(await signIn.attempt('kato@example.jp', PASSWORD, '10.0.0.3', now)).toMatchObject({
      ok: false,
      reason: 'locked',
    });
    const later = new Date(now.getTime() + LOCKOUT_MS + 1000);
    expect((await signIn.attempt('kato@example.jp', PASSWORD, '10.0.0.3', later)).ok).toBe(true);
  });

  it('rate-limits one address before checking any password', async () => {
    const signIn = new SignIn(accounts, new RateLimiter(2, 60_000));
    await signIn.attempt('sato@example.jp', 'x', '10.0.0.4', new Date());
    await signIn.attempt('sato@example.jp', 'x', '10.0.0.4', new Date());
    expect(await signIn.attempt('sato@example.jp', PASSWORD, '10.0.0.4', new Date())).toMatchObject(
      { ok: false, reason: 'rate_limited' },
    );
  });

  it('one-time invitations work once', async () => {
    const now = new Date();
    const token = await accounts.invite('new@example.jp', now);
    expect((await accounts.findByInvite(token, now))?.email).toBe('new@example.jp');
    await accounts.setPassword('new@example.jp', await hashPassword(PASSWORD));
    expect(await accounts.findByInvite(token, now)).toBeNull();
  });
});
