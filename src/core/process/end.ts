import { execFile, spawn } from 'node:child_process';
import { win32 } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import {
  descendants,
  identify,
  isSameGroup,
  isSameProcess,
  type ProcessIdentity,
  processStartKey,
} from './identity.js';
import { parseProcStat } from './proc.js';

const run = promisify(execFile);

/**
 * Why a pid must not be ended, or undefined when it may be: the idle and system pseudo-processes
 * of Windows (0, 4), init (1), and this process and its parent (the shell or script that asked).
 */
export function protectedReason(
  pid: number,
  self: { pid: number; ppid: number } = process,
): string | undefined {
  if (pid === 0 || pid === 4) return `PID ${pid} is the operating system itself`;
  if (pid === 1) return 'PID 1 is the init process';
  if (pid === self.pid) return `PID ${pid} is udo-port itself`;
  if (pid === self.ppid) return `PID ${pid} is the process that started udo-port`;
  return undefined;
}

/**
 * How long a process is given to end on SIGTERM before SIGKILL: the one grace period of every
 * stopper (kill, start, dev, the watchdog, the action's post step).
 */
export const GRACE_MS = 3000;
/** How often a dying process is looked at: its exit should be seen within a few ms. */
const POLL_MS = 5;
/** How often a dying group is asked after (a signal to the group each time). */
const GROUP_POLL_MS = 20;

/**
 * Signals each process that is still the one its identity names, checked right before its own
 * signal: a pid that exited and was given to another process meanwhile is left alone. (Between
 * the check and kill(2) a few microseconds remain; Node has no pidfd to close them.)
 */
export async function signalEach(ids: ProcessIdentity[], name: NodeJS.Signals): Promise<void> {
  for (const id of ids) {
    if (!(await isSameProcess(id))) continue;
    try {
      process.kill(id.pid, name);
    } catch {}
  }
}

/** Those of `ids` that still run as the same process. */
async function stillAlive(ids: ProcessIdentity[]): Promise<ProcessIdentity[]> {
  const alive: ProcessIdentity[] = [];
  for (const id of ids) if (await isSameProcess(id)) alive.push(id);
  return alive;
}

/** taskkill by its full path: a same-named program earlier on PATH is not run. */
function taskkill(): string {
  const root = process.env.SystemRoot ?? process.env.windir;
  return root ? win32.join(root, 'System32', 'taskkill.exe') : 'taskkill';
}

/**
 * Ends a process and every process under it (uvicorn's reloader and its worker, npm and its
 * children): on Windows with `taskkill /T`; elsewhere SIGTERM to the whole tree, then SIGKILL to
 * what is left after `graceMs`. Resolves once all of it is gone (a zombie counts as gone), to
 * how the process itself ended. Given an identity (taken when the process was named), it ends
 * nothing unless the pid is still that process ('gone' then): no signal without a proven
 * identity; each descendant's identity is taken when the tree is walked and checked again
 * before each of its signals.
 */
export async function endProcess(
  target: number | ProcessIdentity,
  graceMs = GRACE_MS,
): Promise<'ended' | 'killed' | 'gone'> {
  const root = typeof target === 'number' ? await identify(target) : target;
  if (!root || !(await isSameProcess(root))) return 'gone';
  const { pid } = root;
  if (process.platform === 'win32') {
    const options = { timeout: 10_000, windowsHide: true };
    await run(taskkill(), ['/PID', String(pid), '/T', '/F'], options).catch(() =>
      // Wine's taskkill refuses /T; the process itself still goes.
      run(taskkill(), ['/PID', String(pid), '/F'], options),
    );
    return 'killed';
  }
  const children: ProcessIdentity[] = [];
  for (const child of await descendants(pid)) {
    const id = await identify(child);
    if (id) children.push(id);
  }
  if (!(await isSameProcess(root))) return 'gone';
  try {
    process.kill(pid, 'SIGTERM');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'gone';
    throw error;
  }
  await signalEach(children, 'SIGTERM');
  const killed = await outlast([root, ...children], graceMs);
  return killed.includes(root) ? 'killed' : 'ended';
}

/**
 * The second half of a stop, once SIGTERM is sent: waits up to `graceMs` for each of `ids` to
 * end, then SIGKILLs those left and waits (a second at most) for them to go. Resolves to those
 * that had to be killed.
 */
