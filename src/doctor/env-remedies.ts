// The doctor's own remedy commands, per OS; the shared ones (quote, endCommand, venv) are in
// src/core/remedies.ts.
import { accessSync, constants, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { quote } from '../core/remedies.js';

/** Copies without overwriting: `cp -n` on POSIX; `copy` answers "Overwrite?" before it does. */
export function copyCommand(from: string, to: string, platform: NodeJS.Platform): string {
  return platform === 'win32'
    ? `copy ${quote(from, platform)} ${quote(to, platform)}`
    : `cp -n ${quote(from, platform)} ${quote(to, platform)}`;
}

/** Drops a variable from the current shell (PowerShell, the default Windows terminal). */
export function unsetCommand(name: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? `Remove-Item Env:${name}` : `unset ${name}`;
}

/** Whether this process may write `path` (a folder: create files in it). */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return !statSync(path, { throwIfNoEntry: false });
  }
}

/**
 * The command that gives the user the right to write `file` (and the folder its replacement is
 * made in), when `why` says a write was refused for want of it; [] otherwise (a read-only file
 * system, a full disk: no command of ours mends those). POSIX only: Windows's ACLs are the
 * owner's or an administrator's to change.
 */
export function writeAccessCommands(
  file: string,
  why: string,
  platform: NodeJS.Platform,
  show: (path: string) => string,
): string[] {
  if (platform === 'win32') return [];
  const owner = /belongs to uid \d+/.test(why);
  if (!owner && !/permission denied|operation not permitted|EACCES|EPERM/i.test(why)) return [];
  const blocked = owner ? [file] : [dirname(file), file].filter((path) => !writable(path));
  const paths = blocked.length > 0 ? blocked : [dirname(file), file];
  return [`sudo chown "$(id -un)" ${paths.map((path) => quote(show(path), platform)).join(' ')}`];
}
