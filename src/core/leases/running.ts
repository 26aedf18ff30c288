// The backends `udo-port start` runs, as its leases record them: start keeps its lease for as
// long as the backend runs, so the lease folder is also the list of running backends.

import { samePath } from '../project/same-path.js';
import type { Lease, LeaseRecord } from './registry.js';

/** What start's leases say they are for. */
export const START_PURPOSE = 'udo-port start';

export interface StartedBackend {
  port: number;
  /** The `udo-port start` process that runs it. */
  startPid: number;
  cwd: string | undefined;
  url: string | undefined;
  since: string;
  lease: Lease;
  /** Who owns its lease file (POSIX): the one fact in it its writer cannot forge. */
  fileUid?: number;
}

const started = (record: LeaseRecord): record is LeaseRecord & { lease: Lease } =>
  record.lease?.purpose === START_PURPOSE;

const backendOf = ({ lease, uid }: { lease: Lease; uid?: number }): StartedBackend => ({
  port: lease.port,
  startPid: lease.pid,
  cwd: lease.cwd,
  url: lease.url,
  since: lease.createdAt,
  lease,
  ...(uid !== undefined && { fileUid: uid }),
});

/**
 * Why a start lease is no proof that its process may be ended by `callerUid`, or undefined when
 * it is: any user can write a lease naming any pid, so only a file of the caller's own (or
 * root's) counts, and only when the process runs as that file's owner and is the very one
 * that made it (its exact start key, or its start time where no key is kept). Pure: the
 * process's uid and current start are gathered by the caller.
 */
export function unvouched(
  backend: StartedBackend,
  callerUid: number | undefined,
  process: { uid?: number | undefined; startKey?: string | undefined },
): string | undefined {
  const { fileUid, lease } = backend;
  if (callerUid !== undefined && fileUid !== undefined && fileUid !== callerUid && fileUid !== 0) {
    return `its lease file belongs to uid ${fileUid}, not to you or root`;
  }
  if (fileUid !== undefined && process.uid !== undefined && process.uid !== fileUid) {
    return `PID ${lease.pid} runs as uid ${process.uid}, not as the lease file's owner (uid ${fileUid})`;
  }
  if (lease.pidStartKey !== undefined && process.startKey !== lease.pidStartKey) {
    return `PID ${lease.pid} is not the process that made the lease`;
  }
  if (lease.pidStartKey === undefined && process.startKey !== undefined) {
    return `the lease does not say when PID ${lease.pid} started, so it cannot be told from another process`;
  }
  return undefined;
}

/** The backends start runs now, from live leases. Pure over the registry's records. */
export function runningBackends(records: readonly LeaseRecord[]): StartedBackend[] {
  return records
    .filter(started)
    .filter((r) => !r.staleReason)
    .map(backendOf);
}

/**
 * Backends whose `udo-port start` has ended without ending them (it was killed where no
 * watchdog runs: Windows, or a kill in the first milliseconds): their leases are stale because
 * their owner is gone. Whether the port is still held is for the caller to test.
 */
export function leftBehind(records: readonly LeaseRecord[], cwd?: string): StartedBackend[] {
  return records
    .filter(started)
    .filter((r) => /^owner PID \d+ has exited/.test(r.staleReason ?? ''))
    .filter((r) => cwd === undefined || samePath(r.lease.cwd, cwd))
    .map(backendOf);
}
