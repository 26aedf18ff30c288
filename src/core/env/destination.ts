// Where a project file is read or written: the path resolved to a real folder (held open) and a
// name, and whether a link on the way may be followed.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  type Stats,
  statSync,
} from 'node:fs';
import { dirname, join, parse, resolve, sep } from 'node:path';

interface SymlinkSeen {
  path: string;
  uid: number;
}

/** Where a write lands: a real folder (no symlink left on its path) and a name in it. */
export interface Destination {
  dir: string;
  /** The folder as lstat saw it, to check the one opened later is the same. */
  dirStat: Stats;
  name: string;
  /** Every symlink on the way, folders' included, with its owner. */
  links: SymlinkSeen[];
}

const SEPARATORS = sep === '\\' ? /[\\/]/ : /\//;

/**
 * Resolves `path` one component at a time, as realpath does, keeping each symlink it meets and
 * its owner (see linkRefusal). A dangling last link names a file to create. Throws fs errors; a
 * missing folder is ENOENT with `folder` set.
 */
export function destinationOf(path: string): Destination {
  const absolute = resolve(path);
  let dir = parse(absolute).root;
  let dirStat = lstatSync(dir);
  const todo = absolute.slice(dir.length).split(SEPARATORS).filter(Boolean);
  const links: SymlinkSeen[] = [];
  for (let name = todo.shift(); name !== undefined; name = todo.shift()) {
    if (name === '.') continue;
    if (name === '..') {
      dir = dirname(dir);
      dirStat = lstatSync(dir);
      continue;
    }
    const next = join(dir, name);
    const stat = lstatSync(next, { throwIfNoEntry: false });
    if (!stat) {
      if (todo.length === 0) return { dir, dirStat, name, links };
      throw Object.assign(new Error(`ENOENT: ${next}`), {
        code: 'ENOENT',
        folder: join(next, ...todo.slice(0, -1)),
      });
    }
    if (stat.isSymbolicLink()) {
      if (links.length >= 40) throw Object.assign(new Error('symlink loop'), { code: 'ELOOP' });
      links.push({ path: next, uid: stat.uid });
      const to = readlinkSync(next);
      const root = parse(to).root;
      if (root) {
        dir = resolve(root);
        dirStat = lstatSync(dir);
      }
      todo.unshift(...to.slice(root.length).split(SEPARATORS).filter(Boolean));
      continue;
    }
    if (todo.length === 0) return { dir, dirStat, name, links };
    if (!stat.isDirectory()) throw Object.assign(new Error('ENOTDIR'), { code: 'ENOTDIR' });
    dir = next;
    dirStat = stat;
  }
  throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
}

/**
 * The symlink rule, or why it refuses; undefined when the write may go ahead. Pure.
 *
 * A link owned by the running user or by root is theirs: they chose where it points, and it is
 * followed anywhere (the original contract: a symlinked env file is written through, the link
 * stays). A link anyone else owns was planted by them, so it is followed only to what they could
 * write themselves: the file it leads to (when it exists) and the folder holding it must be
 * theirs, and no second such user's link may be on the way. Root therefore never writes a third
 * user's file, nor into a folder the link's owner does not own (/etc, another home), for whoever
 * planted the link; and every link on the path counts, a symlinked folder as much as the file.
 * The target must be a regular file besides, and its owner is kept (checked apart).
 */
export function linkRefusal(facts: {
  euid: number;
  links: readonly SymlinkSeen[];
  target: string;
  dirUid: number;
  /** The owner of the file the path leads to; undefined when it is to be created. */
  fileUid: number | undefined;
}): string | undefined {
  const { euid, links, target, dirUid, fileUid } = facts;
  const strangers = links.filter((link) => link.uid !== euid && link.uid !== 0);
  const [first] = strangers;
  if (!first) return undefined;
  const why =
    "refused: another user's symlink is followed only to their own file in their own folder";
  const other = strangers.find((link) => link.uid !== first.uid);
  if (other) {
    return `leads through symlinks of uid ${first.uid} (${first.path}) and uid ${other.uid} (${other.path}); ${why}`;
  }
  const via = `leads through a symlink of uid ${first.uid} (${first.path}) to ${target}`;
  if (fileUid !== undefined && fileUid !== first.uid) {
    return `${via}, which belongs to uid ${fileUid}; ${why}`;
  }
  if (dirUid !== first.uid) return `${via}, in a folder of uid ${dirUid}; ${why}`;
  return undefined;
}

/** A folder kept open so that later steps reach it even if its path is swapped for a link. */
export interface HeldFolder {
  /** `/proc/self/fd/N` on Linux: it resolves to the opened folder, whatever its path holds now. */
  path: string;
  stat: Stats;
  close(): void;
}

export function holdFolder(dir: string, seen: Stats): HeldFolder {
  // Elsewhere no path reaches an open folder: the rename goes by name, as it always did.
  if (process.platform !== 'linux') return { path: dir, stat: seen, close() {} };
  const fd = openSync(
    dir,
    constants.O_RDONLY | (constants.O_DIRECTORY ?? 0) | (constants.O_NOFOLLOW ?? 0),
  );
  try {
    const stat = fstatSync(fd);
    if (stat.dev !== seen.dev || stat.ino !== seen.ino) {
      throw Object.assign(new Error('folder replaced'), {
        reason: `${dir} was replaced by something else meanwhile; run again`,
      });
    }
    const viaProc = `/proc/self/fd/${fd}`;
    // /proc may be missing (a bare chroot): then only the path is left.
    const check = statSync(viaProc, { throwIfNoEntry: false });
    const held = check?.dev === stat.dev && check.ino === stat.ino;
    return { path: held ? viaProc : dir, stat, close: () => closeSync(fd) };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}
