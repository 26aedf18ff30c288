// Reading env files safely, and the errors every env-file operation words the same way.
import { isUtf8 } from 'node:buffer';
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  type Stats,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { printable } from '../text.js';
import {
  type Destination,
  destinationOf,
  type HeldFolder,
  holdFolder,
  linkRefusal,
} from './destination.js';
import {
  decodeKeepingBytes,
  decodeUtf16,
  describeUtf16,
  detectUtf16,
  type Utf16,
} from './encoding.js';
import { parseEnv } from './text.js';

export function where(path: string, label?: string): string {
  // A path may hold anything a user typed: a NUL, a newline, an escape.
  return label ? `${label}: ${printable(path)}` : printable(path);
}

/** An fs or spawn error's string code (`ENOENT`), if it has one. */
export function codeOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
    ? err.code
    : undefined;
}

/** A short reason for an fs error (or one that carries its own); never includes file contents. */
export function problem(err: unknown): string {
  const reason = (err as { reason?: unknown } | undefined)?.reason;
  if (typeof reason === 'string') return reason;
  const code = codeOf(err);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return code ?? (err instanceof Error ? err.message : String(err));
  }
}

export function fsError(action: string, path: string, label: string | undefined, err: unknown) {
  if (err instanceof UsageError) return err;
  if (codeOf(err) === 'EISDIR') return new UsageError(`${where(path, label)} is a directory`);
  return new UsageError(`${where(path, label)} cannot be ${action} (${problem(err)})`);
}

// ---------------------------------------------------------------------------------------------
// Reading. Another local user may put a FIFO, a device or a huge file where an env file belongs.

/** Env files hold a few lines: anything bigger is refused rather than read into memory. */
const MAX_BYTES = 1024 * 1024;
const TOO_BIG = 'is over 1 MiB, too big for an env file';

// Absent on Windows, where none of them applies.
export const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
export const NONBLOCK = constants.O_NONBLOCK ?? 0;
export const NOCTTY = constants.O_NOCTTY ?? 0;
export const DIRECTORY = constants.O_DIRECTORY ?? 0;
export const READ = constants.O_RDONLY | NONBLOCK | NOCTTY;
export const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW;

/** Why a file is not read: short, and as the rest of a line that starts with its path. */
interface Refusal {
  state: 'refused';
  /** Short, for "cannot be read (...)": `is a FIFO, not a regular file`, `permission denied`. */
  problem: string;
  /** The rest of a line that starts with the path: `is a FIFO, not a regular file`. */
  message: string;
}

/** What stands where a project file should be, read carefully (see projectFileBytes). */
export type ProjectFileBytes =
  | { state: 'missing' }
  | { state: 'read'; bytes: Buffer; stat: Stats }
  | Refusal;

/** A UTF-16 file: refused, since Next.js and dotenv read env files only as UTF-8. */
export interface Utf16File extends Utf16 {
  /** Its text, or undefined when it is not whole UTF-16 (an odd byte, a lone surrogate). */
  text: string | undefined;
  stat: Stats;
}

/** What stands where an env file should be. */
export type EnvFileContents =
  | { state: 'missing' }
  | {
      state: 'read';
      /**
       * The bytes as text, every byte kept (see env-encoding.ts): UTF-8 as UTF-8, any other byte
       * as a lone surrogate, so that writing the text back gives the same bytes.
       */
      text: string;
      /** False when some bytes are not UTF-8 (CP949, Latin-1): Next.js reads them as U+FFFD. */
      utf8: boolean;
      stat: Stats;
    }
  | (Refusal & { utf16?: Utf16File });

/** Why a file of this type or size is not read; undefined when it can be. */
export function typeProblem(stat: Stats, limit = MAX_BYTES, tooBig = TOO_BIG): string | undefined {
  if (stat.isFile()) {
    return stat.size > limit ? tooBig : undefined;
  }
  if (stat.isDirectory()) return 'is a directory';
  const kind = stat.isFIFO()
    ? 'a FIFO'
    : stat.isCharacterDevice()
      ? 'a character device'
      : stat.isBlockDevice()
        ? 'a block device'
        : stat.isSocket()
          ? 'a socket'
          : stat.isSymbolicLink()
            ? 'a symbolic link'
            : 'of an unknown type';
  return `is ${kind}, not a regular file`;
}

function refusedAs(typeOrSize: string): Refusal {
  return { state: 'refused', problem: typeOrSize, message: typeOrSize };
}

function cannotRead(err: unknown): Refusal {
  const why = problem(err);
  return { state: 'refused', problem: why, message: `cannot be read (${why})` };
}

/** The bytes of an open file, or undefined past the cap: stat sizes can lie (procfs) or grow. */
function bytesUpTo(fd: number, sizeHint: number, cap: number): Buffer | undefined {
  let buf = Buffer.allocUnsafe(Math.min(sizeHint, cap) + 1);
  let length = 0;
  for (;;) {
    if (length === buf.length) {
      if (length > cap) return undefined;
      const bigger = Buffer.allocUnsafe(Math.min(length * 2, cap + 1));
      buf.copy(bigger, 0, 0, length);
      buf = bigger;
    }
    const read = readSync(fd, buf, length, buf.length - length, null);
    if (read === 0) return buf.subarray(0, length);
    length += read;
  }
}

export interface CarefulRead {
  /** false: a symlink is refused (the writer has resolved the path itself). */
  follow?: boolean;
  /** The size bound, and the words for a file past it (`is over 1 MiB, too big for ...`). */
  maxBytes?: number;
  tooBig?: string;
}

