// The project's root, found from any folder inside it as git finds its own.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PROJECT_DEFAULTS } from './defaults.js';
import { hasProjectFile } from './file.js';

/** What marks a project's root: the first folder of each default path. */
const MARKERS = [PROJECT_DEFAULTS.backendEnv, PROJECT_DEFAULTS.envLocal, PROJECT_DEFAULTS.venv].map(
  (path) => path.split('/')[0] as string,
);

const isFolder = (path: string) =>
  statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * Whether the group `gid` holds no user but the caller (a user-private group, as Debian makes
 * one per user), from /etc/passwd (primary groups) and /etc/group (members). Only the local files
 * are asked: a group they cannot show to be the caller's alone is taken as shared.
 */
function groupIsMineAlone(gid: number, me: number): boolean {
  try {
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n');
    const others = passwd.some((line) => {
      const [, , uid, group] = line.split(':');
      return Number(group) === gid && Number(uid) !== me && uid !== undefined;
    });
    if (others) return false;
    const mine = passwd.find((line) => Number(line.split(':')[2]) === me)?.split(':')[0];
    const entry = readFileSync('/etc/group', 'utf8')
      .split('\n')
      .find((line) => Number(line.split(':')[2]) === gid && line.split(':').length >= 4);
    const members = (entry?.split(':')[3] ?? '').split(',').filter(Boolean);
    return members.every((member) => member === mine);
  } catch {
    return false;
  }
}

/**
 * Whether the search may look at `dir`: not a folder another user may write to (`/tmp`, a team
 * folder of mode 2775 whose group holds others) or that another user owns, where anyone could
 * have planted a `backend/` and a `.venv/` to pass for a project's root, whose python `start`
 * would then run.
 */
function mayLookIn(dir: string): boolean {
  const stat = statSync(dir, { throwIfNoEntry: false });
  const me = process.getuid?.();
  if (!stat) return false;
  if (me === undefined) return true;
  if (stat.mode & 0o002 || (stat.uid !== me && stat.uid !== 0)) return false;
  return !(stat.mode & 0o020) || groupIsMineAlone(stat.gid, me);
}

/** And above it: not past a repository's root, which is as far as a project reaches. */
const mayClimbFrom = (dir: string) =>
  mayLookIn(dir) && !statSync(join(dir, '.git'), { throwIfNoEntry: false });

/**
 * The nearest folder at or above `from` that holds a project file (udo-port.json, or a
 * `"udo-port"` key in package.json), else the nearest that holds `backend/`, `web-dashboard/` or
 * `.venv/`; undefined when there is none. `cd backend && udo-doctor` checks the project, not
 * `backend/.venv`. A project file wins over a nearer marker: it is what the project committed.
 */
export function findProjectRoot(from: string): string | undefined {
  let marked: string | undefined;
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const trusted = dir === resolve(from) || mayLookIn(dir);
    if (trusted && hasProjectFile(dir)) return dir;
    if (trusted && !marked && MARKERS.some((marker) => isFolder(join(dir, marker)))) marked = dir;
    if (!trusted || !mayClimbFrom(dir) || dirname(dir) === dir) return marked;
  }
}
