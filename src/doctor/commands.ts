// The doctor's own remedy commands, per OS; the shared ones (quote, endCommand, venv) are in
// src/core/commands.ts.
import { quote } from '../core/commands.js';

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

/** `npm run build` in the frontend's folder, from wherever the user is. */
export function npmRun(script: string, dirShown: string, platform: NodeJS.Platform): string {
  return dirShown === '.'
    ? `npm run ${script}`
    : `npm --prefix ${quote(dirShown, platform)} run ${script}`;
}
