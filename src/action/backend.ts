// The action's backend: what the step's inputs ask for, in core's terms (core/process/detached.ts
// starts, finds and stops it), and how it went, in the action's words.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backendCommand } from '../core/process/backend-command.js';
import { endMarked, startDetached, stopDetached } from '../core/process/detached.js';
import type { ProcessIdentity } from '../core/process/identity.js';
import { venvPath } from '../core/project/defaults.js';
import { inspectVenv } from '../core/python/venv.js';
import type { SavedBackend } from './state.js';

export { logTail } from '../core/process/detached.js';

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
 * Starts the backend detached, its output in a log file in `logDir`: the runner waits for a
 * step's output pipes to close, and the backend must outlive the main step.
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
  const started = await startDetached(plan, logFile);
  const ended = started.ended.then((how) =>
    'error' in how
      ? `could not be started: ${how.error.message}`
      : how.signal
        ? `was ended by ${how.signal}`
        : `exited with code ${how.code}`,
  );
  return {
    pid: started.pid,
    marker,
    logFile,
    ...(started.startedAt !== undefined && { startedAt: started.startedAt }),
    ...(started.startKey !== undefined && { startKey: started.startKey }),
    exited: started.exited,
    ended,
    startError: started.startError,
    detach: started.detach,
  };
}

/** The saved backend's identity: its pid is proof of nothing once it may have gone to another. */
const identityOf = (saved: SavedBackend): ProcessIdentity => ({
  pid: saved.pid,
  ...(saved.startKey !== undefined
    ? { startKey: saved.startKey }
    : saved.startedAt !== undefined && { startedAt: saved.startedAt }),
});

/**
 * Ends what carries `marker` when the main step died before it could save the backend's pid
 * (Linux; elsewhere nothing can be found by it). Says how many.
 */
export async function stopByMarker(marker: string): Promise<number> {
  return endMarked(MARKER_VARIABLE, marker);
}

const STOPPED = {
  gone: 'had already exited',
  reused: 'had already exited (its PID now names another process, left alone)',
  ended: 'was stopped',
  // taskkill /F always kills; elsewhere 'killed' means it ignored SIGTERM.
  killed: process.platform === 'win32' ? 'was stopped' : 'ignored SIGTERM and was killed',
} as const;

/**
 * Ends the backend's whole tree (uvicorn's reloader and worker), then any process that carries
 * its marker but left the tree (a daemonized child, a worker whose parent died). Says what
 * happened.
 */
export async function stopBackend(saved: SavedBackend): Promise<string> {
  const outcome = STOPPED[await stopDetached(identityOf(saved))];
  const strays = await endMarked(MARKER_VARIABLE, saved.marker);
  return strays > 0 ? `${outcome}; ${strays} process(es) it left behind were ended` : outcome;
}
