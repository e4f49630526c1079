/**
 * A sliding-window limiter for sign-in attempts per client address. It slows password
 * guessing across many accounts; the per-account lockout (sign-in.ts) stops guessing at one.
 * In memory: one `desk serve` process holds the console.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; false when the key has used up its window. */
  take(key: string): boolean {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(now);
    return true;
  }

  /** Seconds until the key may try again (0 when it may now). */
  retryAfterSeconds(key: string): number {
    const recent = (this.hits.get(key) ?? []).filter((at) => this.now() - at < this.windowMs);
    if (recent.length < this.limit) return 0;
    return Math.ceil((recent[0]! + this.windowMs - this.now()) / 1000);
  }

  private prune(now: number): void {
    for (const [key, times] of this.hits)
      if (times.every((at) => now - at >= this.windowMs)) this.hits.delete(key);
  }
}
