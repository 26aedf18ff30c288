// What `udo-port start` and `udo-port dev` share about the backend: their options, the command
// after `--`, the venv, the env file, the lease, how the port is told, and the signals passed on.

import { describeOwnCompose, ownComposeContainer } from '../core/containers/engines.js';
import { envFileContents } from '../core/env/file.js';
import { UsageError } from '../core/errors.js';
import { type CiJob, LONGEST_LEASE_MS } from '../core/leases/registry.js';
import { START_PURPOSE } from '../core/leases/running.js';
import {
  type AllocateRequest,
  type Allocation,
  allocate,
  describeRefusal,
} from '../core/ports/allocate.js';
import { backendCommand } from '../core/process/backend-command.js';
import { PROJECT_DEFAULTS, venvPath } from '../core/project/defaults.js';
import { inspectVenv, type Venv } from '../core/python/venv.js';
import { envLocalPath, parseCommandLine, projectOptions } from './args.js';
import { requireBackendVenv } from './start-checks.js';

export const startOptions = {
  ...projectOptions,
  'no-env-local': { type: 'boolean' },
  reload: { type: 'boolean' },
  replace: { type: 'boolean' },
  wait: { type: 'string' },
} as const;

/** The options before `--`, and the backend's own command after it (none: uvicorn). */
export function optionsAndCommand<T extends typeof startOptions>(argv: string[], options: T) {
  const dash = argv.indexOf('--');
  const own = dash === -1 ? argv : argv.slice(0, dash);
  const command = dash === -1 ? [] : argv.slice(dash + 1);
  const { values, positionals } = parseCommandLine(own, options);
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument ${positionals[0]} (a command goes after --)`);
  }
  if (dash !== -1 && command.length === 0) throw new UsageError('--: no command after it');
  if ((values as { json?: boolean }).json) {
    // The terminal is the backend's; what runs is told by `list`.
    throw new UsageError(
      '--json: not an option here (udo-port list --json shows the running backends)',
    );
  }
  return { values, command };
}

/**
 * The venv the backend runs in. The default command needs it whole, with uvicorn: checked
 * before anything is leased or written. A command of one's own only gets it on PATH if usable.
 */
export const backendVenv = async (cwd: string, venvArg: string | undefined, command: string[]) =>
  command.length === 0
    ? await requireBackendVenv(cwd, venvArg ?? PROJECT_DEFAULTS.venv)
    : inspectVenv(venvPath(cwd, venvArg ?? PROJECT_DEFAULTS.venv));

/**
 * `port 8002 from the scan of 8001-8010; 8001 is in use by PID 4242 (…)`. A port this project's
 * own Compose stack publishes (`root`: the project) is said to be so, not a stranger's.
 */
export function portOrigin(allocation: Allocation, root?: string): string {
  const wanted = allocation.passedOver[0];
  const own = wanted?.containers && root ? ownComposeContainer(wanted.containers, root) : undefined;
  const why = own ? `held by ${describeOwnCompose(own)}` : wanted && describeRefusal(wanted);
  return `port ${allocation.port} from ${allocation.origin}${wanted ? `; ${wanted.port} is ${why}` : ''}`;
}

/** The backend's command line and environment: uvicorn with --app and --reload, or `command`. */
export const backendPlan = (
  values: { app?: string; reload?: boolean },
  cwd: string,
  allocation: Allocation,
  venv: Venv,
  command: string[],
) =>
  backendCommand({
    cwd,
    port: allocation.port,
    host: allocation.host,
    venv,
    app: values.app ?? PROJECT_DEFAULTS.app,
    reload: values.reload ?? false,
    command,
  });

/**
 * The frontend env file to write, unless --no-env-local; refused now, before anything is leased
 * or started, when it is a FIFO, a device or a folder.
 */
export function usableEnvLocal(
  values: { 'no-env-local'?: boolean; 'env-local'?: string; 'env-file'?: string },
  cwd: string,
): string | undefined {
  if (values['no-env-local']) return undefined;
  const envLocal = envLocalPath(values, cwd);
  const found = envFileContents(envLocal);
  if (found.state === 'refused') throw new UsageError(`--env-local: ${envLocal} ${found.message}`);
  return envLocal;
}

/** The backend's lease: held by this process while the backend runs, stale as soon as it dies. */
export const allocateBackend = (request: AllocateRequest, ci: CiJob | undefined) =>
  allocate({
    ...request,
    nameHolder: true,
    lease: {
      ttlMs: LONGEST_LEASE_MS,
      lifetime: 'owner',
      purpose: START_PURPOSE,
      ...(ci && { ci }),
    },
  });

/**
 * The signals start and dev catch and pass on to the backend's whole process group (POSIX). On
 * Windows a Ctrl+C or Ctrl+Break in the console reaches every process attached to it, the
 * backend's tree included (it shares the console): they are caught so that udo-port is not ended
 * before the backend, which it then waits for (WINDOWS_GRACE_MS, then its tree is ended);
 * SIGTERM, which only Node itself sends there, ends the tree at once.
 */
export const FORWARDED =
  process.platform === 'win32'
    ? (['SIGINT', 'SIGBREAK', 'SIGTERM'] as const)
    : (['SIGINT', 'SIGTERM', 'SIGHUP'] as const);

/** Windows: how long a backend has to end on its own Ctrl+C before its tree is ended. */
export const WINDOWS_GRACE_MS = 10_000;

/**
 * Windows: what a caught signal does to a child in udo-port's console. The console gave it the
 * Ctrl+C itself (a second one ends it at once); SIGTERM ends its tree now. Returns a function that
 * cancels a pending end, for when the child exits first.
 */
export function windowsConsoleStop(pid: number, end: (pid: number) => Promise<unknown>) {
  let timer: NodeJS.Timeout | undefined;
  let presses = 0;
  const stopNow = () => {
    clearTimeout(timer);
    void end(pid).catch(() => undefined);
  };
  return {
    signal: (name: NodeJS.Signals) => {
      presses += name === 'SIGTERM' ? 2 : 1;
      if (presses > 1) stopNow();
      else timer = setTimeout(stopNow, WINDOWS_GRACE_MS);
    },
    cancel: () => clearTimeout(timer),
  };
}
