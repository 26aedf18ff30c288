// A process that outlives the one that started it (the action's backend runs on after the main
// step): started in its own session with its output in a log file, found again by a marker
// variable its whole tree inherits, and stopped by the identity saved for it.
import type { ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import type { BackendCommand } from './backend-command.js';
import { endProcess, outlast, signalEach } from './end.js';
import {
  identify,
  isRunning,
  isSameProcess,
  type ProcessIdentity,
  processStartKey,
  processStartTime,
} from './identity.js';
import { spawnCommand } from './spawn.js';

/** How a detached process ended: its exit, or why it could not be started at all. */
export type Ending = { code: number | null; signal: NodeJS.Signals | null } | { error: Error };

export interface Detached {
  /** 0 when it could not be started. */
  pid: number;
  startedAt?: number;
  startKey?: string;
  /** Aborted once it has exited, or could not be started. */
  exited: AbortSignal;
  /** How it ended; never resolves while it runs. */
  ended: Promise<Ending>;
  /** Set when it could not be started at all (no such program). */
  startError: () => Error | undefined;
  /** Lets this process exit while it runs on. */
  detach: () => void;
}

/**
 * Starts `plan` detached (its own session and process group on POSIX, no console on Windows),
 * with stdout and stderr in `logFile` (made new, 0600: its folder may be a shared /tmp) and
 * nothing of this process's stdio, which would keep a reader of this process's pipes waiting.
 */
export async function startDetached(plan: BackendCommand, logFile: string): Promise<Detached> {
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
  const ended = new Promise<Ending>((done) => {
    child.once('error', (error) => {
      startError = error;
      exited.abort();
      done({ error });
    });
    child.once('exit', (code, signal) => {
      exited.abort();
      done({ code, signal });
    });
  });
  // 'spawn' or 'error' tells whether it runs at all.
  await new Promise((settled) => {
    child.once('spawn', settled);
    child.once('error', settled);
  });
  const pid = child.pid;
  const startKey = pid === undefined ? undefined : processStartKey(pid);
  const startedAt = pid === undefined ? undefined : await processStartTime(pid);
  return {
    pid: pid ?? 0,
    ...(startedAt !== undefined && { startedAt }),
    ...(startKey !== undefined && { startKey }),
    exited: exited.signal,
    ended,
    startError: () => startError,
    detach: () => child.unref(),
  };
}

/** Linux: live processes whose environment holds `variable=marker` (zombies are over). */
function markedProcesses(variable: string, marker: string): number[] {
  if (process.platform !== 'linux') return [];
  const needle = `\0${variable}=${marker}\0`;
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
 * Ends what carries `variable=marker` (Linux; elsewhere nothing can be found by it): SIGTERM,
 * then SIGKILL after the grace period, each checked right before its signal. Says how many.
 */
export async function endMarked(variable: string, marker: string): Promise<number> {
  const marked: ProcessIdentity[] = [];
  for (const pid of markedProcesses(variable, marker)) {
    const id = await identify(pid);
    if (id) marked.push(id);
  }
  await signalEach(marked, 'SIGTERM');
  await outlast(marked);
  return marked.length;
}

/**
 * Ends the saved process's whole tree (end.ts, endProcess): `gone` when it had exited, `reused`
 * when its pid now names another process (left alone), else how it ended (`killed`: SIGKILL on
 * POSIX, where it ignored SIGTERM; always on Windows, taskkill /F).
 */
export async function stopDetached(
  saved: ProcessIdentity,
): Promise<'gone' | 'reused' | 'ended' | 'killed'> {
  if (!isRunning(saved.pid)) return 'gone';
  if (!(await isSameProcess(saved))) return 'reused';
  return endProcess(saved);
}

/** The last `maxLines` lines of a log, read from its last `maxBytes` only. */
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
