import { execFile } from 'node:child_process';
import { readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, posix, relative, sep, win32 } from 'node:path';
import { codeOf, envFileContents, envKeyLines, parseEnv } from '../core/env-file.js';
import { type LeaseRecord, openLeaseRegistry } from '../core/leases.js';
import {
  allListeners,
  type ExcludedPortRange,
  excludedPortRanges,
  readCmdline,
  runTool,
} from '../core/listeners/index.js';
import {
  type NextEnv,
  resolveNextEnv,
  scanNextEnvFiles,
  type UnreadNextEnvFile,
} from '../core/next-env.js';
import { processStartTime } from '../core/process-info.js';
import { resolveSettings, type Settings, type SettingsInput } from '../core/settings.js';
import type { Listener, ListenerLookup } from '../core/types.js';
import { inspectVenv, packageVersions, type Venv } from '../core/venv.js';
import { ciJobFromEnv } from '../github/ci-job.js';
import { conflicts } from './addresses.js';

/** Everything the checks need to know about the run, fixed before any check starts. */
export interface DoctorConfig {
  root: string;
  /** The user's working folder: paths in messages and commands are shown relative to it. */
  shellDir: string;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** Settings from flags only; the environment and backend/.env are added per run. */
  settingsInput: SettingsInput;
  envFile: string;
  /** How backend/.env is named as a source: relative to the root, or absolute when given so. */
  envFileName: string;
  envLocal: string;
  venv: string;
  app: string;
  /** The command that runs the doctor again with the same project options. */
  doctorCommand: string;
  /** `npx udo-port start` with the same project options. */
  startCommand: string;
}

export interface EnvText {
  file: string;
  exists: boolean;
  text?: string;
  values?: Record<string, string>;
  /** Why an existing file could not be read. */
  problem?: string;
}

export interface SettingsFacts {
  settings?: Settings;
  /** An invalid value in the environment or backend/.env, already naming the variable. */
  problem?: string;
  /** The variable the problem is about, and where it is written when in backend/.env. */
  key?: string;
  line?: number;
}

export interface WebFacts {
  dir: string;
  exists: boolean;
  /** Next.js's files in its order, the frontend env file in the `.env.local` slot. */
  files: { path: string; file: string; contents: string; mtimeMs: number }[];
  /** Files of that order that are there but cannot be read safely (a FIFO, a device). */
  unread: UnreadNextEnvFile[];
  next: NextEnv;
  /** The files `next build` and `next start` read (production order), for their staleness. */
  production: { path: string; file: string; mtimeMs: number }[];
}

export interface GitFacts {
  /** Why git could not answer: not a work tree, git missing. */
  problem?: string;
  /** Paths (relative to the root, `/`-separated) that git tracks. */
  tracked: Set<string>;
  /** Paths an ignore rule matches, with the rule's place (`.gitignore:4:backend/.env`). */
  ignored: Map<string, string>;
}

export interface BackendFacts {
  /** Listeners of our own backend (uvicorn running this project's app). */
  ours: Listener[];
  /** Listeners running this project's app from another folder: other checkouts or worktrees. */
  others: Listener[];
  /**
   * The port the frontend must use: our backend's when it runs, else the configured one; unknown
   * while the configured port may be passed over (another checkout's backend holds it).
   */
  port?: number;
  /** Where that port comes from, for messages. */
  why: string;
}

/** A path relative to `from` when it lies inside it, else as it is. */
export function shownPath(path: string, from: string): string {
  const rel = relative(from, path);
  if (rel === '') return '.';
  return rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) ? path : rel;
}

/** An env file's text, or why it cannot be read: a FIFO there is a finding, not a hang. */
function readText(file: string): EnvText {
  const found = envFileContents(file);
  if (found.state === 'missing') return { file, exists: false };
  if (found.state === 'refused') return { file, exists: true, problem: found.problem };
  return { file, exists: true, text: found.text };
}

