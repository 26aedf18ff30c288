import { randomUUID } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  existsSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { UsageError } from './errors.js';
import {
  isRunning,
  ownStartKey,
  ownStartTime,
  processStartKey,
  processStartTime,
  START_TIME_TOLERANCE_MS,
} from './process-info.js';

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
  /** Linux: the owner's boot id and start tick, compared exactly where present. */
  pidStartKey?: string;
  hostname: string;
  user: string;
  createdAt: string;
  expiresAt: string;
  /** `owner`: ends with the owner process; `ttl`: outlives it (find's hold, the action's step). */
  lifetime: 'owner' | 'ttl';
  purpose?: string;
  cwd?: string;
  ci?: CiJob;
}

/** What a caller decides about a lease; the registry fills in the rest. */
export interface LeaseTerms {
  ttlMs: number;
  lifetime: 'owner' | 'ttl';
  purpose?: string;
  cwd?: string;
  ci?: CiJob;
}

/** A lease file as found: its lease (absent when corrupt) and whether it still holds. */
export interface LeaseRecord {
  port: number;
  file: string;
  lease?: Lease;
  /** Why it no longer holds; absent for a live lease. */
  stale?: string;
  /** The file's inode and mtime: a takeover removes only the very file it judged stale. */
  ino?: number;
  mtimeMs?: number;
}

/** What staleness depends on beyond the lease itself, gathered at the edge. */
export interface LeaseFacts {
  now: number;
  hostname: string;
  ownerRunning: boolean;
  ownerStartedAt?: number | undefined;
  ownerStartKey?: string | undefined;
  currentJob?: CiJob | undefined;
  jobMarkerExists?: boolean | undefined;
}

const LEASE_FILE = /^(\d+)\.json$/;
// Fail on a symlink planted in a shared folder instead of following it.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const CREATE = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | NOFOLLOW;
/** A takeover lock older than this was left by a crashed process. */
const TAKEOVER_LOCK_MS = 10_000;

const sameJob = (a: CiJob, b: CiJob) =>
  a.runId === b.runId && a.runAttempt === b.runAttempt && a.job === b.job;

/** Whether two CI jobs are one: the same job of the same run attempt, on the same runner. */
export const sameCiJob = (a: CiJob, b: CiJob): boolean => a.runner === b.runner && sameJob(a, b);

/**
 * Whether two looks at a lease file saw the same lease: the same lease id, or for an unreadable
 * file the same inode and mtime (a freed inode is soon reused, so the inode alone is not enough).
 */
function sameLeaseFile(a: LeaseRecord, b: LeaseRecord): boolean {
  if (a.lease || b.lease) return a.lease?.id === b.lease?.id;
  return a.ino !== undefined && a.ino === b.ino && a.mtimeMs === b.mtimeMs;
}

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

async function factsAbout(lease: Lease, currentJob: CiJob | undefined): Promise<LeaseFacts> {
  const ownerRunning = isRunning(lease.pid);
  const checkOwner = ownerRunning && lease.lifetime === 'owner';
  const ownerStartKey = checkOwner && lease.pidStartKey ? processStartKey(lease.pid) : undefined;
  return {
    now: Date.now(),
    hostname: thisHost(),
    ownerRunning,
    ownerStartKey,
    ownerStartedAt:
      checkOwner && ownerStartKey === undefined ? await processStartTime(lease.pid) : undefined,
    currentJob,
    jobMarkerExists: lease.ci?.marker ? existsSync(lease.ci.marker) : undefined,
  };
}

function isLease(value: unknown, port: number): value is Lease {
  const lease = value as Lease;
  return (
    typeof lease === 'object' &&
    lease !== null &&
    lease.port === port &&
    typeof lease.id === 'string' &&
    Number.isInteger(lease.pid) &&
    typeof lease.expiresAt === 'string' &&
    !Number.isNaN(Date.parse(lease.expiresAt))
  );
}

/** The user name leases record, so `release --mine` can find one's own. */
export function currentUser(): string {
  if (userName === undefined) {
    try {
      userName = userInfo().username;
    } catch {
      userName =
        process.env.USER ?? process.env.USERNAME ?? String(process.getuid?.() ?? 'unknown');
    }
  }
  return userName;
}

let userName: string | undefined;
let hostName: string | undefined;

const thisHost = () => {
  hostName ??= hostname();
  return hostName;
};

/**
 * Files this process created, by inode and mtime: releasing one of them takes one lstat instead
 * of reading it back, which is a third of what a lease costs an allocation.
 */
const madeHere = new WeakMap<Pick<Lease, 'port' | 'id'>, { ino: number; mtimeMs: number }>();

/** The host-wide lease registry: one file per leased port, created atomically. */
export class LeaseRegistry {
  /** Set when the shared folder could not be used and a per-user one stands in. */
  readonly warning: string | undefined;

  constructor(
    readonly dir: string,
    warning?: string,
    /** The CI job this process runs in, so leases of the runner's earlier jobs count as stale. */
    private readonly currentJob?: CiJob,
  ) {
    this.warning = warning;
  }

