import { defineConfig } from 'vitest/config';

// `npm run test:unit`: the pure tests, in seconds. They start no process, open no socket and run
// no bundle: parsers over recorded tool output, settings, the doctor's diagnoses over facts, the
// env-file reader and writer on files of their own. The main config runs them too.
export default defineConfig({
  test: {
    include: [
      'test/settings.test.ts',
      'test/doctor-suggest.test.ts',
      'test/doctor-unit.test.ts',
      'test/doctor-next-env.test.ts',
      'test/listeners.test.ts',
      'test/env-file.test.ts',
      'test/docs.test.ts',
    ],
    setupFiles: ['test/port-block.ts'],
    // The main config's bounds: a property test runs for seconds on a busy host.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
