// `udo-port dev`: the backend as `start` runs it and the frontend's dev server, each on a port
// of its own, in one terminal; one Ctrl+C ends both, and when either ends the other is stopped.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { LONGEST_LEASE_MS } from '../core/leases/registry.js';
import { type Allocation, allocate, release } from '../core/ports/allocate.js';
import { rememberedPorts, rememberPorts } from '../core/ports/remembered.js';
import type { BackendCommand } from '../core/process/backend-command.js';
import { splitCommandLine } from '../core/process/command-line.js';
import { onStopRequest } from '../core/process/owner-pipe.js';
import { waitUntilReady } from '../core/process/readiness.js';
import { PORT_DEFAULTS, TIME_DEFAULTS } from '../core/project/defaults.js';
import { devServerArgv } from '../core/project/web-app.js';
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
import type { Say } from './output.js';
import { configure, type Project, portFlags, withProjectPorts } from './project-config.js';
import { pointFrontendAt } from './start.js';
import { takeOverProject } from './start-checks.js';

/** What dev's frontend lease says it is for: `udo-port url web` finds it by this. */
export const WEB_PURPOSE = 'udo-port dev (frontend)';

export const devOptions = {
  ...startOptions,
  'web-port': { type: 'string' },
  'web-range': { type: 'string' },
  'web-cmd': { type: 'string' },
  'web-dir': { type: 'string' },
} as const;

/** The dev server's command: --web-cmd (or frontend.command) with {port}, else `<pm> run dev` with the port. */
function frontendArgv(project: Project, port: number, webCmd: string | undefined): string[] {
  if (webCmd !== undefined) {
    return splitCommandLine(webCmd, '--web-cmd').map((arg) =>
      arg.replaceAll('{port}', String(port)),
    );
  }
  return devServerArgv(project.web.packageManager, project.web.framework, port);
}

/** The frontend's port: --web-port, WEB_PORT, 3000, then 3000-3010; never API_PORT or backend/.env. */
async function allocateWeb(
  values: Record<string, unknown>,
  cwd: string,
  ci: ReturnType<typeof ciJobFromEnv>,
  project: Project,
  remembered: number | undefined,
) {
  const fromFlag = values['web-port'] as string | undefined;
  const env = { ...process.env, API_PORT: undefined, BACKEND_PORT: undefined };
  const range =
    (values['web-range'] as string | undefined) ??
    `${PORT_DEFAULTS.webRange.from}-${PORT_DEFAULTS.webRange.to}`;
  const [from, to] = range.split('-').map((p) => Number(p.trim())) as [number, number];
  // The port it had last time, else frontend.port, else (with no range of its own) 3000.
  const otherwise =
    project.web.port?.value ??
    (values['web-range'] === undefined && project.file?.config.frontend?.range === undefined
      ? PORT_DEFAULTS.webPort
      : from);
  const first =
    remembered !== undefined && remembered !== otherwise && remembered >= from && remembered <= to
      ? { defaultPort: remembered, defaultPortOrigin: 'the port this checkout had last time' }
      : project.web.port
        ? { defaultPort: project.web.port.value, defaultPortOrigin: project.web.port.origin }
        : values['web-range'] === undefined
          ? { defaultPort: PORT_DEFAULTS.webPort }
          : {};
  return allocate({
    cwd,
    env,
    port: fromFlag ?? process.env.WEB_PORT,
    portFrom: 'flag',
    ...first,
    range,
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
      purpose: WEB_PURPOSE,
      ...(ci && { ci }),
    },
  });
}

