/** An option a command does not take gets one line and the usage, never a stack trace. */
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('desk usage errors', () => {
  it('--help on a command without help of its own prints the usage and exits 0', async () => {
    const result = await run(['eval', '--help']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Usage: desk <command>/);
  });

  it('an unknown option is named in one line, then the usage, exit 2', async () => {
    const result = await run(['ask', '--bogus', 'x']);
    expect(result.code).toBe(2);
    expect(result.err.split('\n')[0]).toBe("Unknown option '--bogus'.");
    expect(result.err).not.toMatch(/at .*\.ts:\d+/);
  });
});
