import { defineConfig } from 'vitest/config';

// The Windows smoke test: the committed bundles under a pinned Windows Node run by Wine
// (test/windows/). Its files end in .wine.ts so that the main suite's pattern never runs them.
export default defineConfig({
  test: {
    include: ['test/windows/**/*.wine.ts'],
    // The first test may make the Wine prefix (about 16 s) and fetch node.exe.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