/**
 * The one careful reader of files in a project (env files, .gitignore, compose files,
 * pyvenv.cfg): never blocks, never opens what is not a regular file, never reads past a bound.
 * A FIFO, device or socket is refused from its stat, unopened (opening some devices acts: a tape
 * rewinds, a watchdog arms). The open is non-blocking and the type checked again on the
 * descriptor, for one swapped in after the stat; the read stops at the bound, whatever the size
 * claimed. A symlink is followed only as linkRefusal allows (one of the caller's or root's
 * anywhere; another user's only to their own file in their own folder), `follow: false` refuses
 * it. Synchronous: these files are small, and a thread-pool round trip costs an allocation as
 * much as its lease.
 */
export function projectFileBytes(path: string, options: CarefulRead = {}): ProjectFileBytes {
  if (options.follow === false || process.platform === 'win32') return readAt(path, options);
  // POSIX: the links on the way are resolved here, one by one, each judged by its owner
  // (linkRefusal, as for writes), and the file is opened with O_NOFOLLOW in its folder, held
  // open: a link or folder swapped in meanwhile can lead the open nowhere else (not to a device).
  let dest: Destination;
  try {
    dest = destinationOf(path);
  } catch (err) {
    return codeOf(err) === 'ENOENT' ? { state: 'missing' } : cannotRead(err);
  }
  let folder: HeldFolder;
  try {
    folder = holdFolder(dest.dir, dest.dirStat);
  } catch (err) {
    return cannotRead(err);
  }
  try {
    const inner = join(folder.path, dest.name);
    const euid = process.geteuid?.();
    if (euid !== undefined && dest.links.length > 0) {
      const refusal = linkRefusal({
        euid,
        links: dest.links,
        target: join(dest.dir, dest.name),
        dirUid: folder.stat.uid,
        fileUid: lstatSync(inner, { throwIfNoEntry: false })?.uid,
      });
      if (refusal) return refusedAs(refusal);
    }
    return readAt(inner, { ...options, follow: false });
  } catch (err) {
    return cannotRead(err);
  } finally {
    folder.close();
  }
}

/** The careful read of one path (a symlink there followed only with `follow`). */
function readAt(path: string, options: CarefulRead, retry = true): ProjectFileBytes {
  const { follow = true, maxBytes = MAX_BYTES, tooBig = TOO_BIG } = options;
  let seen: Stats | undefined;
  try {
    seen = (follow ? statSync : lstatSync)(path, { throwIfNoEntry: false });
  } catch (err) {
    return cannotRead(err);
  }
  if (!seen) return { state: 'missing' };
  const early = typeProblem(seen, maxBytes, tooBig);
  if (early) return refusedAs(early);
  let fd: number;
  try {
    fd = openSync(path, READ | (follow ? 0 : NOFOLLOW));
  } catch (err) {
    return codeOf(err) === 'ENOENT' ? { state: 'missing' } : cannotRead(err);
  }
  try {
    const stat = fstatSync(fd);
    const late = typeProblem(stat, maxBytes, tooBig);
    if (late) return refusedAs(late);
    // (Windows's file ids are left out: not every file system there gives stable ones.)
    if (process.platform !== 'win32' && (stat.dev !== seen.dev || stat.ino !== seen.ino)) {
      // Replaced between the stat and the open (an atomic write, or a swap): look again, once.
      return retry
        ? readAt(path, options, false)
        : refusedAs('was replaced while it was being opened; run again');
    }
    const bytes = bytesUpTo(fd, stat.size, maxBytes);
    if (!bytes) return refusedAs(tooBig);
    return { state: 'read', bytes, stat };
  } catch (err) {
    return cannotRead(err);
  } finally {
    closeSync(fd);
  }
}

/** The one-line refusal of a UTF-16 env file, after its path. */
export function utf16Message(found: Utf16): string {
  return `is ${describeUtf16(found)}, but Next.js and dotenv read env files only as UTF-8; save it as UTF-8 (udo-doctor --fix does)`;
}

/**
 * An env file read carefully (projectFileBytes) and decoded keeping every byte; a UTF-16 file is
 * refused, with its text for the doctor's --fix.
 */
export function envFileContents(path: string, follow = true): EnvFileContents {
  const found = projectFileBytes(path, { follow });
  if (found.state !== 'read') return found;
  const { bytes, stat } = found;
  const utf16 = detectUtf16(bytes);
  if (utf16) {
    return {
      state: 'refused',
      problem: `${describeUtf16(utf16)}, which Next.js and dotenv do not read`,
      message: utf16Message(utf16),
      utf16: { ...utf16, text: decodeUtf16(bytes, utf16), stat },
    };
  }
  return { state: 'read', text: decodeKeepingBytes(bytes), utf8: isUtf8(bytes), stat };
}

/** The env file's text, undefined when there is none; a UsageError naming it when unreadable. */
export function readEnvText(path: string, label?: string): string | undefined {
  const found = envFileContents(path);
  if (found.state === 'refused') throw new UsageError(`${where(path, label)} ${found.message}`);
  return found.state === 'read' ? found.text : undefined;
}

/** The parsed file, or undefined when it does not exist. */
export async function readEnvFile(
  path: string,
  label?: string,
): Promise<Record<string, string> | undefined> {
  const text = readEnvText(path, label);
  return text === undefined ? undefined : parseEnv(text);
}
