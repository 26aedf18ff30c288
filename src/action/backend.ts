import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backendCommand } from '../core/process/backend-command.js';
import { endProcess, outlast, signalEach } from '../core/process/end.js';
import {
  identify,
  isRunning,
  isSameProcess,
  type ProcessIdentity,
  processStartKey,
  processStartTime,
} from '../core/process/identity.js';
import { spawnCommand } from '../core/process/spawn.js';
import { venvPath } from '../core/project/defaults.js';
import { inspectVenv } from '../core/python/venv.js';
import type { SavedBackend } from './state.js';

/** Every process of the backend inherits this variable: the post step finds strays by it. */
export const MARKER_VARIABLE = 'UDO_PORT_BACKEND_ID';

/** The main step's own runner files and inputs: the backend has no business with them. */
const STEP_ONLY = /^(INPUT_|STATE_)|^GITHUB_(ENV|OUTPUT|STATE|PATH|STEP_SUMMARY)$/;

export interface BackendRequest {
  argv: string[];
  cwd: string;
  port: number;
  host: string;
  /** Variables set for it besides API_PORT, API_HOST and PORT: the step's exports. */
  env: Record<string, string>;
  /** The folder for its log: the job's RUNNER_TEMP. */
  logDir: string;
  /** Told the marker and log file before the spawn, so that a kill right after loses neither. */
  beforeSpawn?: (marker: string, logFile: string) => void;
}

export interface StartedBackend extends SavedBackend {
  /** Aborted once it has exited, or could not be started. */
  exited: AbortSignal;
  /** How it ended: `exited with code 1`, `was ended by SIGKILL`; never resolves while it runs. */
  ended: Promise<string>;
  /** Set when it could not be started at all (no such program): the input's fault. */
  startError: () => Error | undefined;
  /** Lets the main step exit while the backend runs on. */
  detach: () => void;
}

function backendEnv(extra: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!STEP_ONLY.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

/**
 * Starts the backend detached (its own session and process group on POSIX, no console on
 * Windows), with stdout and stderr in a log file and nothing of this process's stdio: the runner
 * waits for a step's output pipes to close, so an inherited pipe would keep the step running,
 * and the backend must outlive this process.
 */
export async function startBackend(request: BackendRequest): Promise<StartedBackend> {
  const marker = randomBytes(8).toString('hex');
  const plan = backendCommand({
    cwd: request.cwd,
    port: request.port,
    host: request.host,
    // The project's venv, when it has one, comes first on PATH, as in `udo-port start`.
    venv: inspectVenv(venvPath(request.cwd)),
    command: request.argv,
    env: backendEnv({ ...request.env, [MARKER_VARIABLE]: marker }),
  });
  const logFile = join(request.logDir || tmpdir(), `udo-port-${request.port}-${marker}.log`);
  request.beforeSpawn?.(marker, logFile);
  // O_EXCL and 0600: the folder may be a shared /tmp when RUNNER_TEMP is not set.
  const log = openSync(logFile, 'wx', 0o600);
  let child: ChildProcess;
  try {
    const options = {
      stdio: ['ignore', log, log] as ['ignore', number, number],
      detached: true,
      windowsHide: true,
    };
    // Windows: an .exe gets its arguments as written; a .cmd shim (npm, npx, uvicorn.cmd) goes
    // through cmd.exe, escaped so that nothing in them is expanded (no %NAME%).
    child = spawnCommand(plan, options);
  } finally {
    closeSync(log);
  }
  const exited = new AbortController();
  let startError: Error | undefined;
  const ended = new Promise<string>((done) => {
    child.once('error', (error) => {
      startError = error;
      exited.abort();
      done(`could not be started: ${error.message}`);
    });
    child.once('exit', (code, signal) => {
      exited.abort();
      done(signal ? `was ended by ${signal}` : `exited with code ${code}`);
    });
  });
  // 'spawn' or 'error' tells whether it runs at all: a missing program is the input's fault.
  await new Promise((settled) => {
    child.once('spawn', settled);
    child.once('error', settled);
  });
  const pid = child.pid;
  const startKey = pid === undefined ? undefined : processStartKey(pid);
  const startedAt = pid === undefined ? undefined : await processStartTime(pid);
  return {
    pid: pid ?? 0,
    marker,
    logFile,
    ...(startedAt !== undefined && { startedAt }),
    ...(startKey !== undefined && { startKey }),
    exited: exited.signal,
    ended,
    startError: () => startError,
    detach: () => child.unref(),
  };
}

/** The saved backend's identity: its pid is proof of nothing once it may have gone to another. */
const identityOf = (saved: SavedBackend): ProcessIdentity => ({
  pid: saved.pid,
  ...(saved.startKey !== undefined
    ? { startKey: saved.startKey }
    : saved.startedAt !== undefined && { startedAt: saved.startedAt }),
});

/** Linux: live processes that carry the backend's marker (zombies are over). */
function markedProcesses(marker: string): number[] {
  if (process.platform !== 'linux') return [];
  const needle = `\0${MARKER_VARIABLE}=${marker}\0`;
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      // Readable for this user's own processes only: exactly those it may have started.
      if (`\0${readFileSync(`/proc/${entry}/environ`, 'latin1')}`.includes(needle)) {
        if (isRunning(Number(entry))) found.push(Number(entry));
      }
    } catch {}
  }
  return found;
}

/**
 * Ends what carries `marker` when the main step died before it could save the backend's pid
 * (Linux; elsewhere nothing can be found by it). Says how many.
 */
export async function stopByMarker(marker: string): Promise<number> {
  return endStrays(marker);
}

/**
 * SIGTERM, then SIGKILL after the grace period, to processes that left the backend's tree; each
 * checked right before its signal (end.ts).
 */
async function endStrays(marker: string): Promise<number> {
  const strays: ProcessIdentity[] = [];
  for (const pid of markedProcesses(marker)) {
    const id = await identify(pid);
    if (id) strays.push(id);
  }
  await signalEach(strays, 'SIGTERM');
  await outlast(strays);
  return strays.length;
}

/**
 * Ends the backend's whole tree (uvicorn's reloader and worker: `endProcess` walks the tree, and
 * `taskkill /T` on Windows), then any process that carries its marker but left the tree (a
 * daemonized child, a worker whose parent died). Says what happened.
 */
export async function stopBackend(saved: SavedBackend): Promise<string> {
  let outcome = 'had already exited';
  if (isRunning(saved.pid)) {
    if (await isSameProcess(identityOf(saved))) {
      const ended = await endProcess(identityOf(saved));
      // taskkill /F always kills; elsewhere 'killed' means it ignored SIGTERM.
      if (ended === 'ended' || (ended === 'killed' && process.platform === 'win32')) {
        outcome = 'was stopped';
      } else if (ended === 'killed') {
        outcome = 'ignored SIGTERM and was killed';
      }
    } else {
      outcome = 'had already exited (its PID now names another process, left alone)';
    }
  }
  const strays = await endStrays(saved.marker);
  return strays > 0 ? `${outcome}; ${strays} process(es) it left behind were ended` : outcome;
}

/** The last `maxLines` lines of the log, read from its last `maxBytes` only. */
export function logTail(file: string, maxLines = 40, maxBytes = 16_384): string[] {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split(/\r?\n/);
    // A cut first line is only part of one.
    if (length < size) lines.shift();
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
    return lines.slice(-maxLines);
  } finally {
    closeSync(fd);
  }
}
