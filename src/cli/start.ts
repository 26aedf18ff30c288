import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { relative } from 'node:path';
import { writeEnvValue } from '../core/env/file.js';
import { urlOverride } from '../core/env/frontend.js';
import { release } from '../core/ports/allocate.js';
import { rememberedPorts, rememberPorts } from '../core/ports/remembered.js';
import {
  armWatchdog,
  endProcess,
  signalGroup,
  WATCH_VARIABLE,
  type Watchdog,
} from '../core/process/end.js';
import { childIdentity, type ProcessIdentity } from '../core/process/identity.js';
import { onStopRequest } from '../core/process/owner-pipe.js';
import { waitUntilReady } from '../core/process/readiness.js';
import { spawnCommand } from '../core/process/spawn.js';
import { API_URL_KEY, TIME_DEFAULTS } from '../core/project/defaults.js';
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
  windowsConsoleStop,
} from './backend-setup.js';
import type { Say } from './output.js';
import { configure, portFlags, withProjectPorts } from './project-config.js';
import { takeOverProject } from './start-checks.js';

function signalExitCode(signal: NodeJS.Signals | null): number {
  return 128 + (signal ? (constants.signals[signal] ?? 1) : 1);
}

/**
 * The backend shares udo-port's stdout and stderr. On a pipe, Node makes them non-blocking as
 * soon as anything touches process.stdout/stderr (its own socket teardown does), and Python then
 * drops what it writes while the pipe is full: the end of a traceback, under load. Blocking
 * again, both wait for the reader instead.
 */
function keepStdioBlocking(): void {
  for (const stream of [process.stdout, process.stderr]) {
    (stream as { _handle?: { setBlocking?: (blocking: boolean) => void } })._handle?.setBlocking?.(
      true,
    );
  }
}

/**
 * Writes the URL once the backend listens; a failed write is told, the backend keeps running.
 * Then says so only if it settles it: the shell or `.env.development.local` outrank .env.local.
 */
export async function pointFrontendAt(
  envLocal: string,
  url: string,
  cwd: string,
  say: Say,
  keys: readonly string[] = [API_URL_KEY],
) {
  const shown = relative(cwd, envLocal) || envLocal;
  for (const key of keys) {
    try {
      await writeEnvValue(envLocal, key, url, '--env-local');
    } catch (error) {
      say.warn(`${(error as Error).message}; the frontend is not pointed at the backend`);
      return;
    }
    const override = urlOverride(envLocal, url, process.env, cwd, process.platform, key);
    if (!override) {
      say.info(`${shown}: ${key}=${url}`);
      continue;
    }
    say.warn(
      `${shown} now says ${key}=${url}, but ${override.where} sets ${override.value}, which wins: the frontend still calls ${override.value}; ${override.remedy}`,
    );
  }
}

