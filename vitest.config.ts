import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Integration tests that need a network or keys are named *.int.test.ts and kept out.
    exclude: ['test/**/*.int.test.ts', 'src/**/*.int.test.ts', 'node_modules/**'],
    // Generous: tests spawn real processes, and must not fail because the machine is busy.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/setup.ts'],
  },
});
