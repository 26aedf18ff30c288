import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bounds that only catch a hang: two suites at once on a two-core host run a test ten times
    // slower than idle, and every wait inside a test is on a condition, not a duration.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file owns its lease folder and port range, so files run in parallel safely; the range
    // is the file's alone on the host while it runs (test/port-block.ts), so two checkouts can
    // run the suite at once.
    fileParallelism: true,
    setupFiles: ['test/port-block.ts'],
    // `npx vitest run --coverage`: what the in-process tests cover of src/ (the bundles run as
    // child processes, which v8 coverage does not see).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/bin/**'],
      reporter: ['text-summary', 'text'],
      reportOnFailure: true,
    },
  },
});
