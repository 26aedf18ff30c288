// The facts checks share, each gathered once per run by the modules in facts/.

import { readlinkSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { askEngines, type EngineAnswer } from '../core/containers/engines.js';
import { type LeaseRecord, openLeaseRegistry } from '../core/leases/registry.js';
import { runningBackends } from '../core/leases/running.js';
import {
  allListeners,
  type ExcludedPortRange,
  excludedPortRanges,
} from '../core/listeners/index.js';
import type { BindRefusal } from '../core/ports/probe.js';
import { probeSettled } from '../core/ports/probe.js';
import type { SettingsInput } from '../core/ports/settings.js';
import { processStartTime } from '../core/process/identity.js';
import { parentCommand } from '../core/process/parent.js';
import { inspectVenv, packageVersions, type Venv } from '../core/python/venv.js';
import type { ListenerLookup } from '../core/types.js';
import { ciJobFromEnv } from '../github/ci-job.js';
import { type BackendFacts, backendFacts, realOrSelf } from './facts/backend.js';
import {
  type EnvText,
  readBackendEnv,
  readText,
  type SettingsFacts,
  settingsFacts,
} from './facts/env.js';
import { type GitFacts, gitFacts } from './facts/git.js';
import { type WebFacts, webFacts } from './facts/web.js';

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
  /** The variables the frontend reads for the backend's URL (default: NEXT_PUBLIC_API_URL). */
  urlVariables?: string[];
  /** Where they are named, for findings: `frontend.urlVariables in udo-port.json`. */
  urlVariablesFrom?: string;
  /** The project file, when there is one: `udo-port.json` or `package.json "udo-port"`. */
  projectFile?: string;
  /** The frontend's folder, for the dev-proxy check; default: the env file's folder. */
  webDir?: string;
  /** compose.files in the project file, absolute. */
  composeFiles?: string[];
  /** The backend's folder (backend.dir): where a backend of ours runs. */
  backendDir?: string;
  /** The command that runs the doctor again with the same project options. */
  doctorCommand: string;
  /** `npx udo-port start` with the same project options. */
  startCommand: string;
}

export interface LeaseFacts {
  dir?: string;
  records: LeaseRecord[];
  problem?: string;
}

/** A path relative to `from` when it lies inside it, else as it is. */
export function shownPath(path: string, from: string): string {
  const rel = relative(from, path);
  if (rel === '') return '.';
  return rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) ? path : rel;
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

  /** A path as the user would type it from their shell; pure, so checks pass it in their facts. */
  readonly show = (path: string): string => shownPath(path, this.config.shellDir);

  /** A path relative to the project root, `/`-separated (for .gitignore and messages). */
  inProject(path: string): string | undefined {
    const rel = relative(this.config.root, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel)
      ? undefined
      : rel.split(sep).join('/');
  }

  backendEnv(): Promise<EnvText> {
    return this.once(this.files, 'backendEnv', () => readBackendEnv(this.config.envFile));
  }

  example(): Promise<EnvText> {
    return this.once(this.files, 'example', () => readText(`${this.config.envFile}.example`));
  }

  settings(): Promise<SettingsFacts> {
    return this.once(this.files, 'settings', async () => {
      const { settingsInput, env, envFileName } = this.config;
      return settingsFacts({
        input: settingsInput,
        env,
        backend: await this.backendEnv(),
        envFileName,
      });
    });
  }

  listeners(): Promise<ListenerLookup> {
    return this.once(this.processes, 'listeners', () => allListeners());
  }

  /**
   * One settled test bind of a port on a host per run, shared: port.backend and port.range both
   * ask about the backend's port, and two binds of it at once refuse each other (the loser then
   * waited 25 ms to ask again, on every run). Not kept across the re-run after --fix.
   */
  probe(port: number, host: string, hostLabel: string): Promise<BindRefusal | undefined> {
    return this.once(this.files, `probe:${port}:${host}`, () =>
      probeSettled(port, host, hostLabel),
    );
  }

  /**
   * What Docker and Podman say runs: asked only by a check whose port an engine holds or NAT
   * routes (the CLIs take a tenth of a second or more each), once per run.
   */
  containers(): Promise<EngineAnswer> {
    return this.once(this.processes, 'containers', () => askEngines());
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
      const [{ listeners }, { settings }, { records }] = await Promise.all([
        this.listeners(),
        this.settings(),
        this.leases(),
      ]);
      const { app, root, platform, startCommand, envLocal } = this.config;
      const here = realOrSelf(root);
      const leasedPorts = runningBackends(records)
        .filter((b) => b.cwd !== undefined && realOrSelf(b.cwd) === here)
        .map((b) => b.port);
      return backendFacts({
        leasedPorts,
        listeners,
        settings,
        app,
        // uvicorn runs in backend.dir: that is the folder our backend's process has.
        root: this.config.backendDir ?? root,
        platform,
        cwdOf: (pid) => this.cwdOf(pid),
        startsElsewhere: `${startCommand} will take the next free port and write it to ${this.show(envLocal)}`,
      });
    });
  }

  /** The command line of a process's parent (see facts/next-servers.ts). */
  parentCommand(pid: number): Promise<string | undefined> {
    return this.once(this.processes, `parent:${pid}`, () =>
      parentCommand(pid, this.config.platform),
    );
  }

  leases(): Promise<LeaseFacts> {
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
    return this.once(this.files, 'web', () => webFacts(this.config.envLocal, this.config.env));
  }

  git(paths: string[]): Promise<GitFacts> {
    return this.once(this.files, `git:${paths.join('\0')}`, () =>
      gitFacts(this.config.root, paths),
    );
  }
}
