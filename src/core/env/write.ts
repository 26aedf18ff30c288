// Writing env files: atomically, never through a link to another's file, keeping owner and mode.
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsync,
  linkSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  type Stats,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { MissingFolderError, UsageError } from '../errors.js';
import { isRunning } from '../process/identity.js';
import {
  type Destination,
  destinationOf,
  type HeldFolder,
  holdFolder,
  linkRefusal,
} from './destination.js';
import { describeUtf16, encodeKeepingBytes, hasKeptBytes } from './encoding.js';
import { CREATE_NEW, codeOf, envFileContents, fsError, projectFileBytes, where } from './read.js';
import { setEnvValue } from './text.js';

/** git never lists a path named `.git`: the temp folder's ignore file is written under it. */
const STAGED = '.git';

const fsyncOf = promisify(fsync);

/**
 * Replaces `name` in `folder` with `text`, atomically. The copy is written in a private temp
 * folder (mkdtemp, 0700) beside it, whose `.gitignore` holds `*`: whenever the process dies, git
 * shows nothing new and no copy of the secrets sits under a name git would add. The ignore file is
 * written as `.git` and renamed, so it never exists empty, and fsynced, so a power cut cannot
 * empty it either. The copy, created O_EXCL, gets the old file's owner and mode through its
 * descriptor (fchown, then fchmod: chown clears set-id bits), is fsynced and renamed over the
 * file; the temp folder goes on every way out. Everything but the fsyncs is synchronous: a thread-pool
 * round trip costs more than the call. Measured (median of 1500 writes each, ext4): 680 µs for the
 * old temp-file-beside writer, 740 µs for this one without the ignore file's fsync, 1000 µs with
 * it; on tmpfs 190 µs against the old 380. A write happens once per run: the fsync stays.
 */
async function replaceIn(
  folder: HeldFolder,
  name: string,
  bytes: Buffer,
  old: Stats | undefined,
  place: (copy: string, target: string) => void = renameSync,
): Promise<void> {
  sweepAbandoned(folder.path);
  // Named for this process, so that a later writer knows it from the folder of a live one.
  const tempDir = mkdtempSync(join(folder.path, `.udo-port-${process.pid}-`));
  // The copy must not be the ignore file itself (the doctor rewrites .gitignore files).
  const copyName = name === '.gitignore' || name === STAGED ? `${name}.new` : name;
  let inner: HeldFolder | undefined;
  let left: string[] = [];
  try {
    inner = holdFolder(tempDir, lstatSync(tempDir));
    // Only we can enter it: nobody can swap or read what is inside (POSIX; Windows has ACLs).
    const euid = process.geteuid?.();
    if (euid !== undefined && (inner.stat.uid !== euid || (inner.stat.mode & 0o077) !== 0)) {
      throw Object.assign(new Error('temp folder'), {
        reason: 'its temp folder is not private to udo-port',
      });
    }
    const staged = join(inner.path, STAGED);
    const ignore = join(inner.path, '.gitignore');
    const copy = join(inner.path, copyName);
    // Removed in this order, the copy first: it is never there without the ignore file.
    left = [staged];
    const ignoreFd = openSync(staged, CREATE_NEW);
    try {
      writeFileSync(ignoreFd, '*\n');
      // After a power cut the copy could otherwise outlive an empty ignore file.
      await fsyncOf(ignoreFd);
    } finally {
      closeSync(ignoreFd);
    }
    renameSync(staged, ignore);
    left = [ignore];
    const fd = openSync(copy, CREATE_NEW, old ? 0o600 : 0o666);
    left = [copy, ignore];
    try {
      writeFileSync(fd, bytes);
      if (old) {
        const now = fstatSync(fd);
        if (now.uid !== old.uid || now.gid !== old.gid) {
          try {
            fchownSync(fd, old.uid, old.gid);
          } catch (err) {
            // Not root, and the file's group is not one of ours: the copy cannot keep it.
            throw Object.assign(new Error('fchown'), {
              code: codeOf(err),
              reason: `its owner uid ${old.uid} and group gid ${old.gid} cannot be kept`,
            });
          }
        }
        fchmodSync(fd, old.mode & 0o7777);
      }
      await fsyncOf(fd);
    } finally {
      closeSync(fd);
    }
    place(copy, join(folder.path, name));
    left = [copy, ignore];
  } finally {
    for (const file of left) {
      try {
        unlinkSync(file);
      } catch {}
    }
    const held = inner?.stat;
    inner?.close();
    try {
      rmdirSync(tempDir);
    } catch {
      if (held) removeMoved(folder.path, held);
    }
  }
}

/**
 * In a folder others may write (a group's checkout), a teammate can rename our temp folder while
 * we write: it is found again by its inode and removed, empty, under the name it has now. A
 * teammate who keeps renaming it can move it between our readdir and our rmdir, so we look again
 * until it is gone; the tries are bounded, since someone who renames for ever can always win, and
 * what is left then is an empty folder only we can enter. rmdir follows no link, and a folder
 * swapped in meanwhile is someone else's empty one at worst.
 */
