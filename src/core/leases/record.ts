// What a lease says and when it stops holding: pure functions over the record, no file I/O.
// docs/ARCHITECTURE.md ("Leases") describes the file format and the staleness rules.
import { START_TIME_TOLERANCE_MS } from '../process/identity.js';
import { printable } from '../text.js';

/** The CI job a lease belongs to; a runner runs one job at a time. */
export interface CiJob {
  runner: string;
  runId: string;
  runAttempt: string;
  job: string;
  /** A file in the runner's per-job temp folder: the runner empties it when the job ends. */
  marker?: string;
}

/** One leased port, as stored in `<dir>/<port>.json`. */
export interface Lease {
  port: number;
  id: string;
  pid: number;
  /** The owner's start time (ms since the epoch): a reused pid is another owner. */
  pidStartedAt: number;
  /**
   * The owner's identity beyond its pid, compared exactly where present: Linux's boot id and
   * start tick; Windows' `pipe:<token>`, the named pipe the owner holds for its life.
   */
  pidStartKey?: string;
  hostname: string;
  user: string;
  createdAt: string;
  expiresAt: string;
  /** `owner`: ends with the owner process; `ttl`: outlives it (find's hold, the action's step). */
  lifetime: 'owner' | 'ttl';
  purpose?: string;
  cwd?: string;
  /** The URL the port is served at, as the frontend is told it. */
  url?: string;
  ci?: CiJob;
}

/** What a caller decides about a lease; the registry fills in the rest. */
export interface LeaseTerms {
  ttlMs: number;
  lifetime: 'owner' | 'ttl';
  purpose?: string;
  cwd?: string;
  /** The URL's host: the lease records `http://<urlHost>:<port>`. */
  urlHost?: string;
  ci?: CiJob;
}

/** A lease file as found: its lease (absent when it is not a readable lease) and whether it holds. */
export interface LeaseRecord {
  port: number;
  file: string;
  lease?: Lease;
  /** Why it no longer holds; absent for a live lease. */
  staleReason?: string;
  /** Who owns the file (POSIX): the one fact in it that its writer cannot forge. */
  uid?: number;
  /** The file's inode and mtime: a takeover removes only the very file it judged stale. */
  ino?: number;
  mtimeMs?: number;
}

/** What staleness depends on beyond the lease itself, gathered at the edge. */
export interface LeaseFacts {
  now: number;
  /** When the lease file came to be (its birth time, else its change time): not forgeable. */
  bornAt: number;
  hostname: string;
  ownerRunning: boolean;
  ownerStartedAt?: number | undefined;
  ownerStartKey?: string | undefined;
  currentJob?: CiJob | undefined;
  jobMarkerExists?: boolean | undefined;
}

/**
 * No lease holds its port longer than this, counted from when its file came to be, whatever
 * expiry it claims: a lease planted with an expiry in 9999 or a forever-live owner (pid 1)
 * buys a day at most. Every face rejects a longer TTL.
 */
export const LONGEST_LEASE_MS = 24 * 3600_000;

/** A lease file is a few hundred bytes; anything larger is not one of ours. */
export const MAX_LEASE_BYTES = 4096;

const sameJob = (a: CiJob, b: CiJob) =>
  a.runId === b.runId && a.runAttempt === b.runAttempt && a.job === b.job;

/** Whether two CI jobs are one: the same job of the same run attempt, on the same runner. */
export const sameCiJob = (a: CiJob, b: CiJob): boolean => a.runner === b.runner && sameJob(a, b);

/** Who holds a lease, for every face's messages: `PID 5 (udo-port find) in /p, until <time>`. */
export function describeLease(lease: Lease): string {
  const purpose = lease.purpose ? ` (${lease.purpose})` : '';
  const cwd = lease.cwd ? ` in ${lease.cwd}` : '';
  const runner = lease.ci ? `, runner ${lease.ci.runner}` : '';
  return `PID ${lease.pid}${purpose}${cwd}${runner}, until ${lease.expiresAt}`;
}

