// The lease files themselves: how they are made whole before anyone sees them, read without
// following links or blocking, judged stale, and locked for a takeover. leases.ts runs the
// protocol over them.
import {
  closeSync,
  constants,
  existsSync,
  fchmodSync,
  fstatSync,
  linkSync,
  lstatSync,
  openSync,
  readSync,
  type Stats,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import {
  currentStartKey,
  isRunning,
  ownStartKey,
  ownStartTime,
  processStartTime,
} from '../process/identity.js';
import { urlFor } from '../project/defaults.js';
import {
  type CiJob,
  type Lease,
  type LeaseRecord,
  type LeaseTerms,
  MAX_LEASE_BYTES,
  staleReason,
} from './record.js';

// Never follow a link planted in a shared folder, never block on a planted FIFO.
export const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
export const CREATE = constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | NOFOLLOW;
export const READ = constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0);
/** A takeover lock older than this was left by a crashed process. */
export const TAKEOVER_LOCK_MS = 5_000;

/** When a file came to be: its birth time where the file system keeps one, else its change time; neither can be set by its owner. */
export const bornAt = (stat: Stats) => (stat.birthtimeMs > 0 ? stat.birthtimeMs : stat.ctimeMs);

export const kindOf = (stat: Stats) =>
  stat.isSymbolicLink() ? 'a symbolic link' : stat.isDirectory() ? 'a folder' : 'a special file';

/**
 * Whether two looks at a lease file saw the same lease: the same lease id, or for a file that is
 * no lease the same inode and mtime (a freed inode is soon reused, so the inode alone is not enough).
 */
export function sameLeaseFile(a: LeaseRecord, b: LeaseRecord): boolean {
  if (a.lease || b.lease) return a.lease?.id === b.lease?.id;
  return a.ino !== undefined && a.ino === b.ino && a.mtimeMs === b.mtimeMs;
}

export async function staleness(lease: Lease, stat: Stats, currentJob: CiJob | undefined) {
  const ownerRunning = isRunning(lease.pid);
  const checkOwner = ownerRunning && lease.lifetime === 'owner';
  const ownerStartKey =
    checkOwner && lease.pidStartKey
      ? await currentStartKey(lease.pid, lease.pidStartKey)
      : undefined;
  return staleReason(lease, {
    now: Date.now(),
    bornAt: bornAt(stat),
    hostname: thisHost(),
    ownerRunning,
    ownerStartKey,
    ownerStartedAt:
      checkOwner && ownerStartKey === undefined ? await processStartTime(lease.pid) : undefined,
    currentJob,
    jobMarkerExists: lease.ci?.marker ? existsSync(lease.ci.marker) : undefined,
  });
}

/**
 * A lease file's text, or why it is not one: only a regular file, opened without following a
 * link or blocking, that is still the file lstat saw, up to a lease's size.
 */
export function readLeaseFile(file: string, seen: Stats): string | { odd: string } {
  if (!seen.isFile()) return { odd: `${kindOf(seen)}, not a lease file` };
  if (seen.size > MAX_LEASE_BYTES)
    return { odd: `larger than any lease file (${seen.size} bytes)` };
  let fd: number;
  try {
    fd = openSync(file, READ);
  } catch (error) {
    return { odd: `cannot be read (${(error as NodeJS.ErrnoException).code})` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.ino !== seen.ino || !stat.isFile()) return { odd: 'changed while being read' };
    const buffer = Buffer.alloc(MAX_LEASE_BYTES);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, MAX_LEASE_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** The user name leases record, for messages and `release --mine` where there are no uids. */
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

export const thisHost = () => {
  hostName ??= hostname();
  return hostName;
};

/**
 * Takes the takeover lock at `path` (made O_EXCL): false when another process holds it. A lock
 * older than TAKEOVER_LOCK_MS was left by a crashed process and is taken over.
 */
export function takeoverLock(path: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      closeSync(openSync(path, CREATE, 0o644));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
      try {
        // By birth, not mtime: a lock planted with an mtime in 2100 is as old as it really is.
        if (Date.now() - bornAt(lstatSync(path)) < TAKEOVER_LOCK_MS) return false;
        unlinkSync(path);
      } catch {}
    }
  }
  return false;
}

/** A new lease of this process on `port`, on `terms`. */
export function draftLease(port: number, terms: LeaseTerms): Lease {
  const now = Date.now();
  return {
    port,
    // The global Web Crypto loads when first used: the doctor, which writes no lease, is spared it.
    id: crypto.randomUUID(),
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
    ...(terms.urlHost && { url: urlFor(terms.urlHost, port) }),
    ...(terms.ci && { ci: terms.ci }),
  };
}

/**
 * Atomic create of the port's file `file` in `dir`: the lease is written whole to a private name,
 * then linked into place, which fails if the port's file exists. No reader ever sees a
 * half-written lease, and no writer ever replaces another's. Returns the file's identity when
 * this call made it, undefined when the port's file exists; throws when the folder cannot be
 * written.
 */
export function writeLeaseFile(
  dir: string,
  file: string,
  lease: Lease,
): { ino: number; mtimeMs: number } | undefined {
  const draft = join(dir, `.${lease.port}.${lease.id}.tmp`);
  let made: { ino: number; mtimeMs: number };
  try {
    const fd = openSync(draft, CREATE, 0o644);
    try {
      // Every user must be able to read it, whatever this process's umask.
      if (process.platform !== 'win32') fchmodSync(fd, 0o644);
      writeSync(fd, `${JSON.stringify(lease)}\n`);
      const { ino, mtimeMs } = fstatSync(fd);
      made = { ino, mtimeMs };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    try {
      unlinkSync(draft);
    } catch {}
    throw error;
  }
  try {
    linkSync(draft, file);
    return made;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}