/** A path with its symlinks resolved, to compare a process's folder with; as is on failure. */
export function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A command line's words: split at blanks outside double quotes, the quotes dropped. */
export function commandWords(command: string): string[] {
  return [...command.matchAll(/(?:"[^"]*"?|[^\s"]+)+/g)].map((m) => m[0].replace(/"/g, ''));
}

/** `uvicorn` run with this app: `python -m uvicorn backend.main:app`, `uvicorn.exe backend.main:app`. */
export function runsApp(command: string | undefined, app: string): boolean {
  if (!command) return false;
  const words = commandWords(command);
  const uvicorn = words.some((word) => /(^|[\\/])uvicorn(\.exe)?$/i.test(word));
  return uvicorn && words.includes(app);
}

/** Whether `path` lies in `root` (or is it), by the platform's path rules; case-blind off Linux. */
export function within(path: string, root: string, platform: NodeJS.Platform): boolean {
  const paths = platform === 'win32' ? win32 : posix;
  const fold = (s: string) => (platform === 'linux' ? s : s.toLowerCase());
  const rel = paths.relative(fold(root), fold(path));
  return rel === '' || (!rel.startsWith('..') && !paths.isAbsolute(rel));
}

/**
 * Our backend: uvicorn serving this project's app, started in this project (its cwd on Linux;
 * elsewhere, when its command line names absolute paths, one of them inside the project).
 * Never ours when the command line is unknown: callers tell that case apart (see port.backend).
 */
export function isOurBackend(
  listener: Listener,
  facts: { app: string; root: string; cwd: string | undefined; platform: NodeJS.Platform },
): boolean {
  if (!runsApp(listener.command, facts.app)) return false;
  if (facts.platform === 'linux') return facts.cwd !== undefined && facts.cwd === facts.root;
  const absolute = facts.platform === 'win32' ? win32.isAbsolute : posix.isAbsolute;
  const paths = commandWords(listener.command ?? '').filter((word) => absolute(word));
  return paths.length === 0 || paths.some((path) => within(path, facts.root, facts.platform));
}

/** One memo per fact; process lookups are shared across the re-runs after --fix, files are not. */
type Memo = Map<string, Promise<unknown>>;

export class Context {
  private readonly files: Memo = new Map();

  constructor(
    readonly config: DoctorConfig,
    private readonly processes: Memo = new Map(),
  ) {}

  /** A context that reads the files again but keeps what it learned about processes. */
  fresh(): Context {
    return new Context(this.config, this.processes);
  }

  private once<T>(memo: Memo, key: string, make: () => Promise<T> | T): Promise<T> {
    let found = memo.get(key) as Promise<T> | undefined;
    if (!found) {
      found = Promise.resolve().then(make);
      memo.set(key, found);
    }
    return found;
  }

  /** A path as the user would type it from their shell. */
  show(path: string): string {
    return shownPath(path, this.config.shellDir);
  }

  /** A path relative to the project root, `/`-separated (for .gitignore and messages). */
  inProject(path: string): string | undefined {
    const rel = relative(this.config.root, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel)
      ? undefined
      : rel.split(sep).join('/');
  }

  backendEnv(): Promise<EnvText> {
    return this.once(this.files, 'backendEnv', () => {
      const found = readText(this.config.envFile);
      if (found.text === undefined) return found;
      // The same reader and parser as udo-port find, so both see the same values.
      return { ...found, values: parseEnv(found.text) };
    });
  }

  example(): Promise<EnvText> {
    return this.once(this.files, 'example', () => readText(`${this.config.envFile}.example`));
  }

  settings(): Promise<SettingsFacts> {
    return this.once(this.files, 'settings', async () => {
      const backend = await this.backendEnv();
      const { config } = this;
      try {
        return {
          settings: resolveSettings(config.settingsInput, {
            env: config.env,
            dotenv: backend.values ?? {},
            dotenvLabel: config.envFileName,
          }),
        };
      } catch (error) {
        const problem = (error as Error).message;
        // The flags were checked before the run, so the culprit is a variable: name its line.
        const key = ['API_PORT', 'BACKEND_PORT', 'API_HOST'].find((k) => problem.startsWith(k));
        const inFile = problem.startsWith(`${key} in `);
        const line =
          inFile && key && backend.text !== undefined ? lastLine(backend.text, key) : undefined;
        return { problem, ...(key && { key }), ...(line !== undefined && { line }) };
      }
    });
  }

  listeners(): Promise<ListenerLookup> {
    return this.once(this.processes, 'listeners', () => allListeners());
  }

  excluded(): Promise<ExcludedPortRange[]> {
    return this.once(this.processes, 'excluded', () =>
      this.config.platform === 'win32' ? excludedPortRanges() : [],
    );
  }

  /** A process's working folder, Linux only; undefined when it cannot be read. */
  cwdOf(pid: number): string | undefined {
    if (this.config.platform !== 'linux') return undefined;
    try {
      return readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      return undefined;
    }
  }

  startTime(pid: number): Promise<number | undefined> {
    return this.once(this.processes, `start:${pid}`, () => processStartTime(pid));
  }

  backend(): Promise<BackendFacts> {
    return this.once(this.files, 'backend', async () => {
      const [{ listeners }, { settings }] = await Promise.all([this.listeners(), this.settings()]);
      const root = realOrSelf(this.config.root);
      const ours = listeners.filter(
        (l) =>
          l.pid !== undefined &&
          isOurBackend(l, {
            app: this.config.app,
            root,
            cwd: this.cwdOf(l.pid),
            platform: this.config.platform,
          }),
      );
      const others = listeners.filter(
        (l) => l.pid !== undefined && !ours.includes(l) && runsApp(l.command, this.config.app),
      );
      const running = ours[0];
      if (running) {
        return {
          ours,
          others,
          port: running.port,
          why: `our backend, PID ${running.pid}, listens on it`,
        };
      }
      if (!settings) return { ours, others, why: 'the port setting is invalid (see env.port)' };
      const { requested, defaultPort, host } = settings;
      const port = requested?.port ?? defaultPort;
      const why = requested ? `from ${requested.origin}` : 'the default port';
      // udo-port start passes over a port it may move from: ours will not be on it.
      const taken = others.find((l) => l.port === port && conflicts(host, l.address));
      if (taken && !requested?.pinned) {
        return {
          ours,
          others,
          why: `port ${port} (${why}) is held by another checkout's backend (PID ${taken.pid}), so ${this.config.startCommand} will take the next free port and write it to ${this.show(this.config.envLocal)}`,
        };
      }
      return { ours, others, port, why };
    });
  }

  /**
   * The command line of a process's parent (Linux, macOS): `next dev` runs its server as a child
   * titled `next-server`, just as `next start` titles itself. Undefined when it cannot be read.
   */
  parentCommand(pid: number): Promise<string | undefined> {
    return this.once(this.processes, `parent:${pid}`, async () => {
      if (this.config.platform === 'linux') {
        const ppid = parentPid(pid);
        return ppid === undefined ? undefined : readCmdline(ppid);
      }
      if (this.config.platform === 'win32') return undefined;
      const parent = await runTool(['ps', '/bin/ps'], ['-o', 'ppid=', '-p', String(pid)]);
      const ppid = parent.ok ? Number(parent.stdout.trim()) : Number.NaN;
      if (!Number.isInteger(ppid) || ppid < 1) return undefined;
      const command = await runTool(['ps', '/bin/ps'], ['-o', 'command=', '-p', String(ppid)]);
      return command.ok ? command.stdout.trim() || undefined : undefined;
    });
  }

  leases(): Promise<{ dir?: string; records: LeaseRecord[]; problem?: string }> {
    return this.once(this.processes, 'leases', async () => {
      try {
        // With the CI job, as udo-port list has it: in CI, which leases are stale depends on it.
        const registry = openLeaseRegistry(this.config.env, ciJobFromEnv(this.config.env));
        return {
          dir: registry.dir,
          records: await registry.list(),
          ...(registry.warning && { problem: registry.warning }),
        };
      } catch (error) {
        return { records: [], problem: (error as Error).message };
      }
    });
  }

  venv(): Promise<Venv> {
    return this.once(this.processes, 'venv', () =>
      inspectVenv(this.config.venv, this.config.platform),
    );
  }

  /** Installed versions, from site-packages folders first: Python is asked only when they miss. */
  packages(names: string[]): Promise<Record<string, string | undefined>> {
    return this.once(this.processes, `packages:${names.join(',')}`, async () =>
      packageVersions(await this.venv(), names, this.config.platform),
    );
  }

  web(): Promise<WebFacts> {
    return this.once(this.files, 'web', () => {
      const dir = dirname(this.config.envLocal);
      const exists = statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
      // A frontend env file given by path takes .env.local's place in Next.js's order.
      const instead = { '.env.local': this.config.envLocal };
      const { files, unread } = exists
        ? scanNextEnvFiles(dir, 'development', instead)
        : { files: [], unread: [] };
      const production = exists ? scanNextEnvFiles(dir, 'production', instead).files : [];
      return {
        dir,
        exists,
        files,
        unread,
        next: resolveNextEnv(files, this.config.env),
        production,
      };
    });
  }

  git(paths: string[]): Promise<GitFacts> {
    return this.once(this.files, `git:${paths.join('\0')}`, async () => {
      const cwd = this.config.root;
      const [tracked, ignored] = await Promise.all([
        runGit(['ls-files', '-z', '--cached', '--', ...paths], cwd),
        runGit(['check-ignore', '--no-index', '-v', '-n', '--', ...paths], cwd),
      ]);
      const failed = [tracked, ignored].find((run) => run.problem);
      if (failed?.problem)
        return { problem: failed.problem, tracked: new Set(), ignored: new Map() };
      // `SOURCE:LINE:PATTERN<TAB>PATH`, or `::<TAB>PATH` when no rule matches (-z needs --stdin).
      const rules = new Map<string, string>();
      for (const row of ignored.stdout.split('\n')) {
        const tab = row.lastIndexOf('\t');
        const rule = row.slice(0, tab);
        if (tab !== -1 && rule !== '::') rules.set(row.slice(tab + 1), rule);
      }
      return { tracked: new Set(tracked.stdout.split('\0').filter(Boolean)), ignored: rules };
    });
  }
}

/** Linux: a process's parent, from /proc/<pid>/stat (after the name, which may hold anything). */
function parentPid(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid >= 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/** The line of the last assignment of `key` (the one dotenv keeps). */
export function lastLine(text: string, key: string): number | undefined {
  return envKeyLines(text, key).at(-1);
}

function runGit(args: string[], cwd: string): Promise<{ stdout: string; problem?: string }> {
  return new Promise((done) => {
    execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      { cwd, timeout: 5000, windowsHide: true, env: { ...process.env, LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        // check-ignore exits 1 when nothing is ignored: an answer, not a failure.
        const exit = error ? (typeof error.code === 'number' ? error.code : undefined) : 0;
        if (exit === 0 || (exit === 1 && args[0] === 'check-ignore')) return done({ stdout });
        if (codeOf(error) === 'ENOENT')
          return done({ stdout: '', problem: 'git is not installed' });
        const first = stderr.split('\n').find(Boolean) ?? String(error);
        done({
          stdout: '',
          problem: /not a git repository/i.test(first) ? 'not inside a git work tree' : first,
        });
      },
    );
  });
}
