#!/usr/bin/env node
// The `udo-doctor` command: nothing but the call, so src/cli/udo-doctor.ts runs nothing on import.
import { main } from '../cli/udo-doctor.js';

process.exitCode = await main(process.argv.slice(2));
