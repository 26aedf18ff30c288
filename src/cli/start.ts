import { type ChildProcess, spawn } from 'node:child_process';
import { constants } from 'node:os';
import { relative } from 'node:path';
import { release } from '../core/allocate.js';
import { waitUntilListening } from '../core/backend.js';
import { writeEnvValue } from '../core/env-file.js';
import { urlOverride } from '../core/frontend.js';
import { signalGroup, type Watchdog, watchProcessGroup } from '../core/process-end.js';
import { childIdentity, type ProcessIdentity } from '../core/process-info.js';
import { API_URL_KEY, TIME_DEFAULTS } from '../core/project.js';
import { quote } from '../core/remedies.js';
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
import { takeOverProject } from './start-checks.js';

export interface Say {
  info: (line: string) => void;
  warn: (line: string) => void;
  error: (line: string) => void;
}

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
export async function pointFrontendAt(envLocal: string, url: string, cwd: string, say: Say) {
  const shown = relative(cwd, envLocal) || envLocal;
  try {
    await writeEnvValue(envLocal, API_URL_KEY, url, '--env-local');
  } catch (error) {
    say.warn(`${(error as Error).message}; the frontend is not pointed at the backend`);
    return;
  }
  const override = urlOverride(envLocal, url, process.env, cwd);
  if (!override) {
    say.info(`${shown}: ${API_URL_KEY}=${url}`);
    return;
  }
  say.warn(
    `${shown} now says ${API_URL_KEY}=${url}, but ${override.where} sets ${override.value}, which wins: the frontend still calls ${override.value}; ${override.remedy}`,
  );
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
  const { values, command } = optionsAndCommand(argv, startOptions);
  const request = allocateRequest(values);
  const cwd = request.cwd as string;
  const waitMs = parseSeconds(values.wait ?? String(TIME_DEFAULTS.waitSeconds), '--wait') * 1000;
  const venv = await backendVenv(cwd, values.venv, command);

  const ci = ciJobFromEnv(process.env);
  await takeOverProject(cwd, values.replace ?? false, ci, say);
  const envLocal = usableEnvLocal(values, cwd);
  const allocation = await allocateBackend(request, ci);
  for (const warning of allocation.warnings) say.warn(warning);
  say.info(`starting the backend on ${allocation.url} (${portOrigin(allocation)})`);

  const plan = backendPlan(values, cwd, allocation, venv, command);
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
  let leader: ProcessIdentity | undefined;
  const forward = (signal: NodeJS.Signals) => {
    if (child === undefined) {
      early ??= signal;
      return;
    }
    if (child.pid === undefined || child.exitCode !== null) return;
    try {
      if (process.platform === 'win32') child.kill(signal);
      else void signalGroup(child.pid, leader, signal);
    } catch {}
  };
  const handlers = FORWARDED.map((signal) => {
    const handler = () => forward(signal);
    try {
      process.on(signal, handler);
    } catch {}
    return [signal, handler] as const;
  });
  const removeHandlers = () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
  try {
    // Its own process group (POSIX): a terminal's Ctrl+C reaches only udo-port, which passes it
    // on once to the whole group, reloader children included.
    child =
      process.platform === 'win32' && command.length > 0
        ? // A user's command may be a .cmd shim (npm, npx), which only cmd.exe can run.
          spawn([plan.file, ...plan.args].map((arg) => quote(arg, 'win32')).join(' '), {
            cwd: plan.cwd,
            env: plan.env,
            stdio: 'inherit',
            shell: true,
          })
        : spawn(plan.file, plan.args, {
            cwd: plan.cwd,
            env: plan.env,
            stdio: 'inherit',
            detached: process.platform !== 'win32',
          });
  } catch (error) {
    removeHandlers();
    dropLease();
    throw error;
  }
  if (child.pid !== undefined) leader = childIdentity(child.pid);
  // Windows has no process groups to end, and the console delivers Ctrl+C itself.
  const watchdog: Watchdog | undefined =
    process.platform !== 'win32' && child.pid !== undefined
      ? watchProcessGroup(child.pid, say.warn)
      : undefined;
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
      waitUntilListening(allocation.port, allocation.host, {
        timeoutMs,
        signal: exited.signal,
        ...(intervalMs && { intervalMs }),
      });
    let listening = await until(waitMs);
    if (!listening && !exited.signal.aborted) {
      // A slow backend still comes up: keep watching, so .env.local follows it when it does.
      say.warn(
        `nothing listens on port ${allocation.port} after ${waitMs / 1000}s; still waiting, and ${envLocal ? 'the frontend is pointed at it' : 'it is announced'} once it listens`,
      );
      listening = await until(Number.POSITIVE_INFINITY, 500);
    }
    if (listening) {
      listened = true;
      say.info(`backend listening on ${allocation.url}`);
      if (envLocal) await pointFrontendAt(envLocal, allocation.url, cwd, say);
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