/** How the backend ended, in words: `exited with code 3`, `was ended by SIGTERM`. */
function howItEnded(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was ended by ${signal}` : `exited with code ${code}`;
}

/**
 * `udo-port start`: lease a port, run the backend on it, point the frontend at it once it
 * listens. The lease is kept while the backend runs: it is how `list` and a second start know
 * it runs. Resolves to the backend's exit code.
 */
export async function start(argv: string[], say: Say): Promise<number> {
  const parsed = optionsAndCommand(argv, startOptions);
  const { values, project } = configure(parsed.values);
  const command = parsed.command.length > 0 ? parsed.command : (project.backendCommand ?? []);
  const remembered = portFlags(parsed.values).api ? {} : rememberedPorts(project.root);
  const request = withProjectPorts(allocateRequest(values), project, values, remembered.api);
  const cwd = request.cwd as string;
  const waitMs = parseSeconds(values.wait ?? String(TIME_DEFAULTS.waitSeconds), '--wait') * 1000;
  const venv = await backendVenv(cwd, values.venv, command);

  const ci = ciJobFromEnv(process.env);
  // Refused (a FIFO, UTF-16) before a --replace ends anything.
  const envLocal = usableEnvLocal(values, cwd);
  await takeOverProject(cwd, values.replace ?? false, ci, say);
  const allocation = await allocateBackend(request, ci);
  rememberPorts(project.root, { api: allocation.port });
  for (const warning of allocation.warnings) say.warn(warning);
  say.info(`starting the backend on ${allocation.url} (${portOrigin(allocation, cwd)})`);

  const plan = backendPlan(values, project.backendDir, allocation, venv, command);
  let released = false;
  const dropLease = () => {
    if (!released) release(allocation);
    released = true;
  };

  keepStdioBlocking();
  // Handlers first: a Ctrl+C between the spawn and their installation would end udo-port alone,
  // before it could pass it on.
  let child: ChildProcess | undefined;
  let early: NodeJS.Signals | undefined;
  let windows: ReturnType<typeof windowsConsoleStop> | undefined;
  let leader: ProcessIdentity | undefined;
  const forward = (signal: NodeJS.Signals) => {
    if (child === undefined) {
      early ??= signal;
      return;
    }
    if (child.pid === undefined || child.exitCode !== null) return;
    if (process.platform === 'win32') {
      windows ??= windowsConsoleStop(child.pid, endProcess);
      windows.signal(signal);
      return;
    }
    try {
      void signalGroup(child.pid, leader, signal);
    } catch {}
  };
  const handlers = FORWARDED.map((signal) => {
    const handler = () => forward(signal);
    try {
      process.on(signal, handler);
    } catch {}
    return [signal, handler] as const;
  });
  // Windows: another start's --replace asks through this process's owner pipe.
  const removeStopRequest = onStopRequest(() => forward('SIGTERM'));
  const removeHandlers = () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    removeStopRequest();
  };
  // Armed before the spawn, so that a kill -9 of this process at any moment leaves no backend.
  // Windows has no process groups to end, and the console delivers Ctrl+C itself (FORWARDED).
  const watchdog: Watchdog | undefined =
    process.platform !== 'win32' ? armWatchdog(say.warn) : undefined;
  const watched = watchdog
    ? { ...plan, env: { ...plan.env, [WATCH_VARIABLE]: watchdog.marker } }
    : plan;
  try {
    // Its own process group (POSIX): a terminal's Ctrl+C reaches only udo-port, which passes it
    // on once to the whole group, reloader children included.
    child = spawnCommand(watched, { stdio: 'inherit', detached: process.platform !== 'win32' });
  } catch (error) {
    removeHandlers();
    dropLease();
    await watchdog?.dismiss();
    throw error;
  }
  if (child.pid !== undefined) {
    watchdog?.watch(child.pid);
    leader = childIdentity(child.pid);
  }
  const exited = new AbortController();
  let listened = false;
  const exit = new Promise<number>((resolveExit) => {
    child.once('error', (error) => {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      say.error(
        missing
          ? `could not run ${plan.file}: no such command (is it installed, and on PATH?)`
          : `could not run ${plan.file}: ${error.message}`,
      );
      exited.abort();
      resolveExit(127);
    });
    child.once('exit', (code, signal) => {
      exited.abort();
      windows?.cancel();
      // Its own output, above, says why; this line says that it never served.
      if (!listened) {
        say.error(
          `the backend ${howItEnded(code, signal)} before it listened on port ${allocation.port}; its output, if any, is above`,
        );
      }
      resolveExit(code ?? signalExitCode(signal));
    });
  });

  // A signal that came before the backend existed is passed on now.
  if (early) forward(early);

  try {
    const until = (timeoutMs: number, intervalMs?: number) =>
      waitUntilReady({ kind: 'port' }, allocation.port, allocation.host, {
        timeoutMs,
        signal: exited.signal,
        ...(intervalMs && { intervalMs }),
        ...(child.pid !== undefined && { owner: child.pid }),
      });
    let outcome = await until(waitMs);
    if (outcome.state === 'timeout' && !exited.signal.aborted) {
      // A slow backend still comes up: keep watching, so .env.local follows it when it does.
      say.warn(
        `nothing listens on port ${allocation.port} after ${waitMs / 1000}s; still waiting, and ${envLocal ? 'the frontend is pointed at it' : 'it is announced'} once it listens`,
      );
      outcome = await until(Number.POSITIVE_INFINITY, 500);
    }
    if (outcome.state === 'foreign') {
      // Not ours that answers (a container through NAT, a process that bound first): the
      // frontend would reach it, so nothing is written, and the backend is of no use there.
      listened = true;
      say.error(
        `port ${allocation.port} answers, but not the backend (PID ${child.pid}): it is ${outcome.answers}; ${envLocal ? `${relative(cwd, envLocal) || envLocal} is left as it was; ` : ''}stopping the backend`,
      );
      forward('SIGTERM');
      await exit;
      return 1;
    }
    if (outcome.state === 'ready') {
      listened = true;
      say.info(`backend listening on ${allocation.url}`);
      if (envLocal)
        await pointFrontendAt(envLocal, allocation.url, cwd, say, project.web.urlVariables);
    }
    return await exit;
  } finally {
    dropLease();
    removeHandlers();
    // Only once the backend has ended: should this function fail while it runs, the watchdog
    // ends it when this process exits.
    if (exited.signal.aborted) await watchdog?.dismiss();
  }
}
