import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { endianness } from 'node:os';
import { readExecutable } from '../containers/engine-processes.js';
import { printable } from '../text.js';
import type { Listener, ListenerLookup } from '../types.js';
import { processName } from './describe.js';
import {
  dedupeListeners,
  type ProcSocket,
  parseNetstatLinux,
  parseProcNetTcp,
  parseSs,
} from './parse.js';
import { firstAnswer, parsedBy, runTool } from './run.js';

export interface LinuxTools {
  ss: readonly string[];
  netstat: readonly string[];
  /** Where procfs is mounted; tests point it elsewhere. */
  proc: string;
}

const TOOLS: LinuxTools = {
  ss: ['ss', '/usr/sbin/ss', '/sbin/ss'],
  netstat: ['netstat', '/usr/sbin/netstat', '/sbin/netstat', '/bin/netstat'],
  proc: '/proc',
};

const splitArgv = (raw: string) => {
  const argv = raw.split('\0');
  while (argv.at(-1) === '') argv.pop();
  return argv.length > 0 ? argv : undefined;
};

/**
 * A process's arguments, raw; undefined once it is gone or not ours to read. Read at once: a
 * /proc file is a few µs, and node:fs/promises alone costs a run a millisecond to load.
 */
function readArgv(pid: number, proc: string): string[] | undefined {
  try {
    return splitArgv(readFileSync(`${proc}/${pid}/cmdline`, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Reads a process's command line; undefined once it is gone or not ours to read. */
export async function readCmdline(pid: number, proc = '/proc'): Promise<string | undefined> {
  const command = readArgv(pid, proc)?.join(' ').trim();
  return command ? printable(command) : undefined;
}

/**
 * Each holder's true name (see processName), its executable (which tells an engine's process,
 * see engine-processes.ts) and, when asked, its command line: a few reads each.
 */
async function withDetails(
  list: Listener[],
  proc: string,
  wantCommandLines: boolean,
): Promise<Listener[]> {
  return Promise.all(
    list.map(async (l) => {
      if (l.pid === undefined) return l;
      const exe = readExecutable(l.pid, proc);
      const withExe = exe ? { ...l, exe } : l;
      const argv = readArgv(l.pid, proc);
      if (!argv) return withExe;
      const name = processName(l.name, argv);
      const command = argv.join(' ').trim();
      return {
        ...withExe,
        ...(name && { name: printable(name) }),
        ...(wantCommandLines &&
          l.command === undefined &&
          command && { command: printable(command) }),
      };
    }),
  );
}

/**
 * Linux: one `ss -ltnpH` spawn (filtered to `sport = :PORT` for one port) plus a cmdline read
 * per pid (unless `wantCommandLines` is false); /proc/net/tcp{,6} with an fd scan when `ss` is missing
 * or fails, then net-tools.
 */
export async function linuxListeners(
  port?: number,
  tools: Partial<LinuxTools> = {},
  wantCommandLines = true,
): Promise<ListenerLookup> {
  const t = { ...TOOLS, ...tools };
  const args = port === undefined ? ['-ltnpH'] : ['-ltnpH', `sport = :${port}`];
  const found = await firstAnswer(
    [
      {
        tool: 'ss',
        read: async () =>
          parsedBy((out) => dedupeListeners(trueOwners(parseSs(out), t.proc)))(
            await runTool(t.ss, args),
          ),
      },
      {
        tool: `${t.proc}/net/tcp`,
        read: async () => {
          const proc = procListeners(port, t.proc);
          return proc.problem ? { problem: proc.problem } : proc.listeners;
        },
      },
      {
        tool: 'netstat',
        read: async () => parsedBy(parseNetstatLinux)(await runTool(t.netstat, ['-tlnp'])),
      },
    ],
    port,
  );
  if ('problem' in found) return { listeners: [], problem: found.problem };
  return {
    listeners: await withDetails(found.listeners, t.proc, wantCommandLines),
    tool: found.tool,
  };
}

/** The LISTEN sockets in /proc/net/tcp{,6} (on `port` if given); undefined when neither reads. */
function procSockets(port: number | undefined, proc: string): ProcSocket[] | undefined {
  const littleEndian = endianness() === 'LE';
  const v4 = readProcNet(`${proc}/net/tcp`);
  const v6 = readProcNet(`${proc}/net/tcp6`);
  if (v4 === undefined && v6 === undefined) return undefined;
  return [
    ...parseProcNetTcp(v4 ?? '', littleEndian),
    ...parseProcNetTcp(v6 ?? '', littleEndian),
  ].filter((s) => port === undefined || s.port === port);
}

/**
 * The inodes of the sockets listening on `port`, from /proc/net/tcp{,6}: no spawn, and any user
 * may read them. A socket keeps its inode for its whole life, so a holder's socket is the same
 * at two looks, while test binds are new sockets each time. Undefined when neither file reads.
 */
export function listeningSocketInodes(port: number, proc = '/proc'): Set<number> | undefined {
  const sockets = procSockets(port, proc);
  return sockets && new Set(sockets.map((s) => s.inode));
}

function readProcNet(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A process's name, made printable: it sets its own, newlines and all (the kernel adds one). */
function readComm(proc: string, pid: number): string | undefined {
  try {
    return printable(readFileSync(`${proc}/${pid}/comm`, 'utf8').replace(/\n$/, ''));
  } catch {
    return undefined;
  }
}

/**
 * ss prints names raw, so a name can imitate the `",pid=N,fd=N)` after it and pass another
 * process off as the holder. An owner whose name is not that pid's name loses its pid: better an
 * unnamed holder than the wrong process ended by `udo-port kill`.
 */
function trueOwners(list: Listener[], proc: string): Listener[] {
  return list.map((l) => {
    if (l.pid === undefined) return l;
    const name = readComm(proc, l.pid);
    return name === undefined || name === (l.name ?? '') ? l : { port: l.port, address: l.address };
  });
}

/**
 * The fallback without `ss`: LISTEN sockets from /proc/net/tcp{,6}, owners found by scanning
 * /proc/<pid>/fd for `socket:[inode]`. Unprivileged, other users' sockets come without a pid.
 * Synchronous on purpose: thousands of tiny readlinks run far faster without a promise each.
 */
export function procListeners(port?: number, proc = '/proc'): ListenerLookup {
  const sockets = procSockets(port, proc);
  if (!sockets) return { listeners: [], problem: `${proc}/net/tcp could not be read` };
  if (sockets.length === 0) return { listeners: [] };

  const byInode = new Map<number, ProcSocket>(sockets.map((s) => [s.inode, s]));
  // One socket can have several owners (a server and its forked workers).
  const owners = new Map<number, number[]>();
  let pids: string[] = [];
  try {
    pids = readdirSync(proc).filter((d) => /^\d+$/.test(d));
  } catch {
    // Without a readable /proc the sockets are still listed, only without owners.
  }
  for (const pid of pids) {
    for (const inode of processSocketInodes(pid, proc)) {
      if (!byInode.has(inode)) continue;
      const list = owners.get(inode) ?? [];
      if (!list.includes(Number(pid))) list.push(Number(pid));
      owners.set(inode, list);
    }
  }

  const listeners: Listener[] = [];
  for (const s of sockets) {
    const pidsOfSocket = owners.get(s.inode);
    if (!pidsOfSocket) {
      listeners.push({ port: s.port, address: s.address });
      continue;
    }
    for (const pid of pidsOfSocket) {
      const l: Listener = { port: s.port, address: s.address, pid };
      const name = processName(readComm(proc, pid), readArgv(pid, proc) ?? []);
      if (name) l.name = printable(name);
      listeners.push(l);
    }
  }
  return { listeners: dedupeListeners(listeners) };
}

/** The socket inodes one process holds open (`socket:[N]` fds); none when they cannot be read. */
export function processSocketInodes(pid: number | string, proc = '/proc'): number[] {
  let fds: string[];
  try {
    fds = readdirSync(`${proc}/${pid}/fd`);
  } catch {
    return [];
  }
  const inodes: number[] = [];
  for (const fd of fds) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`${proc}/${pid}/fd/${fd}`));
      if (m) inodes.push(Number(m[1]));
    } catch {
      // closed meanwhile
    }
  }
  return inodes;
}

/**
 * Linux: the processes holding UDP port `port` (bound sockets: UDP has no listen state), by
 * `ss -uanpH`, with their details. `kill` ends these too: a bound UDP socket makes a server's
 * bind on that port fail just the same. Undefined when ss cannot answer.
 */
export async function linuxUdpHolders(
  port: number,
  tools: Partial<LinuxTools> = {},
): Promise<Listener[] | undefined> {
  const t = { ...TOOLS, ...tools };
  const result = await runTool(t.ss, ['-uanpH', `sport = :${port}`]);
  if (!result.ok) return undefined;
  // A UDP row's state (UNCONN, ESTAB) stands where a TCP listener's LISTEN does.
  const rows = result.stdout.replace(/^(UNCONN|ESTAB)(?=\s)/gm, 'LISTEN');
  const found = parseSs(rows).filter((listener) => listener.port === port);
  return withDetails(found, t.proc, true);
}
