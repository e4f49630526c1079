import { describe, expect, it } from 'vitest';
import { newToken, sameOrigin, tokensMatch } from './csrf.ts';

describe('CSRF tokens', () => {
  it('are long, random and URL-safe', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(a);
  });

  it('match only the exact token', () => {
    const token = newToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, `${token.slice(0, -1)}x`)).toBe(false);
    expect(tokensMatch(token, token.slice(1))).toBe(false);
    expect(tokensMatch(token, undefined)).toBe(false);
    expect(tokensMatch('', '')).toBe(false);
    expect(tokensMatch(null, token)).toBe(false);
    expect(tokensMatch(token, [token])).toBe(false);
  });

  it('refuse a post from another origin, allow same-origin and header-less posts', () => {
    expect(sameOrigin('http://127.0.0.1:3000', 'http://127.0.0.1:3000/staff/x')).toBe(true);
    expect(sameOrigin(undefined, 'http://127.0.0.1:3000/staff/x')).toBe(true);
    expect(sameOrigin('https://evil.example', 'http://127.0.0.1:3000/staff/x')).toBe(false);
    expect(sameOrigin('null', 'http://127.0.0.1:3000/staff/x')).toBe(false);
  });
});
