import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
  it('allows `limit` attempts per window per key, then refuses until the window slides', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.take('10.0.0.1'))).toEqual([true, true, true]);
    expect(limiter.take('10.0.0.1')).toBe(false);
    expect(limiter.take('10.0.0.2')).toBe(true);
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(60);
    now += 30_000;
    expect(limiter.take('10.0.0.1')).toBe(false);
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(30);
    now += 30_001;
    expect(limiter.retryAfterSeconds('10.0.0.1')).toBe(0);
    expect(limiter.take('10.0.0.1')).toBe(true);
  });
});
