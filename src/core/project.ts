// Where a project is: its root, found from any folder inside it as git finds its own.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** What marks a project's root: the layout's own folders (each path is an option; these are the defaults). */
const MARKERS = ['backend', 'web-dashboard', '.venv'];

const isFolder = (path: string) =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * Whether the search may look at `dir`: not a folder others may write to (`/tmp`) or that
 * another user owns, where anyone could have planted a `backend/` to pass for a project's root.
 */
function mayLookIn(dir: string): boolean {
  const stat = statSync(dir, { throwIfNoEntry: false });
  const me = process.getuid?.();
  if (!stat) return false;
  return me === undefined || (!(stat.mode & 0o002) && (stat.uid === me || stat.uid === 0));
}

/** And above it: not past a repository's root, which is as far as a project reaches. */
const mayClimbFrom = (dir: string) =>
  mayLookIn(dir) && !statSync(join(dir, '.git'), { throwIfNoEntry: false });

/**
 * The nearest folder at or above `from` that holds `backend/`, `web-dashboard/` or `.venv/`;
 * undefined when there is none. `cd backend && udo-doctor` checks the project, not `backend/.venv`.
 */
export function findProjectRoot(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const trusted = dir === resolve(from) || mayLookIn(dir);
    if (trusted && MARKERS.some((marker) => isFolder(join(dir, marker)))) return dir;
    if (!trusted || !mayClimbFrom(dir) || dirname(dir) === dir) return undefined;
  }
}
