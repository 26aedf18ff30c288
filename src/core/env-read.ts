// Reading env files safely, and the errors every env-file operation words the same way.

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
import { parseEnv } from './env-text.js';
import { UsageError } from './errors.js';
import { printable } from './text.js';

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

/** What stands where an env file should be. */
export type EnvFileContents =
  | { state: 'missing' }
  | { state: 'read'; text: string; stat: Stats }
  | {
      state: 'refused';
      /** Short, for "cannot be read (...)": `is a FIFO, not a regular file`, `permission denied`. */
      problem: string;
      /** The rest of a line that starts with the path: `is a FIFO, not a regular file`. */
      message: string;
    };

/** Why a file of this type or size is not an env file; undefined when it can be one. */
export function typeProblem(stat: Stats): string | undefined {
  if (stat.isFile()) {
    return stat.size > MAX_BYTES ? TOO_BIG : undefined;
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

function refusedAs(typeOrSize: string): EnvFileContents {
  return { state: 'refused', problem: typeOrSize, message: typeOrSize };
}

function cannotRead(err: unknown): EnvFileContents {
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

/**
 * The one safe reader of env files (and .gitignore): never blocks, never opens what is not a
 * regular file. A FIFO, device or socket is refused from its stat, unopened (opening some devices
 * acts: a tape rewinds, a watchdog arms). The open is non-blocking and the type checked again on
 * the descriptor, for one swapped in after the stat. `follow: false` refuses a symlink: the writer
 * has resolved the path itself. Synchronous: env files are small, and a thread-pool round trip
 * costs an allocation as much as its lease.
 */
export function envFileContents(path: string, follow = true): EnvFileContents {
  let seen: Stats | undefined;
  try {
    seen = (follow ? statSync : lstatSync)(path, { throwIfNoEntry: false });
  } catch (err) {
    return cannotRead(err);
  }
  if (!seen) return { state: 'missing' };
  const early = typeProblem(seen);
  if (early) return refusedAs(early);
  let fd: number;
  try {
    fd = openSync(path, READ | (follow ? 0 : NOFOLLOW));
  } catch (err) {
    return codeOf(err) === 'ENOENT' ? { state: 'missing' } : cannotRead(err);
  }
  try {
    const stat = fstatSync(fd);
    const late = typeProblem(stat);
    if (late) return refusedAs(late);
    const bytes = bytesUpTo(fd, stat.size, MAX_BYTES);
    if (!bytes) return refusedAs(TOO_BIG);
    return { state: 'read', text: bytes.toString('utf8'), stat };
  } catch (err) {
    return cannotRead(err);
  } finally {
    closeSync(fd);
  }
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
