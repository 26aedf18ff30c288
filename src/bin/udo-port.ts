#!/usr/bin/env node
// The `udo-port` command: nothing but the call, so src/cli/udo-port.ts runs nothing on import.
import { main } from '../cli/udo-port.js';

process.exitCode = await main(process.argv.slice(2));
