// A project's small text file, read the way a file someone else may have planted must be: only a
// regular file, not through a final link, opened without blocking (a FIFO put in its place
// between the check and the open cannot hang the reader), and only up to a size bound.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';

/** The file's text, or undefined when it is missing, not a regular file, or over `maxBytes`. */
export function readSmallText(path: string, maxBytes = 256 * 1024): string | undefined {
  const seen = lstatSync(path, { throwIfNoEntry: false });
  if (!seen?.isFile() || seen.size > maxBytes) return undefined;
  let fd: number;
  try {
    fd = openSync(
      path,
      constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0),
    );
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes || stat.ino !== seen.ino) return undefined;
    const buffer = Buffer.alloc(stat.size);
    const read = stat.size === 0 ? 0 : readSync(fd, buffer, 0, stat.size, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
