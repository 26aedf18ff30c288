// `udo-port dev`: the backend as `start` runs it and the frontend's dev server, each on a port
// of its own, in one terminal; one Ctrl+C ends both, and when either ends the other is stopped.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Allocation, allocate, release } from '../core/allocate.js';
import { type BackendCommand, waitUntilListening } from '../core/backend.js';
import { splitCommandLine } from '../core/command-line.js';
import { UsageError } from '../core/errors.js';
import { LONGEST_LEASE_MS } from '../core/leases.js';
import { API_URL_KEY, PORT_DEFAULTS, PROJECT_DEFAULTS, TIME_DEFAULTS } from '../core/project.js';
import { ciJobFromEnv } from '../github/ci-job.js';
import { allocateRequest, parseSeconds } from './args.js';
import {
  allocateBackend,
  backendPlan,
  backendVenv,
  FORWARDED,
  optionsAndCommand,
  portOrigin,
  startOptions,
  usableEnvLocal,
} from './backend-setup.js';
import { type Labelled, spawnLabelled } from './dev-process.js';
import { pointFrontendAt, type Say } from './start.js';
import { takeOverProject } from './start-checks.js';

const devOptions = {
  ...startOptions,
  'web-port': { type: 'string' },
  'web-range': { type: 'string' },
  'web-cmd': { type: 'string' },
  'web-dir': { type: 'string' },
} as const;

/** The frontend's package manager, by its lockfile: what the project itself uses. */
function packageManager(webDir: string): string {
  if (existsSync(join(webDir, 'pnpm-lock.yaml'))) return 'pnpm';
  if (existsSync(join(webDir, 'yarn.lock'))) return 'yarn';
  if (existsSync(join(webDir, 'bun.lockb')) || existsSync(join(webDir, 'bun.lock'))) return 'bun';
  return 'npm';
}

/** `npm run dev -- --port N`; pnpm, yarn and bun pass the flag on without `--`; or --web-cmd. */
function frontendArgv(webDir: string, port: number, webCmd: string | undefined): string[] {
  if (webCmd !== undefined) {
    return splitCommandLine(webCmd, '--web-cmd').map((arg) =>
      arg.replaceAll('{port}', String(port)),
    );
  }
  const pm = packageManager(webDir);
  if (pm === 'npm') return ['npm', 'run', 'dev', '--', '--port', String(port)];
  if (pm === 'yarn') return ['yarn', 'dev', '--port', String(port)];
  return [pm, 'run', 'dev', '--port', String(port)];
}

/** The frontend's port: --web-port, WEB_PORT, 3000, then 3000-3010; never API_PORT or backend/.env. */
async function allocateWeb(
  values: Record<string, unknown>,
  cwd: string,
  ci: ReturnType<typeof ciJobFromEnv>,
) {
  const fromFlag = values['web-port'] as string | undefined;
  const env = { ...process.env, API_PORT: undefined, BACKEND_PORT: undefined };
  return allocate({
    cwd,
    env,
    port: fromFlag ?? process.env.WEB_PORT,
    portFrom: 'flag',
    ...(values['web-range'] === undefined && { defaultPort: PORT_DEFAULTS.webPort }),
    range:
      (values['web-range'] as string | undefined) ??
      `${PORT_DEFAULTS.webRange.from}-${PORT_DEFAULTS.webRange.to}`,
    // No envFile: the frontend's port is not read from backend/.env.
    nameHolder: true,
    labels: {
      port: fromFlag !== undefined ? '--web-port' : 'WEB_PORT',
      range: '--web-range',
      defaultPort: '--web-port',
    },
    lease: {
      ttlMs: LONGEST_LEASE_MS,
      lifetime: 'owner',
      purpose: 'udo-port dev (frontend)',
      ...(ci && { ci }),
    },
  });
}

