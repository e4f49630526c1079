/**
 * CSRF tokens. Signed-in forms carry the token stored with the session (session-bound); the
 * sign-in form, before any session exists, uses a double-submit cookie. Both compare in
 * constant time so the check leaks nothing about the expected token.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export const CSRF_FIELD = 'csrf';
export const PRE_SESSION_COOKIE = 'desk_presign';

export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** True only when both are present and equal. */
export function tokensMatch(expected: string | null | undefined, given: unknown): boolean {
  if (typeof expected !== 'string' || typeof given !== 'string' || expected.length === 0)
    return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * A cross-site form post that SameSite=Lax would still let through (top-level POST from a
 * subdomain, an old browser) names another origin; refuse it even with a token.
 */
export function sameOrigin(originHeader: string | undefined, requestUrl: string): boolean {
  if (!originHeader || originHeader === 'null') return originHeader === undefined;
  try {
    return new URL(originHeader).host === new URL(requestUrl).host;
  } catch {
    return false;
  }
}
