// The Linux tools' listener tables: ss, /proc/net/tcp, net-tools netstat. Pure.
import type { Listener } from '../types.js';
import {
  dedupeListeners,
  lines,
  listener,
  type ProcSocket,
  splitHostPort,
  toPid,
  toPort,
} from './parse-common.js';

// ---------------------------------------------------------------- Linux

// `ss -ltnp[H]`: [Netid] [State] Recv-Q Send-Q Local Peer [Process]. The header never has two
// numbers in a row, so it falls out without being recognised by its text.
const SS_ROW = /^((?:\S+\s+){0,2}?)(\d+)\s+(\d+)\s+(\S+)\s+(\S+)([\s\S]*)$/;
// Names are comm values: up to 15 bytes of anything, printed raw (quotes and newlines too), so an
// owner is read up to the `",pid=N,fd=N)` ss itself prints; one socket can have several owners.
const SS_USER = /\("([\s\S]*?)",pid=(\d+),fd=\d+\)/g;
// A row whose owner list ss has closed.
const SS_CLOSED = /,fd=\d+\)\)\s*$/;

/**
 * The rows of ss output. A process name holding a newline splits its row: a row with an owner
 * list still open, or a line that is no row at all, continues the row before.
 */
function ssRows(text: string): string[] {
  const rows: string[] = [];
  for (const line of lines(text)) {
    const last = rows.at(-1);
    const open = last?.includes('users:(') && !SS_CLOSED.test(last);
    if (last !== undefined && (open || !SS_ROW.test(line.trim()))) {
      rows[rows.length - 1] = `${last}\n${line}`;
    } else rows.push(line);
  }
  return rows;
}

/** Parses `ss -ltnp` / `ss -ltnpH` output: TCP LISTEN rows, one listener per owning pid. */
export function parseSs(text: string): Listener[] {
  const out: Listener[] = [];
  for (const row of ssRows(text)) {
    const m = SS_ROW.exec(row.trim());
    if (!m) continue;
    const words = (m[1] ?? '').split(/\s+/).filter(Boolean);
    if (words.some((w) => w !== 'LISTEN' && w !== 'tcp')) continue;
    const { host, port: portText } = splitHostPort(m[4] ?? '');
    const port = toPort(portText);
    if (port === undefined || !host) continue;
    const owners = [...(m[6] ?? '').matchAll(SS_USER)];
    if (owners.length === 0) out.push(listener(port, host));
    for (const o of owners) out.push(listener(port, host, toPid(o[2]), o[1]));
  }
  return dedupeListeners(out);
}

function hexBytes(hex: string, littleEndian: boolean): number[] {
  const bytes: number[] = [];
  // The kernel prints each 32-bit word in host byte order.
  for (let w = 0; w < hex.length; w += 8) {
    const word: number[] = [];
    for (let b = 0; b < 8; b += 2) word.push(Number.parseInt(hex.slice(w + b, w + b + 2), 16));
    bytes.push(...(littleEndian ? word.reverse() : word));
  }
  return bytes;
}

/** Formats 16 bytes as RFC 5952 text (`::`, `::1`, `::ffff:127.0.0.1`), as `ss` prints them. */
export function formatIPv6(bytes: readonly number[]): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${bytes.slice(12, 16).join('.')}`;
  }
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  const head = hex.slice(0, bestStart).join(':');
  const tail = hex.slice(bestStart + bestLen).join(':');
  return `${head}::${tail}`;
}

const PROC_ADDR = /^([0-9A-Fa-f]{8}|[0-9A-Fa-f]{32}):([0-9A-Fa-f]{4})$/;
const TCP_LISTEN = '0A';

/** Parses /proc/net/tcp or /proc/net/tcp6: the sockets in state LISTEN, with their inodes. */
export function parseProcNetTcp(text: string, littleEndian = true): ProcSocket[] {
  const out: ProcSocket[] = [];
  for (const line of lines(text)) {
    const t = line.trim().split(/\s+/);
    if (!/^\d+:$/.test(t[0] ?? '') || t[3] !== TCP_LISTEN) continue;
    const m = PROC_ADDR.exec(t[1] ?? '');
    const inode = Number(t[9]);
    if (!m || !/^\d+$/.test(t[9] ?? '')) continue;
    const hex = m[1] ?? '';
    const port = Number.parseInt(m[2] ?? '', 16);
    if (port === 0) continue;
    const bytes = hexBytes(hex, littleEndian);
    const address = hex.length === 8 ? bytes.join('.') : formatIPv6(bytes);
    out.push({ port, address, inode });
  }
  return out;
}

// net-tools localizes its state words, so a listener is told by its `*` peer port instead.
const NETSTAT_LINUX_ROW = /^(tcp6?)\s+\d+\s+\d+\s+(\S+)\s+(\S+)\s+\S+\s*(.*)$/;

/** Parses Linux `netstat -tlnp` (net-tools): TCP listeners with `PID/Program name`. */
export function parseNetstatLinux(text: string): Listener[] {
  const out: Listener[] = [];
  for (const line of lines(text)) {
    const m = NETSTAT_LINUX_ROW.exec(line.trim());
    if (!m || splitHostPort(m[3] ?? '').port !== '*') continue;
    const { host, port: portText } = splitHostPort(m[2] ?? '');
    const port = toPort(portText);
    if (port === undefined || !host) continue;
    const owner = /^(\d+)\/(.*)$/.exec((m[4] ?? '').trim());
    out.push(listener(port, host, toPid(owner?.[1]), owner?.[2]?.trim()));
  }
  return dedupeListeners(out);
}
