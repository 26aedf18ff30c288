// Facts about git: which of some paths it tracks, and which an ignore rule covers.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runTool } from '../../core/listeners/index.js';

export interface GitFacts {
  /** Why git could not answer: not a work tree, git missing. */
  problem?: string;
  /** Paths (relative to the root, `/`-separated) that git tracks. */
  tracked: Set<string>;
  /** Paths an ignore rule matches, with the rule's place (`.gitignore:4:backend/.env`). */
  ignored: Map<string, string>;
}

const GIT_TIMEOUT_MS = 5_000;

/** git's answer, or why there is none; `answers` are exit codes that are answers, not failures. */
async function git(root: string, args: string[], answers: number[] = [0]) {
  const run = await runTool(
    ['git'],
    ['-C', root, '-c', 'core.quotepath=off', ...args],
    GIT_TIMEOUT_MS,
  );
  if (run.ok || (run.exitCode !== undefined && answers.includes(run.exitCode))) {
    return { stdout: run.stdout };
  }
  if (run.exitCode === undefined) return { stdout: '', problem: run.problem };
  const first = run.stderr.split('\n').find(Boolean) ?? run.problem;
  return {
    stdout: '',
    problem: /not a git repository/i.test(first) ? 'not inside a git work tree' : first,
  };
}

/**
 * Whether git could find a repository from `root`: a `.git` (folder or file) there or above, as
 * git itself searches, or GIT_DIR naming one. Without it git can only say "not a git repository",
 * and two spawns of git cost a third of a doctor run.
 */
function mayBeInRepository(root: string, env: NodeJS.ProcessEnv): boolean {
  if (env.GIT_DIR) return true;
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

/** What git says about `paths` (relative to `root`). */
export async function gitFacts(root: string, paths: string[]): Promise<GitFacts> {
  if (!mayBeInRepository(root, process.env)) {
    return { problem: 'not inside a git work tree', tracked: new Set(), ignored: new Map() };
  }
  const [tracked, ignored] = await Promise.all([
    git(root, ['ls-files', '-z', '--cached', '--', ...paths]),
    // check-ignore exits 1 when nothing is ignored: an answer, not a failure.
    git(root, ['check-ignore', '--no-index', '-v', '-n', '--', ...paths], [0, 1]),
  ]);
  const failed = [tracked, ignored].find((run) => run.problem);
  if (failed?.problem) return { problem: failed.problem, tracked: new Set(), ignored: new Map() };
  // `SOURCE:LINE:PATTERN<TAB>PATH`, or `::<TAB>PATH` when no rule matches (-z needs --stdin).
  const rules = new Map<string, string>();
  for (const row of ignored.stdout.split('\n')) {
    const tab = row.lastIndexOf('\t');
    const rule = row.slice(0, tab);
    if (tab !== -1 && rule !== '::') rules.set(row.slice(tab + 1), rule);
  }
  return { tracked: new Set(tracked.stdout.split('\0').filter(Boolean)), ignored: rules };
}
