#!/usr/bin/env node
// The `udo-doctor` command: nothing but the call, so src/cli/udo-doctor.ts runs nothing on import.
// No top-level await: the bundle is CommonJS, which V8's code cache can hold on Node 20.
import { main } from '../cli/udo-doctor.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