export async function dev(argv: string[], say: Say): Promise<number> {
  const { values, command } = optionsAndCommand(argv, devOptions);
  const request = allocateRequest(values);
  const cwd = request.cwd as string;
  const waitMs = parseSeconds(values.wait ?? String(TIME_DEFAULTS.waitSeconds), '--wait') * 1000;
  const webDir = resolve(cwd, values['web-dir'] ?? PROJECT_DEFAULTS.webDir);
  if (!existsSync(join(webDir, 'package.json')) && values['web-cmd'] === undefined) {
    throw new UsageError(
      `--web-dir: "${webDir}" has no package.json (the frontend to run; or give --web-cmd)`,
    );
  }
  const venv = await backendVenv(cwd, values.venv, command);
  // Validated before anything is leased: a bad --web-cmd is a usage error.
  frontendArgv(webDir, PORT_DEFAULTS.webPort, values['web-cmd']);
  const ci = ciJobFromEnv(process.env);
  await takeOverProject(cwd, values.replace ?? false, ci, say);
  const envLocal = usableEnvLocal(values, cwd);
  const api = await allocateBackend(request, ci);
  let web: Allocation;
  try {
    web = await allocateWeb(values, cwd, ci);
  } catch (error) {
    release(api);
    throw error;
  }
  for (const warning of [...api.warnings, ...web.warnings]) say.warn(warning);
  const webUrl = `http://localhost:${web.port}`;
  say.info(`backend on ${api.url} (${portOrigin(api)})`);
  say.info(`frontend on ${webUrl} (${portOrigin(web)})`);

  const apiPlan = backendPlan(values, cwd, api, venv, command);
  const [file, ...args] = frontendArgv(webDir, web.port, values['web-cmd']) as [
    string,
    ...string[],
  ];
  const webPlan: BackendCommand = {
    file,
    args,
    cwd: webDir,
    env: { ...process.env, PORT: String(web.port), [API_URL_KEY]: api.url },
  };
  // Windows: a command of one's own may be a .cmd shim, as the frontend's (npm) is.
  const plans = { api: apiPlan, web: webPlan, apiShell: command.length > 0 };
  return runBoth(plans, { api, web, webUrl, envLocal, cwd, waitMs }, say);
}

interface Ports {
  api: Allocation;
  web: Allocation;
  webUrl: string;
  envLocal: string | undefined;
  cwd: string;
  waitMs: number;
}

interface Plans {
  api: BackendCommand;
  web: BackendCommand;
  apiShell: boolean;
}

async function runBoth(plans: Plans, p: Ports, say: Say) {
  const children: Labelled[] = [];
  const handlers = FORWARDED.map((signal) => {
    const handler = () => {
      for (const child of children) child.signal(signal);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  try {
    children.push(spawnLabelled('api', plans.api, say.warn, plans.apiShell));
    children.push(spawnLabelled('web', plans.web, say.warn, true));
    const [apiChild, webChild] = children as [Labelled, Labelled];
    const first = Promise.race(children.map((c) => c.exit.then((code) => ({ c, code }))));
    const ended = new AbortController();
    void first.then(() => ended.abort());
    const until = (port: number, host: string) =>
      waitUntilListening(port, host, {
        timeoutMs: Number.POSITIVE_INFINITY,
        signal: ended.signal,
        intervalMs: 200,
      });
    const slow = setTimeout(
      () => say.warn(`not both listening after ${p.waitMs / 1000}s; still waiting`),
      p.waitMs,
    );
    void Promise.all([
      until(p.api.port, p.api.host).then(async (up) => {
        if (up && p.envLocal) await pointFrontendAt(p.envLocal, p.api.url, p.cwd, say);
        return up;
      }),
      until(p.web.port, '0.0.0.0'),
    ]).then(([apiUp, webUp]) => {
      clearTimeout(slow);
      if (apiUp && webUp) say.info(`ready: api ${p.api.url}  web ${p.webUrl}`);
    });
    const { c, code } = await first;
    const other = c === apiChild ? webChild : apiChild;
    clearTimeout(slow);
    if (!other.ended()) say.info(`${c.name} exited with code ${code}; stopping ${other.name}`);
    await Promise.all(children.map((child) => child.stop()));
    return code;
  } catch (error) {
    await Promise.all(children.map((child) => child.stop()));
    throw error;
  } finally {
    release(p.api);
    release(p.web);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}
