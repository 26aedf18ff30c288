// Which folder holds the leases, and whether it can be trusted. Every other local user is
// untrusted (docs/ARCHITECTURE.md, "Threat model"): a folder they own, or one they could swap a
// path component of, is never used, and modes are only ever changed through an open descriptor.
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, parse, sep } from 'node:path';
import { UsageError } from '../errors.js';

export interface LeaseFolder {
  dir: string;
  /** Set when the shared folder could not be used: says why, and what other runs will not see. */
  warning?: string;
}

type Env = Record<string, string | undefined>;
type FolderFacts = Pick<Stats, 'uid' | 'mode'> & { kind: string };

const POSIX = process.platform !== 'win32';
const STICKY = 0o1000;
/** Like /tmp itself: every user may add a file, only its owner may remove it. */
const SHARED_MODE = 0o1777;
const OPEN_FOLDER = constants.O_RDONLY | (constants.O_DIRECTORY ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** The host-wide default: one level, so no second folder inside it can be swapped. */
export function sharedLeaseDir(env: Env = process.env): string {
  if (POSIX) return '/tmp/udo-port';
  return join(env.ProgramData ?? env.ALLUSERSPROFILE ?? 'C:\\ProgramData', 'udo-port', 'leases');
}

/** The user's own folder, out of other users' reach and out of /tmp, where a name can be taken. */
export function ownLeaseDir(env: Env = process.env): string {
  if (!POSIX) {
    return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'udo-port', 'leases');
  }
  if (env.XDG_RUNTIME_DIR) return join(env.XDG_RUNTIME_DIR, 'udo-port');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'udo-port', 'leases');
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'folder';
  if (stat.isSymbolicLink()) return 'symbolic link';
  if (stat.isFile()) return 'regular file';
  return 'special file';
}

/**
 * Why a path component cannot be trusted, or undefined. Trusted: a real folder owned by root or
 * by the running user that nobody else may write to, or only with the sticky bit (as /tmp).
 * Pure, over lstat's facts.
 */
export function distrust(facts: FolderFacts, me: number | undefined): string | undefined {
  if (facts.kind !== 'folder') return `it is a ${facts.kind}`;
  if (me === undefined) return undefined; // Windows: ACLs, not owners and modes, decide.
  if (facts.uid !== 0 && facts.uid !== me) return `it belongs to ${userName(facts.uid)}`;
  if (facts.mode & 0o022 && !(facts.mode & STICKY)) {
    return 'others may write to it and it has no sticky bit, so they could swap what is in it';
  }
  return undefined;
}

/** `uid 1001 (mallory)`: the name from /etc/passwd when it has one. Only read for messages. */
export function userName(uid: number): string {
  try {
    const line = readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find((entry) => entry.split(':')[2] === String(uid));
    const name = line?.split(':')[0];
    return name && /^[\w.-]+$/.test(name) ? `uid ${uid} (${name})` : `uid ${uid}`;
  } catch {
    return `uid ${uid}`;
  }
}

const facts = (stat: Stats): FolderFacts => ({
  uid: stat.uid,
  mode: stat.mode,
  kind: kindOf(stat),
});

/** Why some folder above `dir` (a real path) would let another user swap it, or undefined. */
function distrustAncestors(dir: string, me: number | undefined): string | undefined {
  const { root } = parse(dir);
  let path = root;
  for (const part of dirname(dir).slice(root.length).split(sep).filter(Boolean)) {
    path = join(path, part);
    const why = distrust(facts(lstatSync(path)), me);
    if (why) return `${path}: ${why}`;
  }
  return undefined;
}

/** Makes each missing folder of `dir` in turn: mkdir's own recursion spins on /proc paths. */
function makeFolders(dir: string): boolean {
  const missing: string[] = [];
  for (let path = dir; !lstatSync(path, { throwIfNoEntry: false }); path = dirname(path)) {
    missing.unshift(path);
    if (dirname(path) === path) break;
  }
  // The last one gets its mode through its descriptor, once it is known to be ours.
  for (const path of missing) mkdirSync(path, { mode: path === dir ? 0o700 : 0o755 });
  return missing.includes(dir);
}

/**
 * Opens `dir` without following a link, checks it and every folder above it, and gives it
 * `mode` through the descriptor when asked to and it is ours (mkdir's mode passes through the
 * umask, and a chmod by path could be sent elsewhere by a swapped component).
 */