function removeMoved(parent: string, held: Stats): void {
  let unseen = 0;
  for (let tries = 0; tries < MOVED_TRIES && unseen < 3; tries++) {
    let names: string[];
    try {
      names = readdirSync(parent);
    } catch {
      return;
    }
    // Moved out of the folder altogether (or missed by a readdir mid-rename): a few looks, no more.
    unseen++;
    for (const name of names) {
      const path = join(parent, name);
      try {
        const now = lstatSync(path);
        if (!now.isDirectory() || now.ino !== held.ino || now.dev !== held.dev) continue;
        unseen = 0;
        rmdirSync(path);
        return;
      } catch {
        // Renamed again between the readdir and here: look again.
      }
    }
  }
}

/** Readdir rounds removeMoved spends chasing a folder that is renamed again and again. */
const MOVED_TRIES = 200;

const ABANDONED = /^\.udo-port-(\d+)-[A-Za-z0-9]{6}$/;

/**
 * Removes the temp folders of writers that were killed mid-write (SIGKILL runs no finally):
 * only ours (our uid, private, a real folder), and only once the process named in the name is
 * gone. A reused pid keeps one alive a little longer, which costs nothing: its ignore file keeps
 * git quiet meanwhile.
 */
function sweepAbandoned(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => ABANDONED.test(name));
  } catch {
    return;
  }
  const euid = process.geteuid?.();
  for (const name of names) {
    const pid = Number(ABANDONED.exec(name)?.[1]);
    if (pid === process.pid || isRunning(pid)) continue;
    const path = join(folder, name);
    try {
      const stat = lstatSync(path);
      if (!stat.isDirectory() || (stat.mode & 0o077) !== 0) continue;
      if (euid !== undefined && stat.uid !== euid) continue;
      // Not followed: rm removes a link inside as a link.
      rmSync(path, { recursive: true, force: true });
    } catch {}
  }
}

/** The error for a path that cannot be resolved to a place to write. */
function unreachable(path: string, label: string | undefined, err: unknown): UsageError {
  const folder = (err as { folder?: unknown } | undefined)?.folder;
  if (codeOf(err) === 'ENOENT' && typeof folder === 'string') {
    return new MissingFolderError(
      `${where(path, label)} cannot be created: ${folder}/ does not exist (folders are never created)`,
      folder,
    );
  }
  return fsError('reached', path, label, err);
}

/**
 * Rewrites the file at `path` to `edit(old text)` (old is undefined when there is none),
 * atomically. The old text is its bytes decoded keeping every one (env-encoding.ts): the bytes the
 * edit leaves alone are written back exactly, in whatever ASCII-compatible encoding they were; a
 * UTF-16 file is refused, as every reader refuses it. Only a regular file is written: a FIFO, device, socket or folder is refused at once,
 * and so is a symlink that linkRefusal rejects; an allowed one is written through (the link stays,
 * its target gets the text). The file keeps its owner, group and mode exactly; a new one gets
 * 0o666 less the umask. Folders are never created. Every refusal is a UsageError naming the file.
 */
export function rewriteFile(
  path: string,
  edit: (old: string | undefined) => string,
  label?: string,
): Promise<'unchanged' | 'updated' | 'created'> {
  return rewrite(path, edit, label, false);
}

async function rewrite(
  path: string,
  edit: (old: string | undefined) => string,
  label: string | undefined,
  fromUtf16: boolean,
): Promise<'unchanged' | 'updated' | 'created'> {
  const shown = where(path, label);
  let folder: HeldFolder;
  let dest: Destination;
  try {
    dest = destinationOf(path);
    folder = holdFolder(dest.dir, dest.dirStat);
  } catch (err) {
    throw unreachable(path, label, err);
  }
  try {
    const found = envFileContents(join(folder.path, dest.name), false);
    let old: { text: string; stat: Stats } | undefined;
    if (found.state === 'refused') {
      const utf16 = fromUtf16 ? found.utf16 : undefined;
      if (!utf16) throw new UsageError(`${shown} ${found.message}`);
      if (utf16.text === undefined) {
        throw new UsageError(
          `${shown} is ${describeUtf16(utf16)} but not whole (an odd byte, a lone surrogate): it cannot be saved as UTF-8 with the same text; save it as UTF-8 in an editor`,
        );
      }
      old = { text: utf16.text, stat: utf16.stat };
    } else if (fromUtf16) {
      return 'unchanged'; // gone, or no longer UTF-16
    } else if (found.state === 'read') {
      old = found;
    }
    const euid = process.geteuid?.();
    if (euid !== undefined) {
      const refusal = linkRefusal({
        euid,
        links: dest.links,
        target: join(dest.dir, dest.name),
        dirUid: folder.stat.uid,
        fileUid: old?.stat.uid,
      });
      if (refusal) throw new UsageError(`${shown} ${refusal}`);
      // Only root can give a file another owner: anyone else would take the file over.
      if (old && euid !== 0 && old.stat.uid !== euid) {
        throw new UsageError(
          `${shown} belongs to uid ${old.stat.uid}: replacing it would make it yours; run as its owner`,
        );
      }
    }

    let text: string;
    try {
      text = edit(old?.text);
    } catch (err) {
      if (err instanceof UsageError) throw new UsageError(`${shown}: ${err.message}`);
      throw err;
    }
    if (text === old?.text && !fromUtf16) return 'unchanged';
    try {
      // The old file's bytes come back as they were: only what the edit changed is new.
      await replaceIn(folder, dest.name, encodeKeepingBytes(text), old?.stat);
    } catch (err) {
      throw fsError('written', path, label, err);
    }
    return old ? 'updated' : 'created';
  } finally {
    folder.close();
  }
}

