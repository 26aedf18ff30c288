import { defineConfig } from 'vitest/config';

// The Windows tests: the committed bundles under a pinned Windows Node run by Wine (test/windows/:
// the smoke test, and Korean Windows with code page 949, mingw-built programs and a real Ctrl+C).
// Their files end in .wine.ts so that the main suite's pattern never runs them.
export default defineConfig({
  test: {
    include: ['test/windows/**/*.wine.ts'],
    // The first test may make the Wine prefix (about 16 s) and fetch node.exe.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
