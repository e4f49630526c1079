/**
 * Test-only fault points (issue 15): with DESK_TEST_PAUSE_AT=<point>, `desk serve` says so on
 * stderr when it reaches that point and waits there forever, so a whole-process test can
 * SIGKILL it at exactly that point instead of guessing with sleeps. Points: `inbox:acked`
 * (recorded and acknowledged, not yet answered), `inbox:answered` (answered, its case open,
 * the answer not queued), `posting:<outbox kind>` (a job claimed, not yet sent).
 */
export function pauseAt(point: string | null): { pause?: (reached: string) => Promise<void> } {
  if (!point) return {};
  return {
    pause: async (reached) => {
      if (reached !== point) return;
      process.stderr.write(`desk: paused at ${reached} (DESK_TEST_PAUSE_AT)\n`);
      await new Promise(() => {});
    },
  };
}