/** Replaces the file at `path` with `text`, as rewriteFile does. */
export async function writeFileAtomic(path: string, text: string, label?: string): Promise<void> {
  await rewriteFile(path, () => text, label);
}

/**
 * Sets `key` to `value` in the .env file at `path` (see setEnvValue), atomically, as rewriteFile
 * does: in any ASCII-compatible encoding only the value's bytes change. Creates the file when its
 * folder exists; never creates folders. A UTF-16 file is refused (envFileContents).
 */
export function writeEnvValue(
  path: string,
  key: string,
  value: string,
  label?: string,
): Promise<'unchanged' | 'updated' | 'created'> {
  return rewriteFile(
    path,
    (old) => {
      // Its other bytes stay in their encoding (CP949, Latin-1): a UTF-8 value would mix two.
      if (old !== undefined && hasKeptBytes(old) && /[^ -~\t\r\n]/.test(value)) {
        throw new UsageError(
          `it is not UTF-8, and the value for ${key} is not ASCII: writing it would mix two encodings in one file`,
        );
      }
      return setEnvValue(old ?? '', key, value);
    },
    label,
  );
}

/**
 * Saves a UTF-16 env file as UTF-8 (no BOM) with the same text, atomically, keeping its owner
 * and mode, as rewriteFile writes: what udo-doctor --fix does, since Next.js and dotenv read only
 * UTF-8. 'unchanged' when the file is not UTF-16 (or gone) by now.
 */
export async function saveAsUtf8(path: string, label?: string): Promise<'unchanged' | 'updated'> {
  const done = await rewrite(path, (text) => text ?? '', label, true);
  return done === 'unchanged' ? 'unchanged' : 'updated';
}

/**
 * Makes `to` a copy of `from` (read carefully, its bytes as they are), only when nothing is
 * there: false when something took the name first. Written as rewriteFile writes (a temp file
 * made O_EXCL|O_NOFOLLOW in a private folder of random name), then hard-linked to its name, which
 * never follows a link nor replaces what is there; where hard links are not to be had (FAT), made
 * in place with O_EXCL|O_NOFOLLOW. The folder is reached as the writer reaches it, so a link
 * another user planted on the way is followed only as linkRefusal allows.
 */
export async function copyNewFile(
  from: string,
  to: string,
  labels: { from?: string; to?: string } = {},
): Promise<boolean> {
  const source = projectFileBytes(from);
  if (source.state === 'missing') throw new UsageError(`${where(from, labels.from)} is missing`);
  if (source.state === 'refused') {
    throw new UsageError(`${where(from, labels.from)} ${source.message}`);
  }
  const shown = where(to, labels.to);
  let folder: HeldFolder;
  let dest: Destination;
  try {
    dest = destinationOf(dirname(resolve(to)));
    folder = holdFolder(join(dest.dir, dest.name), lstatSync(join(dest.dir, dest.name)));
  } catch (err) {
    throw unreachable(to, labels.to, err);
  }
  try {
    const euid = process.geteuid?.();
    if (euid !== undefined) {
      const refusal = linkRefusal({
        euid,
        links: dest.links,
        target: join(dest.dir, dest.name, basename(to)),
        dirUid: folder.stat.uid,
        fileUid: undefined,
      });
      if (refusal) throw new UsageError(`${shown} ${refusal}`);
    }
    const name = basename(to);
    if (lstatSync(join(folder.path, name), { throwIfNoEntry: false })) return false;
    let made = true;
    try {
      await replaceIn(folder, name, source.bytes, undefined, (copy, target) => {
        try {
          linkSync(copy, target);
        } catch (err) {
          const code = codeOf(err);
          if (code === 'EEXIST') {
            made = false;
            return;
          }
          if (
            code !== 'EPERM' &&
            code !== 'ENOTSUP' &&
            code !== 'EOPNOTSUPP' &&
            code !== 'ENOSYS'
          ) {
            throw err;
          }
          // No hard links here: the exclusive create alone keeps what is there.
          let fd: number;
          try {
            fd = openSync(target, CREATE_NEW, 0o666);
          } catch (again) {
            if (codeOf(again) !== 'EEXIST') throw again;
            made = false;
            return;
          }
          try {
            writeFileSync(fd, source.bytes);
          } finally {
            closeSync(fd);
          }
        }
      });
    } catch (err) {
      throw fsError('written', to, labels.to, err);
    }
    return made;
  } finally {
    folder.close();
  }
}