/** Why a lease no longer holds, or undefined while it does. Pure. */
export function staleReason(lease: Lease, facts: LeaseFacts): string | undefined {
  if (Date.parse(lease.expiresAt) <= facts.now) return `expired at ${lease.expiresAt}`;
  if (facts.bornAt + LONGEST_LEASE_MS <= facts.now) {
    return `held since ${new Date(facts.bornAt).toISOString()}, longer than any lease may (${LONGEST_LEASE_MS / 3600_000} h)`;
  }
  const here = lease.hostname === facts.hostname;
  if (here && lease.lifetime === 'owner') {
    if (!facts.ownerRunning) return `owner PID ${lease.pid} has exited`;
    const exact = lease.pidStartKey !== undefined && facts.ownerStartKey !== undefined;
    if (
      exact
        ? lease.pidStartKey !== facts.ownerStartKey
        : facts.ownerStartedAt !== undefined &&
          Math.abs(facts.ownerStartedAt - lease.pidStartedAt) > START_TIME_TOLERANCE_MS
    ) {
      return `owner PID ${lease.pid} has exited (the pid now belongs to another process)`;
    }
  }
  if (lease.ci) {
    const { currentJob } = facts;
    if (currentJob && currentJob.runner === lease.ci.runner && !sameJob(currentJob, lease.ci)) {
      return `runner ${lease.ci.runner} has moved on from job ${lease.ci.job} of run ${lease.ci.runId}`;
    }
    if (here && facts.jobMarkerExists === false) return `CI job ${lease.ci.job} has ended`;
  }
  return undefined;
}

const optionalText = (value: unknown) => value === undefined || typeof value === 'string';

function isCiJob(value: unknown): value is CiJob {
  const job = value as CiJob;
  return (
    typeof job === 'object' &&
    job !== null &&
    ['runner', 'runId', 'runAttempt', 'job'].every(
      (key) => typeof job[key as keyof CiJob] === 'string',
    ) &&
    optionalText(job.marker)
  );
}

function isLease(value: unknown, port: number): value is Lease {
  const lease = value as Lease;
  return (
    typeof lease === 'object' &&
    lease !== null &&
    lease.port === port &&
    typeof lease.id === 'string' &&
    Number.isInteger(lease.pid) &&
    lease.pid > 0 &&
    typeof lease.pidStartedAt === 'number' &&
    optionalText(lease.pidStartKey) &&
    typeof lease.hostname === 'string' &&
    typeof lease.user === 'string' &&
    typeof lease.expiresAt === 'string' &&
    !Number.isNaN(Date.parse(lease.expiresAt)) &&
    typeof lease.createdAt === 'string' &&
    (lease.lifetime === 'owner' || lease.lifetime === 'ttl') &&
    optionalText(lease.purpose) &&
    optionalText(lease.cwd) &&
    optionalText(lease.url) &&
    (lease.ci === undefined || isCiJob(lease.ci))
  );
}

/**
 * The lease in a file's text, or undefined when it is not a well-formed lease for `port`. Any
 * user of the host can write a lease file, so every text field is made printable here, once:
 * no face can then pass a planted newline or escape on to a terminal or a runner's log.
 */
export function parseLease(text: string, port: number): Lease | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isLease(value, port)) return undefined;
  const { purpose, cwd, url, ci } = value;
  return {
    ...value,
    id: printable(value.id),
    hostname: printable(value.hostname),
    user: printable(value.user),
    expiresAt: printable(value.expiresAt),
    createdAt: printable(value.createdAt),
    ...(value.pidStartKey !== undefined && { pidStartKey: printable(value.pidStartKey) }),
    ...(purpose !== undefined && { purpose: printable(purpose) }),
    ...(cwd !== undefined && { cwd: printable(cwd) }),
    ...(url !== undefined && { url: printable(url) }),
    ...(ci && {
      ci: {
        runner: printable(ci.runner),
        runId: printable(ci.runId),
        runAttempt: printable(ci.runAttempt),
        job: printable(ci.job),
        ...(ci.marker !== undefined && { marker: ci.marker }),
      },
    }),
  };
}
