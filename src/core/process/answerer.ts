// Who answers a connection to a port: the backend's own process tree, another process, or NAT
// rules that send it elsewhere (a container's published port). "Something accepts connections"
// is not "our backend is up": a container published by DNAT answers on a port a bind test calls
// free, and a process that bound first answers while ours fails. Linux tells them apart from
// /proc: the connection's server end must be a socket of this network namespace, and the port's
// listening socket must be one the tree holds. Elsewhere the OS gives no such view: the caller
// says it cannot tell and takes an answer as the backend's, as before.
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { processSocketInodes } from '../listeners/linux.js';
import { reachableHost } from '../ports/probe.js';
import { procStat } from './proc.js';

/** One row of /proc/net/tcp{,6}: enough to find a connection's server end and the listeners. */
export interface TcpRow {
  localPort: number;
  remotePort: number;
  /** The kernel's state code: `0A` listen, `01` established, `03` SYN received. */
  state: string;
  inode: number;
}

/** The rows of /proc/net/tcp or tcp6. Pure. */
export function parseTcpRows(text: string): TcpRow[] {
  const rows: TcpRow[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim().split(/\s+/);
    if (!/^\d+:$/.test(t[0] ?? '')) continue;
    const local = /:([0-9A-Fa-f]{4})$/.exec(t[1] ?? '');
    const remote = /:([0-9A-Fa-f]{4})$/.exec(t[2] ?? '');
    if (!local || !remote || !/^\d+$/.test(t[9] ?? '')) continue;
    rows.push({
      localPort: Number.parseInt(local[1] as string, 16),
      remotePort: Number.parseInt(remote[1] as string, 16),
      state: (t[3] ?? '').toUpperCase(),
      inode: Number(t[9]),
    });
  }
  return rows;
}

/** `pid` and every process below it, from each process's parent in /proc/<pid>/stat. */
export function processTree(pid: number, proc = '/proc'): Set<number> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync(proc)) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = procStat(entry, proc)?.ppid;
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  const tree = new Set([pid]);
  for (const member of tree) for (const child of children.get(member) ?? []) tree.add(child);
  return tree;
}

/** The socket inodes the processes hold open. */
export function socketInodes(pids: Iterable<number>, proc = '/proc'): Set<number> {
  const inodes = new Set<number>();
  for (const pid of pids) for (const inode of processSocketInodes(pid, proc)) inodes.add(inode);
  return inodes;
}

/**
 * Who answered: `nobody` (refused), `tree` (a listening socket of the tree took it), `other` (a
 * listening socket here that the tree does not hold), `nat` (no socket here took it: routed
 * elsewhere), `unknown` (the OS cannot tell: not Linux, or /proc unreadable).
 */
export type Answerer = 'nobody' | 'tree' | 'other' | 'nat' | 'unknown';

/** The tree's sockets against the port's rows, with the connection's client port. Pure. */
export function judgeAnswer(
  rows: readonly TcpRow[],
  port: number,
  clientPort: number,
  treeInodes: ReadonlySet<number>,
): Exclude<Answerer, 'nobody' | 'unknown'> {
  const serverEnd = rows.some(
    (r) => r.localPort === port && r.remotePort === clientPort && r.state !== '0A',
  );
  if (!serverEnd) return 'nat';
  const listening = rows.filter((r) => r.localPort === port && r.state === '0A');
  // SO_REUSEPORT lets others listen beside ours, and take some connections: all must be ours.
  if (listening.length > 0 && listening.every((r) => treeInodes.has(r.inode))) return 'tree';
  return 'other';
}

function readRows(proc: string): TcpRow[] | undefined {
  const texts = ['tcp', 'tcp6'].map((name) => {
    try {
      return readFileSync(`${proc}/net/${name}`, 'utf8');
    } catch {
      return undefined;
    }
  });
  if (texts.every((t) => t === undefined)) return undefined;
  return texts.flatMap((t) => (t ? parseTcpRows(t) : []));
}

/**
 * Connects to host:port and says who answered, holding the connection open while /proc is
 * read (its server end is in the tables only while it lasts). One connect and a few /proc
 * reads: a poll can afford it.
 */
export function whoAnswers(
  port: number,
  host: string,
  pid: number | undefined,
  { proc = '/proc', timeoutMs = 1000 } = {},
): Promise<Answerer> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: reachableHost(host) });
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => {
      try {
        const clientPort = socket.localPort;
        const rows = process.platform === 'linux' ? readRows(proc) : undefined;
        if (pid === undefined || clientPort === undefined || !rows) return resolve('unknown');
        resolve(judgeAnswer(rows, port, clientPort, socketInodes(processTree(pid, proc), proc)));
      } catch {
        resolve('unknown');
      } finally {
        socket.destroy();
      }
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('nobody');
    });
    socket.once('error', () => resolve('nobody'));
  });
}
