import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
import { askOwnerPipe, ownerPipeKey } from './owner-pipe.js';
import { procStat } from './proc.js';

const run = promisify(execFile);

/**
 * Whether a process with this pid runs (EPERM: it does, but belongs to someone else). A zombie
 * does not: it has exited and only waits for its parent to collect its status (Linux tells).
 * But its main thread turns zombie before its other threads have gone, and they still hold its
 * sockets: it is over only once it is the last task left.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return linuxStat(pid)?.state !== 'Z' || otherTasks(pid);
}

/** Linux: whether threads other than the main one are left (they are gone once it is reaped). */
function otherTasks(pid: number): boolean {
  try {
    return readdirSync(`/proc/${pid}/task`).length > 1;
  } catch {
    return false;
  }
}

/** The state letter and parent of a process, from /proc/<pid>/stat; undefined elsewhere. */
function linuxStat(pid: number): { state: string; ppid: number } | undefined {
  return process.platform === 'linux' ? procStat(pid) : undefined;
}

/** Every descendant of a process, children first found first (POSIX; [] on Windows). */
export async function descendants(pid: number): Promise<number[]> {
  const parents = new Map<number, number>();
  if (process.platform === 'linux') {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const ppid = linuxStat(Number(entry))?.ppid;
      if (ppid !== undefined) parents.set(Number(entry), ppid);
    }
  } else if (process.platform !== 'win32') {
    try {
      const { stdout } = await run('ps', ['-A', '-o', 'pid=,ppid='], { timeout: 2000 });
      for (const line of stdout.split('\n')) {
        const [child, parent] = line.trim().split(/\s+/).map(Number);
        if (child && parent !== undefined) parents.set(child, parent);
      }
    } catch {}
  }
  const found: number[] = [];
  for (let i = -1; i < found.length; i++) {
    const parent = i < 0 ? pid : (found[i] as number);
    for (const [child, ppid] of parents)
      if (ppid === parent && !found.includes(child)) found.push(child);
  }
  return found;
}

let bootTimeMs: number | undefined;
let bootId: string | undefined;

/** Field 22 of /proc/<pid>/stat: clock ticks from boot to the process's start. */
function linuxStartTicks(pid: number): string | undefined {
  return procStat(pid)?.startTicks;
}

/**
 * Linux: the boot and the tick a process started at, exact and immune to clock steps (a wall-clock
 * start time moves when NTP or a resume steps the clock). Undefined elsewhere.
 */
export function processStartKey(pid: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const ticks = linuxStartTicks(pid);
  try {
    bootId ??= readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return undefined;
  }
  return ticks ? `${bootId}:${ticks}` : undefined;
}

/** Linux: start time from /proc in ms since the epoch, exact to the clock tick. */
function linuxStartTime(pid: number): number | undefined {
  try {
    const ticks = Number(linuxStartTicks(pid));
    bootTimeMs ??= Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]) * 1000;
    // USER_HZ is 100 on every Linux architecture Node runs on.
    return Number.isFinite(ticks) && bootTimeMs ? bootTimeMs + ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * When a process started, in ms since the epoch, so that a reused pid is not mistaken for a
 * lease's owner. Undefined when it cannot be told; callers then trust the pid alone.
 */
export async function processStartTime(pid: number): Promise<number | undefined> {
  if (process.platform === 'linux') return linuxStartTime(pid);
  if (process.platform === 'win32') return undefined; // Only PowerShell can tell, at ~300 ms a call.
  try {
    const { stdout } = await run('ps', ['-o', 'lstart=', '-p', String(pid)], {
      timeout: 2000,
      env: { ...process.env, LC_ALL: 'C', TZ: 'UTC' },
    });
    const time = Date.parse(`${stdout.trim()} UTC`);
    return Number.isNaN(time) ? undefined : time;
  } catch {
    return undefined;
  }
}

let ownStart: number | undefined;
let ownKey: string | undefined | null;

