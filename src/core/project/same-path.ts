// One folder, one identity: paths compared as the OS compares them. Windows (NTFS) and macOS
// (APFS, HFS+) are case-insensitive by default, so `c:\Users\x` (as VS Code gives it) and
// `C:\Users\X` are one project; Linux compares bytes. A case-sensitive folder on Windows or macOS
// (possible, rare) would be taken for its case-insensitive twin: a refusal to start twice, never
// a file written in the wrong place.
import { posix, win32 } from 'node:path';

/** The form under which two spellings of one path are equal on `platform`. Pure. */
export function pathKey(path: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') {
    const normal = win32.normalize(path).replace(/(?<=.)[\\]+$/, '');
    return normal.toUpperCase();
  }
  const normal = posix.normalize(path).replace(/(?<=.)\/+$/, '');
  return platform === 'darwin' ? normal.normalize('NFC').toLowerCase() : normal;
}

/** Whether `a` and `b` name one folder or file on `platform` (either may be undefined). Pure. */
export function samePath(
  a: string | undefined,
  b: string | undefined,
  platform: NodeJS.Platform = process.platform,
): boolean {
  return a !== undefined && b !== undefined && pathKey(a, platform) === pathKey(b, platform);
}

/** Windows: the drive letter upper-cased (`c:\x` as `C:\x`), as Explorer and cmd.exe spell it. */
export const driveUpper = (path: string, platform: NodeJS.Platform = process.platform) =>
  platform === 'win32' ? path.replace(/^[a-z]:/, (drive) => drive.toUpperCase()) : path;
