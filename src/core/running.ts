// The backends `udo-port start` runs, as its leases record them: start keeps its lease for as
// long as the backend runs, so the lease folder is also the list of running backends.
import type { Lease, LeaseRecord } from './leases.js';
import { samePath } from './same-path.js';

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
}

const started = (record: LeaseRecord): record is LeaseRecord & { lease: Lease } =>
  record.lease?.purpose === START_PURPOSE;

const backendOf = ({ lease }: { lease: Lease }): StartedBackend => ({
  port: lease.port,
  startPid: lease.pid,
  cwd: lease.cwd,
  url: lease.url,
  since: lease.createdAt,
  lease,
});

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