  private file(port: number) {
    return join(this.dir, `${port}.json`);
  }

  /** The lease file for a port as it stands now, or undefined when there is none. */
  async inspect(
    port: number,
    corruptTtlMs = DEFAULT_CORRUPT_TTL_MS,
  ): Promise<LeaseRecord | undefined> {
    const file = this.file(port);
    let text: string;
    let mtimeMs: number;
    let ino: number;
    try {
      const fd = openSync(file, constants.O_RDONLY | NOFOLLOW);
      try {
        ({ mtimeMs, ino } = fstatSync(fd));
        text = readFileSync(fd, 'utf8');
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      // A symlink or unreadable file in the shared folder: not ours to trust, not ours to use.
      return { port, file };
    }
    let lease: unknown;
    try {
      lease = JSON.parse(text);
    } catch {}
    if (!isLease(lease, port)) {
      // Possibly a lease being written this very moment: it holds until mtime + TTL.
      const corruptUntil = mtimeMs + corruptTtlMs;
      return corruptUntil <= Date.now()
        ? { port, file, ino, mtimeMs, stale: 'corrupt lease file, older than its TTL' }
        : { port, file, ino, mtimeMs };
    }
    const stale = staleReason(lease, await factsAbout(lease, this.currentJob));
    return stale ? { port, file, ino, mtimeMs, lease, stale } : { port, file, ino, mtimeMs, lease };
  }

  /**
   * Takes the lease on a port, or returns the record that holds it. A stale lease is taken over
   * under a short-lived lock, so two processes that both judged it stale cannot both win.
   */
  async claim(port: number, terms: LeaseTerms): Promise<Lease | LeaseRecord> {
    const lease = this.draft(port, terms);
    if (this.create(lease)) return lease;
    const held = await this.inspect(port, terms.ttlMs);
    if (!held) return this.create(lease) ? lease : { port, file: this.file(port) };
    if (!held.stale) return held;
    const lock = `${this.file(port)}.takeover`;
    if (!this.lock(lock)) return held;
    try {
      const again = await this.inspect(port, terms.ttlMs);
      if (again && (!again.stale || !sameLeaseFile(again, held))) return again;
      if (again && !this.removeStale(again)) return this.inspect(port).then((now) => now ?? held);
      return this.create(lease) ? lease : { port, file: this.file(port) };
    } finally {
      try {
        unlinkSync(lock);
      } catch {}
    }
  }

  /**
   * Removes the lease file judged stale, and only that one: its owner may release it and another
   * process create a fresh lease between the judgement and the removal. The file is moved aside
   * first and put back when it turns out to be another (newer) file.
   */
  private removeStale(stale: LeaseRecord): boolean {
    const aside = `${stale.file}.${randomUUID()}.removed`;
    try {
      renameSync(stale.file, aside);
    } catch (error) {
      // Gone already: the port is free to claim. Not ours to move (a sticky folder): taken.
      return (error as NodeJS.ErrnoException).code === 'ENOENT';
    }
    if (!sameLeaseFile(this.recordOf(aside, stale.port), stale)) {
      try {
        linkSync(aside, stale.file);
      } catch {}
      unlinkSync(aside);
      return false;
    }
    unlinkSync(aside);
    return true;
  }

  /** A lease file read as-is, for identity checks. */
  private recordOf(file: string, port: number): LeaseRecord {
    try {
      const { ino, mtimeMs } = lstatSync(file);
      let lease: unknown;
      try {
        lease = JSON.parse(readFileSync(file, 'utf8'));
      } catch {}
      return isLease(lease, port)
        ? { port, file, ino, mtimeMs, lease }
        : { port, file, ino, mtimeMs };
    } catch {
      return { port, file };
    }
  }

  /** Drops a lease if it is still the one given; true when it was removed. */
  release(lease: Pick<Lease, 'port' | 'id'>): boolean {
    const file = this.file(lease.port);
    try {
      const made = madeHere.get(lease);
      if (made) {
        const now = lstatSync(file, { throwIfNoEntry: false });
        if (now?.ino !== made.ino || now.mtimeMs !== made.mtimeMs) return false;
      } else if ((JSON.parse(readFileSync(file, 'utf8')) as Lease).id !== lease.id) {
        return false;
      }
      unlinkSync(file);
      return true;
    } catch {
      return false;
    }
  }

  /** Drops whatever lease file a port has; true when one was removed. */
  releasePort(port: number): boolean {
    try {
      unlinkSync(this.file(port));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw new UsageError(
        `lease for port ${port}: ${this.file(port)} cannot be removed (${(error as NodeJS.ErrnoException).code})`,
      );
    }
  }

  /** Every lease file in the folder, live and stale, by port. */
  async list(): Promise<LeaseRecord[]> {
    const ports = readdirSync(this.dir)
      .map((name) => LEASE_FILE.exec(name)?.[1])
      .filter((port): port is string => port !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    const records = await Promise.all(ports.map((port) => this.inspect(port)));
    return records.filter((record): record is LeaseRecord => record !== undefined);
  }

  private draft(port: number, terms: LeaseTerms): Lease {
    const now = Date.now();
    return {
      port,
      id: randomUUID(),
      pid: process.pid,
      pidStartedAt: ownStartTime(),
      ...(ownStartKey() && { pidStartKey: ownStartKey() }),
      hostname: thisHost(),
      user: currentUser(),
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + terms.ttlMs).toISOString(),
      lifetime: terms.lifetime,
      ...(terms.purpose && { purpose: terms.purpose }),
      ...(terms.cwd && { cwd: terms.cwd }),
      ...(terms.ci && { ci: terms.ci }),
    };
  }

  /** Atomic create: true when this call made the file. */
  private create(lease: Lease): boolean {
    let fd: number;
    try {
      fd = openSync(this.file(lease.port), CREATE, 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw this.unusable(error);
    }
    try {
      writeSync(fd, `${JSON.stringify(lease)}\n`);
      const { ino, mtimeMs } = fstatSync(fd);
      madeHere.set(lease, { ino, mtimeMs });
    } catch (error) {
      closeSync(fd);
      unlinkSync(this.file(lease.port));
      throw this.unusable(error);
    }
    closeSync(fd);
    return true;
  }

  private lock(path: string): boolean {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        closeSync(openSync(path, CREATE, 0o644));
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
        try {
          if (Date.now() - lstatSync(path).mtimeMs < TAKEOVER_LOCK_MS) return false;
          unlinkSync(path);
        } catch {}
      }
    }
    return false;
  }

