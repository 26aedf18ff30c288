import * as core from '@actions/core';
import { release } from '../core/allocate.js';
import { printable } from '../core/text.js';
import { savedLease } from './state.js';

/** Releases the main step's lease; a lease already gone (expired, released, taken over) is fine. */
export function run(): void {
  const saved = savedLease();
  if (!saved) {
    core.info('udo-port: no lease to release');
    return;
  }
  const released = release({ lease: saved, leaseFile: saved.file });
  core.info(
    released
      ? `udo-port: released the lease on port ${saved.port}`
      : `udo-port: the lease on port ${saved.port} was already gone`,
  );
}

try {
  run();
} catch (error) {
  // Never fail a job in its cleanup: an unreleased lease expires on its own.
  core.warning(
    printable(
      `udo-port: could not release the lease: ${error instanceof Error ? error.message : error}`,
    ),
  );
}