function trustFolder(dir: string, setMode: boolean, mode: number): string | undefined {
  const me = process.getuid?.();
  let fd: number;
  try {
    fd = openSync(dir, OPEN_FOLDER);
  } catch (error) {
    const stat = lstatSync(dir, { throwIfNoEntry: false });
    if (stat && !stat.isDirectory()) {
      return `it is a ${kindOf(stat)}${POSIX ? ` owned by ${userName(stat.uid)}` : ''}`;
    }
    return `it cannot be opened (${(error as NodeJS.ErrnoException).code})`;
  }
  try {
    let stat = fstatSync(fd);
    if (setMode && POSIX && stat.uid === me && (stat.mode & 0o7777) !== mode) {
      fchmodSync(fd, mode);
      stat = fstatSync(fd);
    }
    return (
      distrust(facts(POSIX ? stat : lstatSync(dir)), me) ??
      distrustAncestors(dir, me) ??
      (POSIX ? birthless(stat) : undefined)
    );
  } finally {
    closeSync(fd);
  }
}

/**
 * Why a folder others may write to cannot be shared on this file system, or undefined: a lease's
 * age is counted from its file's birth time, which its owner cannot renew. Where the file system
 * keeps none (ramfs, NFS, older kernels), the change time is all there is, and a planted lease's
 * owner renews that at will (a chmod, a touch), holding a port past the 24-hour cap. Such a
 * folder is not shared at all; a folder of one's own needs no cap against others.
 */
export function birthless(stat: Pick<Stats, 'mode' | 'birthtimeMs'>): string | undefined {
  if (!(stat.mode & 0o022) || stat.birthtimeMs > 0) return undefined;
  return 'its file system keeps no birth time, so a lease another user plants there could be renewed past the 24-hour cap';
}

function writable(dir: string): string | undefined {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
    return undefined;
  } catch (error) {
    return `it is not writable for you (${(error as NodeJS.ErrnoException).code})`;
  }
}

/**
 * Makes (when missing) and checks a folder. Its parent's real path is used from here on: a
 * link above it, even a trusted one, is resolved once rather than at every lease.
 */
function prepare(
  dir: string,
  mode: number,
  keepMode: 'always' | 'when-made',
): { dir: string } | { why: string } {
  let made = false;
  try {
    made = makeFolders(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') return { why: `it cannot be created (${code ?? error})` };
  }
  let real: string;
  try {
    real = join(realpathSync(dirname(dir)), basename(dir));
  } catch (error) {
    return { why: `its parent cannot be resolved (${(error as NodeJS.ErrnoException).code})` };
  }
  const why = trustFolder(real, made || keepMode === 'always', mode) ?? writable(real);
  return why ? { why } : { dir: real };
}

/**
 * The lease folder: `UDO_PORT_LEASE_DIR` (bad input when it cannot be trusted), else the
 * host-wide folder, else, loudly, the user's own, which other users' runs do not see.
 */
export function chooseLeaseFolder(env: Env = process.env): LeaseFolder {
  const explicit = env.UDO_PORT_LEASE_DIR?.trim();
  if (explicit) {
    const chosen = prepare(explicit, SHARED_MODE, 'when-made');
    if ('why' in chosen) {
      throw new UsageError(`UDO_PORT_LEASE_DIR: "${explicit}" cannot be used: ${chosen.why}`);
    }
    return chosen;
  }
  const shared = sharedLeaseDir(env);
  // Ours and not shared (a 0755 left by an older version): opened up to every user again.
  const chosen = prepare(shared, SHARED_MODE, 'always');
  if (!('why' in chosen)) return chosen;
  const own = prepare(ownLeaseDir(env), 0o700, 'when-made');
  if ('why' in own) {
    throw new UsageError(
      `the shared lease folder ${shared} cannot be used (${chosen.why}), nor your own ${ownLeaseDir(env)} (${own.why}); set UDO_PORT_LEASE_DIR to a folder of yours`,
    );
  }
  const fix = POSIX
    ? `; on a multi-user host, have root make it: sudo install -d -m 1777 -o root ${shared}`
    : '';
  return {
    dir: own.dir,
    warning: `the shared lease folder ${shared} is not used: ${chosen.why}. Leases go to ${own.dir}, which other users' runs do not see, so they may be given the same ports${fix}`,
  };
}