export async function dev(argv: string[], say: Say): Promise<number> {
  const parsed = optionsAndCommand(argv, devOptions);
  const { values, project } = configure(parsed.values);
  // The command after --, else backend.command from the project file, else uvicorn.
  const command = parsed.command.length > 0 ? parsed.command : (project.backendCommand ?? []);
  const flags = portFlags(parsed.values);
  const last = rememberedPorts(project.root);
  const remembered = {
    api: flags.api ? undefined : last.api,
    web: flags.web ? undefined : last.web,
  };
  const request = withProjectPorts(allocateRequest(values), project, values, remembered.api);
  const cwd = request.cwd as string;
  const waitMs = parseSeconds(values.wait ?? String(TIME_DEFAULTS.waitSeconds), '--wait') * 1000;
  const webDir = project.web.dir;
  if (!existsSync(join(webDir, 'package.json')) && values['web-cmd'] === undefined) {
    const label = project.file?.label;
    const named =
      parsed.values['web-dir'] !== undefined || !label
        ? '--web-dir'
        : project.file?.config.frontend?.dir !== undefined
          ? `frontend.dir in ${label}`
          : `frontend.dir (not set in ${label})`;
    throw new UsageError(
      `${named}: "${webDir}" has no package.json (the frontend to run; or give --web-cmd)`,
    );
  }
  const venv = await backendVenv(cwd, values.venv, command);
  // Validated before anything is leased: a bad --web-cmd is a usage error.
  frontendArgv(project, PORT_DEFAULTS.webPort, values['web-cmd']);
  const ci = ciJobFromEnv(process.env);
  // Refused (a FIFO, UTF-16) before a --replace ends anything.
  const envLocal = usableEnvLocal(values, cwd);
  await takeOverProject(cwd, values.replace ?? false, ci, say);
  const api = await allocateBackend(request, ci);
  let web: Allocation;
  try {
    web = await allocateWeb(values, cwd, ci, project, remembered.web);
  } catch (error) {
    release(api);
    throw error;
  }
  rememberPorts(project.root, { api: api.port, web: web.port });
  for (const warning of [...api.warnings, ...web.warnings]) say.warn(warning);
  const webUrl = `http://localhost:${web.port}`;
  say.info(`backend on ${api.url} (${portOrigin(api, cwd)})`);
  say.info(`frontend on ${webUrl} (${portOrigin(web, cwd)})`);

  const apiPlan = backendPlan(values, project.backendDir, api, venv, command);
  // The backend's own variables for the frontend's URL (its CORS list), from the project file.
  for (const key of project.frontendUrlVariables) apiPlan.env[key] = webUrl;
  const [file, ...args] = frontendArgv(project, web.port, values['web-cmd']) as [
    string,
    ...string[],
  ];
  const urls = Object.fromEntries(project.web.urlVariables.map((key) => [key, api.url]));
  const webPlan: BackendCommand = {
    file,
    args,
    cwd: webDir,
    env: { ...process.env, PORT: String(web.port), ...urls },
  };
  const plans = { api: apiPlan, web: webPlan };
  const keys = project.web.urlVariables;
  return runBoth(plans, { api, web, webUrl, envLocal, cwd, waitMs, keys }, say);
}

interface Ports {
  api: Allocation;
  web: Allocation;
  webUrl: string;
  envLocal: string | undefined;
  cwd: string;
  waitMs: number;
  /** The variables the frontend reads for the backend's URL. */
  keys: readonly string[];
}

interface Plans {
  api: BackendCommand;
  web: BackendCommand;
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
  // Windows: another start's --replace asks through this process's owner pipe.
  const removeStopRequest = onStopRequest(() => {
    for (const child of children) child.signal('SIGTERM');
  });
  try {
    children.push(spawnLabelled('api', plans.api, say.warn));
    children.push(spawnLabelled('web', plans.web, say.warn));
    const [apiChild, webChild] = children as [Labelled, Labelled];
    // Something not ours answering a port ends dev as a child's exit would, with code 1.
    let refuse: (end: { c: Labelled | undefined; code: number }) => void = () => undefined;
    const refused = new Promise<{ c: Labelled | undefined; code: number }>((resolve) => {
      refuse = resolve;
    });
    const first = Promise.race([
      ...children.map((c) => c.exit.then((code) => ({ c: c as Labelled | undefined, code }))),
      refused,
    ]);
    const ended = new AbortController();
    void first.then(() => ended.abort());
    const until = async (port: number, host: string, child: Labelled) => {
      const outcome = await waitUntilReady({ kind: 'port' }, port, host, {
        timeoutMs: Number.POSITIVE_INFINITY,
        signal: ended.signal,
        intervalMs: 200,
        ...(child.child.pid !== undefined && { owner: child.child.pid }),
      });
      if (outcome.state === 'foreign') {
        say.error(
          `port ${port} answers, but not ${child.name} (PID ${child.child.pid}): it is ${outcome.answers}; ${child.name === 'api' && p.envLocal ? 'the frontend env file is left as it was; ' : ''}stopping both`,
        );
        refuse({ c: undefined, code: 1 });
      }
      return outcome.state === 'ready';
    };
    const slow = setTimeout(
      () => say.warn(`not both listening after ${p.waitMs / 1000}s; still waiting`),
      p.waitMs,
    );
    void Promise.all([
      until(p.api.port, p.api.host, apiChild).then(async (up) => {
        if (up && p.envLocal) await pointFrontendAt(p.envLocal, p.api.url, p.cwd, say, p.keys);
        return up;
      }),
      until(p.web.port, '0.0.0.0', webChild),
    ]).then(([apiUp, webUp]) => {
      clearTimeout(slow);
      if (apiUp && webUp) say.info(`ready: api ${p.api.url}  web ${p.webUrl}`);
    });
    const { c, code } = await first;
    clearTimeout(slow);
    const other = c === apiChild ? webChild : apiChild;
    if (c && !other.ended()) say.info(`${c.name} exited with code ${code}; stopping ${other.name}`);
    await Promise.all(children.map((child) => child.stop()));
    return code;
  } catch (error) {
    await Promise.all(children.map((child) => child.stop()));
    throw error;
  } finally {
    release(p.api);
    release(p.web);
    for (const [signal, handler] of handlers) process.off(signal, handler);
    removeStopRequest();
  }
}
