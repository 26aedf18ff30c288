// One child of `udo-port dev`: spawned in its own process group (POSIX), its output labelled
// line by line, watched by the watchdog, and stopped as a whole tree.
import type { ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BackendCommand } from '../core/process/backend-command.js';
import { decodeChildOutput } from '../core/process/console-text.js';
import {
  armWatchdog,
  endGroup,
  endProcess,
  signalGroup,
  WATCH_VARIABLE,
  type Watchdog,
} from '../core/process/end.js';
import { childIdentity } from '../core/process/identity.js';
import { spawnCommand } from '../core/process/spawn.js';
import { paint } from './args.js';
import { windowsConsoleStop } from './backend-setup.js';

export interface Labelled {
  name: string;
  child: ChildProcess;
  /** How it ended: its exit code, 128+signal, or 127 when it could not be run. */
  exit: Promise<number>;
  ended: () => boolean;
  /** Passes a signal to its whole process group (the process alone on Windows). */
  signal: (name: NodeJS.Signals) => void;
  /** Ends its whole tree, SIGKILL after a grace period, and dismisses its watchdog. */
  stop: () => Promise<void>;
  dismiss: () => Promise<void>;
}

/**
 * Writes each line of `stream` to `out`, labelled; a last line without newline still comes.
 * Split as bytes and decoded line by line (console-text.ts): Windows Python writes CP949 to a
 * pipe on Korean Windows, and no CP949 character holds a 0x0A byte.
 */
function relay(stream: NodeJS.ReadableStream | null, label: string, out: NodeJS.WriteStream) {
  if (!stream) return;
  let pending: Buffer = Buffer.alloc(0);
  const write = (line: Buffer) => {
    const end = line.at(-1) === 0x0d ? line.length - 1 : line.length;
    out.write(`${label} ${decodeChildOutput(line.subarray(0, end))}\n`);
  };
  stream.on('data', (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    for (let newline = pending.indexOf(0x0a); newline !== -1; newline = pending.indexOf(0x0a)) {
      write(pending.subarray(0, newline));
      pending = pending.subarray(newline + 1);
    }
  });
  stream.once('end', () => {
    if (pending.length > 0) write(pending);
    pending = Buffer.alloc(0);
  });
}

const DRAIN_MS = 1000;

const COLOURS = { api: 'cyan', web: 'magenta' } as const;

export function spawnLabelled(
  name: 'api' | 'web',
  plan: BackendCommand,
  warn: (line: string) => void,
): Labelled {
  const label = (fd: 1 | 2) => `${paint(COLOURS[name], name.padEnd(3), fd)} |`;
  const stdio: ['ignore', 'pipe', 'pipe'] = ['ignore', 'pipe', 'pipe'];
  // POSIX: its own process group, so a terminal's Ctrl+C reaches udo-port alone, which passes it
  // on once to each whole group. Windows: a .cmd shim (npm, pnpm) goes through cmd.exe.
  // The watchdog is armed before the spawn: a kill -9 of udo-port at any moment leaves nothing.
  const watchdog: Watchdog | undefined =
    process.platform !== 'win32' ? armWatchdog(warn) : undefined;
  const watched = watchdog
    ? { ...plan, env: { ...plan.env, [WATCH_VARIABLE]: watchdog.marker } }
    : plan;
  const child = spawnCommand(watched, { stdio, detached: process.platform !== 'win32' });
  if (child.pid !== undefined) watchdog?.watch(child.pid);
  relay(child.stdout, label(1), process.stdout);
  relay(child.stderr, label(2), process.stderr);
  let done = false;
  let closed = false;
  child.once('close', () => {
    closed = true;
  });
  const exit = new Promise<number>((resolve) => {
    child.once('error', (error) => {
      done = true;
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      warn(`could not run ${plan.file}${missing ? ': no such command' : `: ${error.message}`}`);
      resolve(127);
    });
    child.once('exit', (code, signal) => {
      done = true;
      windows?.cancel();
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 1) : 1));
    });
  });
  let windows: ReturnType<typeof windowsConsoleStop> | undefined;
  const leader = child.pid === undefined ? undefined : childIdentity(child.pid);
  const signal = (name: NodeJS.Signals) => {
    if (done || child.pid === undefined) return;
    if (process.platform === 'win32') {
      // The console gave it the Ctrl+C itself (backend-setup.ts, FORWARDED).
      windows ??= windowsConsoleStop(child.pid, endProcess);
      windows.signal(name);
      return;
    }
    try {
      void group(name);
    } catch {}
  };
  const dismiss = async () => {
    await watchdog?.dismiss();
  };
  const group = (name: NodeJS.Signals | 0) => signalGroup(child.pid as number, leader, name);
  const stop = async () => {
    if (child.pid !== undefined && process.platform === 'win32') {
      await endProcess(child.pid).catch(() => undefined);
    } else if (child.pid !== undefined) {
      // POSIX: the group, not the leader alone (end.ts, endGroup).
      await endGroup(child.pid, leader);
    }
    await exit;
    await drained();
    await dismiss();
  };
  // Its output's last lines come after its exit; but a process it left behind (Wine's taskkill
  // cannot end a tree) may hold the pipes open for good, which would keep udo-port alive.
  const drained = async () => {
    for (let waited = 0; !closed && waited < DRAIN_MS; waited += 20) await sleep(20);
    child.stdout?.destroy();
    child.stderr?.destroy();
  };
  return { name, child, exit, ended: () => done, signal, stop, dismiss };
}