/**
 * This process's start key, computed once: Linux's boot and start tick, or on Windows the
 * `pipe:<token>` of the pipe owner-pipe.ts holds (none before it, or when it failed).
 */
export function ownStartKey(): string | undefined {
  if (process.platform === 'win32') return ownerPipeKey();
  if (ownKey === undefined) ownKey = processStartKey(process.pid) ?? null;
  return ownKey ?? undefined;
}

/**
 * The start key of the process `pid` now, to compare with the key a lease recorded: its pipe's
 * answer for a Windows `pipe:` key, Linux's boot and start tick otherwise.
 */
export async function currentStartKey(pid: number, recorded: string): Promise<string | undefined> {
  if (recorded.startsWith('pipe:')) return askOwnerPipe(recorded);
  return processStartKey(pid);
}

/** This process's start time, measured the way processStartTime measures others. */
export function ownStartTime(): number {
  ownStart ??=
    (process.platform === 'linux' ? linuxStartTime(process.pid) : undefined) ??
    Math.round(Date.now() - process.uptime() * 1000);
  return ownStart;
}

/** ps and the uptime estimate disagree by up to a second; /proc readings agree exactly. */
export const START_TIME_TOLERANCE_MS = process.platform === 'linux' ? 20 : 2000;

/**
 * What tells one process from a later one given the same pid: its start (an exact boot and tick
 * on Linux, a start time elsewhere). Taken when a process is first named, checked again right
 * before any signal (core/process/end.ts), so that a pid reused meanwhile is never signalled.
 */
export interface ProcessIdentity {
  pid: number;
  startKey?: string;
  startedAt?: number;
}

/** The identity of a child just spawned, at once (Linux: its start key; elsewhere its pid). */
export function childIdentity(pid: number): ProcessIdentity {
  const startKey = processStartKey(pid);
  return startKey ? { pid, startKey } : { pid };
}

/** The identity of the process that has `pid` now; undefined when none runs. */
export async function identify(pid: number): Promise<ProcessIdentity | undefined> {
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) return undefined;
  const startKey = processStartKey(pid);
  if (startKey) return { pid, startKey };
  const startedAt = await processStartTime(pid);
  return startedAt === undefined ? { pid } : { pid, startedAt };
}

/**
 * Whether `id` still names the very process it was taken from: the pid runs and started when
 * it did. Where no start can be read (Windows without it), the pid alone is all there is, and
 * callers that must prove more say so (see docs/ARCHITECTURE.md, threat model).
 */
export async function isSameProcess(id: ProcessIdentity): Promise<boolean> {
  if (!isRunning(id.pid)) return false;
  if (id.startKey !== undefined) return processStartKey(id.pid) === id.startKey;
  if (id.startedAt !== undefined) {
    const now = await processStartTime(id.pid);
    return now !== undefined && Math.abs(now - id.startedAt) <= START_TIME_TOLERANCE_MS;
  }
  return true;
}

/** Whether the process's start can be told at all here (Linux /proc, macOS ps). */
export const provable = (id: ProcessIdentity) =>
  id.startKey !== undefined || id.startedAt !== undefined;

/** Linux: the uid a process runs as (the owner of /proc/<pid>); undefined elsewhere or when gone. */
export function processUid(pid: number): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return statSync(`/proc/${pid}`).uid;
  } catch {
    return undefined;
  }
}

/**
 * POSIX: whether signalling the process group `pgid` reaches the group a process with identity
 * `leader` led. The group id is its leader's pid: while any member lives the kernel gives that
 * number to no new process, but once the group is empty a new process may get it and lead a
 * group of its own. So: the leader is still that process, or no process has its pid (only the
 * old group's survivors can carry the id then).
 */
export async function isSameGroup(pgid: number, leader: ProcessIdentity): Promise<boolean> {
  if (!isRunning(pgid)) return true;
  return isSameProcess({ ...leader, pid: pgid });
}
