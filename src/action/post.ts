import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { release } from '../core/allocate.js';
import { printable } from '../core/text.js';
import { logTail, stopBackend } from './backend.js';
import { type SavedBackend, savedBackend, savedLease } from './state.js';

const describe = (error: unknown) =>
  printable(error instanceof Error ? error.message : String(error));

/** Prints untrusted text: `::stop-commands::` keeps the runner from reading any line as a command. */
function printVerbatim(lines: string[]): void {
  // Unguessable: a line of the log that knew it could turn commands back on.
  const token = `udo-port-${randomUUID()}`;
  core.info(`::stop-commands::${token}`);
  for (const line of lines) core.info(printable(line));
  core.info(`::${token}::`);
}

async function stop(backend: SavedBackend): Promise<void> {
  try {
    core.info(`udo-port: the backend (PID ${backend.pid}) ${await stopBackend(backend)}`);
  } catch (error) {
    core.warning(`udo-port: could not stop the backend (PID ${backend.pid}): ${describe(error)}`);
  }
  const tail = logTail(backend.logFile, 50);
  core.startGroup(`udo-port: the last ${tail.length} lines of the backend's output`);
  core.info(printable(backend.logFile));
  printVerbatim(tail);
  core.endGroup();
}

/**
 * The post step: stops the backend the main step started (whether main succeeded, failed after
 * starting it, or the job was cancelled), then releases the lease. A lease already gone (handed
 * over, expired, taken over) is fine. It never fails the job: what it cannot undo ends anyway
 * (a lease expires, the runner ends a job's leftover processes).
 */
export async function post(): Promise<void> {
  const backend = savedBackend();
  if (backend) await stop(backend);
  const saved = savedLease();
  if (!saved) {
    if (!backend) core.info('udo-port: no lease to release');
    return;
  }
  try {
    const released = release({ lease: saved, leaseFile: saved.file });
    core.info(
      released
        ? `udo-port: released the lease on port ${saved.port}`
        : `udo-port: the lease on port ${saved.port} was already gone`,
    );
  } catch (error) {
    core.warning(`udo-port: could not release the lease: ${describe(error)}`);
  }
}