export async function outlast(
  ids: ProcessIdentity[],
  graceMs = GRACE_MS,
): Promise<ProcessIdentity[]> {
  const deadline = Date.now() + graceMs;
  let alive = ids;
  while (Date.now() < deadline) {
    alive = await stillAlive(alive);
    if (alive.length === 0) return [];
    await sleep(POLL_MS);
  }
  const killed = alive;
  await signalEach(alive, 'SIGKILL');
  for (let waited = 0; alive.length > 0 && waited < 1000; waited += POLL_MS) {
    await sleep(POLL_MS);
    alive = await stillAlive(alive);
  }
  return killed;
}

/** Each watched command carries this variable (Linux): by it the watchdog finds what it ends. */
export const WATCH_VARIABLE = 'UDO_PORT_WATCHDOG_ID';

/**
 * The watchdog, run as `node -e` (no shell, and none of the bundle to load: ~7 MB of its own).
 * argv: the grace period, the pid it watches, and the marker its command carries. Its stdin
 * says `group PGID KEY` once the command is spawned (KEY, Linux: the group leader's start key;
 * the group is signalled only while its id cannot name another group, see isSameGroup in
 * identity.ts; /proc/PID/stat is read by parseProcStat's own source, carried in), and `done`
 * when it ended the ordinary way. EOF before `done` means that pid died, since it alone holds
 * the pipe's other end (libuv opens pipes close-on-exec, so no child inherits it). It is started
 * before the command: a pid killed while its command is being spawned, before it could name the
 * group, leaves a command the watchdog still finds on Linux, by the marker in its environment
 * (read for this user's processes only, and looked for again until the grace period ends, for
 * a command not yet past its exec). Stderr is written with writeSync, never through
 * process.stderr, which would make the pipe the command shares non-blocking.
 */
export const WATCHDOG = `
const [graceMs, owner] = process.argv.slice(1, 3).map(Number);
const needle = '\\0${WATCH_VARIABLE}=' + process.argv[3] + '\\0';
process.title = 'udo-port watchdog of PID ' + owner;
const fs = require('node:fs');
const parseProcStat = ${parseProcStat};
let group = 0;
let leaderKey = '';
const ours = () => {
  if (!leaderKey) return true;
  let stat;
  try {
    stat = fs.readFileSync('/proc/' + group + '/stat', 'utf8');
  } catch {
    return true;
  }
  const ticks = parseProcStat(stat).startTicks;
  const boot = fs.readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  return boot + ':' + ticks === leaderKey;
};
const signalGroup = (name) => {
  if (!group || !ours()) return false;
  try {
    process.kill(-group, name);
    return true;
  } catch {
    return false;
  }
};
const marked = () => {
  const found = [];
  let entries = [];
  try {
    entries = fs.readdirSync('/proc');
  } catch {}
  for (const entry of entries) {
    if (!/^[0-9]+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (('\\0' + fs.readFileSync('/proc/' + entry + '/environ', 'latin1')).includes(needle)) {
        found.push(Number(entry));
      }
    } catch {}
  }
  return found;
};
const signalMarked = (name) => {
  let any = false;
  for (const pid of marked()) {
    try {
      process.kill(pid, name);
      any = true;
    } catch {}
  }
  return any;
};
let heard = '';
let ended = false;
let said = false;
const say = () => {
  if (said) return;
  said = true;
  try {
    fs.writeSync(2, 'udo-port: PID ' + owner + ' is gone; ending the backend it started' + (group ? ' (process group ' + group + ')' : '') + '\\n');
  } catch {}
};
const endAll = () => {
  if (ended) return;
  ended = true;
  if (signalGroup('SIGTERM') | signalMarked('SIGTERM')) say();
  const deadline = Date.now() + graceMs;
  const poll = setInterval(() => {
    // A command still being spawned: found once it has exec'd, and asked to end like the rest.
    if (signalMarked('SIGTERM')) say();
    if (Date.now() < deadline) return;
    signalGroup('SIGKILL');
    signalMarked('SIGKILL');
    clearInterval(poll);
  }, 50);
};
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  heard += chunk;
  let line;
  while ((line = /^(.*)\\n/.exec(heard))) {
    heard = heard.slice(line[0].length);
    const words = line[1].split(' ');
    if (words[0] === 'done') process.exit(0);
    if (words[0] === 'group') {
      group = Number(words[1]);
      leaderKey = words[2] || '';
    }
  }
});
process.stdin.on('end', endAll);
process.stdin.on('error', endAll);
`;