  private unusable(error: unknown) {
    return new UsageError(
      `lease folder ${this.dir} cannot be written (${(error as NodeJS.ErrnoException).code ?? error}); set UDO_PORT_LEASE_DIR to a writable folder`,
    );
  }
}

/** How long a corrupt lease file holds its port when the caller names no TTL. */
const DEFAULT_CORRUPT_TTL_MS = 10 * 60_000;

/** The host-wide default: every user and runner of the host must see the same folder. */
function sharedLeaseDir(env: Record<string, string | undefined> = process.env): string {
  if (process.platform === 'win32') {
    return join(env.ProgramData ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData', 'udo-port', 'leases');
  }
  return '/tmp/udo-port/leases';
}

function usableDir(dir: string): boolean {
  const stat = lstatSync(dir);
  if (!stat.isDirectory()) return false;
  accessSync(dir, constants.W_OK | constants.X_OK);
  return true;
}

/** Creates a folder every user can add to, like /tmp itself: world-writable and sticky. */
function ensureShared(dir: string, parent: string) {
  for (const level of [parent, dir]) {
    try {
      mkdirSync(level, { mode: 0o1777 });
      if (process.platform !== 'win32') chmodSync(level, 0o1777); // mkdir's mode passes through umask.
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * The per-user stand-in for the shared folder. Its path in a shared temp folder is predictable,
 * so a folder someone else made there first is refused rather than trusted.
 */
function ownLeaseDir(): string {
  const parent = join(tmpdir(), `udo-port-${currentUser()}`);
  const own = join(parent, 'leases');
  try {
    mkdirSync(own, { recursive: true, mode: 0o700 });
    const stat = lstatSync(parent);
    const uid = process.getuid?.();
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid)) {
      throw Object.assign(new Error(), { code: 'not owned by this user' });
    }
    accessSync(own, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new UsageError(
      `lease folder ${own} cannot be used (${(error as NodeJS.ErrnoException).code ?? error}); set UDO_PORT_LEASE_DIR to a writable folder`,
    );
  }
  return own;
}

const opened = new Map<string, LeaseRegistry>();

/**
 * The registry at `UDO_PORT_LEASE_DIR`, else the host-wide folder, else (with a warning) a
 * per-user folder. An explicit folder that cannot be used is bad input, not a fallback.
 */
export function openLeaseRegistry(
  env: Record<string, string | undefined> = process.env,
  currentJob?: CiJob,
): LeaseRegistry {
  const explicit = env.UDO_PORT_LEASE_DIR?.trim();
  const key = `${explicit ?? ''}\0${currentJob ? JSON.stringify(currentJob) : ''}`;
  const known = opened.get(key);
  if (known) return known;
  let registry: LeaseRegistry;
  if (explicit) {
    try {
      mkdirSync(explicit, { recursive: true });
      if (!usableDir(explicit)) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    } catch (error) {
      throw new UsageError(
        `UDO_PORT_LEASE_DIR: "${explicit}" cannot be used as the lease folder (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    }
    registry = new LeaseRegistry(explicit, undefined, currentJob);
  } else {
    const shared = sharedLeaseDir(env);
    try {
      ensureShared(shared, join(shared, '..'));
      if (!usableDir(shared)) throw Object.assign(new Error(), { code: 'ENOTDIR' });
      registry = new LeaseRegistry(shared, undefined, currentJob);
    } catch (error) {
      const own = ownLeaseDir();
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      registry = new LeaseRegistry(
        own,
        `the shared lease folder ${shared} cannot be used (${code}); using ${own}, which other users' runs do not see`,
        currentJob,
      );
    }
  }
  opened.set(key, registry);
  return registry;
}
