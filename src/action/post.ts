import { randomUUID } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { NOFOLLOW, READ } from '../core/leases/files.js';
import { openLeaseRegistry, ownsLease, sameCiJob } from '../core/leases/registry.js';
import { release } from '../core/ports/allocate.js';
import { printable } from '../core/text.js';
import { ciJobFromEnv } from '../github/ci-job.js';
import { logTail, stopBackend, stopByMarker } from './backend.js';
import {
  type SavedBackend,
  type SavedMain,
  savedBackend,
  savedBackendMarker,
  savedLease,
  savedMain,
} from './state.js';

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
  else await stopUnsaved();
  const saved = savedLease();
  if (!saved) {
    const main = savedMain();
    const found = main ? await releaseUnsaved(main) : 0;
    if (!backend && found === 0) core.info('udo-port: no lease to release');
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

/** A main step killed after it spawned the backend but before it saved its pid: found by marker. */
async function stopUnsaved(): Promise<void> {
  const pending = savedBackendMarker();
  if (!pending) return;
  const ended = await stopByMarker(pending.marker);
  if (ended > 0)
    core.info(`udo-port: ended ${ended} process(es) of the backend the main step started`);
}

/**
 * A main step killed between making its lease and saving it: its leases are found in the lease
 * folder by what only they can carry: this job, the action's purpose, the main step's own pid
 * and start key, in a file of this user's. Its half-made drafts (`.<port>.<id>.tmp`, which a
 * kill mid-write leaves) go too. Returns how many leases it released.
 */
async function releaseUnsaved(main: SavedMain): Promise<number> {
  const job = ciJobFromEnv(process.env);
  if (!job) return 0;
  let released = 0;
  try {
    const registry = openLeaseRegistry(process.env, job);
    for (const record of await registry.list()) {
      const lease = record.lease;
      if (!lease?.ci || !sameCiJob(lease.ci, job) || lease.purpose !== 'udo-port action') continue;
      if (lease.pid !== main.pid || lease.pidStartKey !== main.startKey || !ownsLease(record)) {
        continue;
      }
      if (registry.release(lease)) {
        released++;
        core.info(`udo-port: released the lease on port ${lease.port} the main step left`);
      }
    }
    removeDrafts(registry.dir, main.pid);
  } catch (error) {
    core.warning(`udo-port: could not look for the main step's leases: ${describe(error)}`);
  }
  return released;
}

/** Drafts of a lease the main step never linked: its own file, naming its pid. */
function removeDrafts(dir: string, pid: number): void {
  const me = process.getuid?.();
  for (const name of readdirSync(dir)) {
    if (!/^\.\d+\.[\w-]+\.tmp$/.test(name)) continue;
    const file = join(dir, name);
    let text = '';
    try {
      const fd = openSync(file, READ | NOFOLLOW);
      try {
        const stat = fstatSync(fd);
        if (!stat.isFile() || (me !== undefined && stat.uid !== me) || stat.size > 4096) continue;
        const buffer = Buffer.alloc(stat.size);
        text = buffer.toString('utf8', 0, readSync(fd, buffer, 0, stat.size, 0));
      } finally {
        closeSync(fd);
      }
    } catch {
      continue;
    }
    // A draft cut short holds no whole JSON: its pid is read from the text as far as it goes.
    // (An empty one may be another run's, between its open and its write: it is left alone.)
    if (new RegExp(`"pid":${pid}[,}]`).test(text)) {
      try {
        unlinkSync(file);
      } catch {}
    }
  }
}