export interface Watchdog {
  /** What the command must carry in WATCH_VARIABLE: give it to the command's environment. */
  marker: string;
  /** Names the command's process group (its leader's pid), once it is spawned. */
  watch: (pgid: number) => void;
  /** Tells it the command ended the ordinary way, and resolves once it has exited. */
  dismiss: () => Promise<void>;
}

/**
 * POSIX: a process that ends a command's process group (SIGTERM, SIGKILL after the grace period)
 * if this process dies without dismissing it, as on `kill -9`, which gives this process no
 * chance to pass anything on. Node has no prctl(PR_SET_PDEATHSIG), and that would cover one
 * process, not the group; a pipe's EOF comes on every POSIX system. Started before the command
 * (see WATCHDOG): spawn it with `marker` in WATCH_VARIABLE, then call watch(pid). Its own session
 * (detached): a terminal's Ctrl+C or hangup must not end it before this process.
 */
export function armWatchdog(warn: (line: string) => void): Watchdog {
  const marker = crypto.randomUUID();
  const watchdog = spawn(
    process.execPath,
    ['-e', WATCHDOG, String(GRACE_MS), String(process.pid), marker],
    {
      stdio: ['pipe', 'ignore', 'inherit'],
      detached: true,
      // NODE_OPTIONS could preload anything into it.
      env: { ...process.env, NODE_OPTIONS: undefined },
    },
  );
  // Its life must not keep this process's event loop alive: that is what it waits for.
  watchdog.unref();
  const gone = new Promise<void>((resolve) => {
    watchdog.once('exit', () => resolve());
    watchdog.once('error', (error) => {
      warn(
        `could not start the watchdog (${error.message}); a kill -9 of udo-port would leave the backend running`,
      );
      resolve();
    });
  });
  // A watchdog that died already: writing to it must not take this process down.
  watchdog.stdin?.on('error', () => {});
  return {
    marker,
    watch: (pgid) => {
      watchdog.stdin?.write(`group ${pgid} ${processStartKey(pgid) ?? ''}\n`);
    },
    dismiss: async () => {
      if (watchdog.exitCode !== null || watchdog.signalCode !== null) return;
      watchdog.ref();
      watchdog.stdin?.end('done\n');
      // Bounded: a stopped watchdog must not keep this process from exiting.
      const bound = new AbortController();
      await Promise.race([
        gone,
        sleep(GRACE_MS, undefined, { signal: bound.signal }).catch(() => {}),
      ]);
      bound.abort();
    },
  };
}

/**
 * POSIX: sends `name` (0 only asks) to the process group `pgid` that the process `leader` led,
 * unless that id may now name another group (isSameGroup). True when the group was there.
 */
export async function signalGroup(
  pgid: number,
  leader: ProcessIdentity | undefined,
  name: NodeJS.Signals | 0,
): Promise<boolean> {
  if (leader && !(await isSameGroup(pgid, leader))) return false;
  try {
    process.kill(-pgid, name);
    return true;
  } catch {
    return false;
  }
}

/**
 * POSIX: ends the process group `pgid` that `leader` led (the group outlives its leader while
 * anything it forked lives: next's server, uvicorn's worker): SIGTERM, SIGKILL after the grace
 * period, then waits until none of it is left. False when the group was already gone.
 */
export async function endGroup(
  pgid: number,
  leader: ProcessIdentity | undefined,
  graceMs = GRACE_MS,
): Promise<boolean> {
  if (!(await signalGroup(pgid, leader, 'SIGTERM'))) return false;
  const deadline = Date.now() + graceMs;
  while ((await signalGroup(pgid, leader, 0)) && Date.now() < deadline) await sleep(GROUP_POLL_MS);
  await signalGroup(pgid, leader, 'SIGKILL');
  while (await signalGroup(pgid, leader, 0)) await sleep(GROUP_POLL_MS);
  return true;
}
