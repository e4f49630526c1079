/**
 * Signing in: a per-address rate limit, a per-account lockout after ten wrong passwords, and
 * the same answer ("wrong email or password") for unknown accounts and wrong passwords.
 */
import { checkPassword } from './passwords.ts';
import { RateLimiter } from './rate-limit.ts';
import type { StaffAccountStore } from './console-store.ts';

export const LOCKOUT_ATTEMPTS = 10;
export const LOCKOUT_MS = 15 * 60_000;

export type SignInResult =
  | { ok: true; email: string; token: string; csrfToken: string; expiresAt: Date }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number }
  | { ok: false; reason: 'locked'; until: Date }
  | { ok: false; reason: 'wrong_credentials' | 'not_set_up' };

export class SignIn {
  // Generous enough for a person who mistypes, tight enough to make guessing slow.
  readonly limiter: RateLimiter;

  constructor(
    private readonly accounts: StaffAccountStore,
    limiter?: RateLimiter,
  ) {
    this.limiter = limiter ?? new RateLimiter(30, 10 * 60_000);
  }

  async attempt(
    email: string,
    password: string,
    address: string,
    now: Date,
  ): Promise<SignInResult> {
    if (!this.limiter.take(address))
      return {
        ok: false,
        reason: 'rate_limited',
        retryAfterSeconds: this.limiter.retryAfterSeconds(address),
      };
    const account = await this.accounts.find(email);
    if (account?.lockedUntil && account.lockedUntil > now) {
      // Locked: no password check at all, so guessing during the lockout learns nothing.
      return { ok: false, reason: 'locked', until: account.lockedUntil };
    }
    const valid = await checkPassword(account?.passwordHash ?? null, password);
    if (!account) return { ok: false, reason: 'wrong_credentials' };
    if (!account.passwordHash) return { ok: false, reason: 'not_set_up' };
    if (!valid) {
      const { locked } = await this.accounts.recordFailure(
        account.email,
        LOCKOUT_ATTEMPTS,
        LOCKOUT_MS,
        now,
      );
      return locked
        ? { ok: false, reason: 'locked', until: new Date(now.getTime() + LOCKOUT_MS) }
        : { ok: false, reason: 'wrong_credentials' };
    }
    await this.accounts.recordSuccess(account.email, now);
    const session = await this.accounts.createSession(account.email, now);
    return { ok: true, email: account.email, ...session };
  }
}
