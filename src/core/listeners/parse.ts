// Hand-written on purpose: the port-to-PID helpers on npm misparse several real outputs.
import { printable } from '../text.js';
import type { Listener, PortRange } from '../types.js';

/** A listening socket from /proc/net/tcp{,6}; its inode ties it to a process's fd. */
export interface ProcSocket {
  port: number;
  address: string;
  inode: number;
}

/** An excluded range; `administered` marks one an administrator added (netsh's `*`). */
export interface ExcludedPortRange extends PortRange {
  administered: boolean;
}

// Windows: PID 0 is the idle process (TIME_WAIT rows), PID 4 is System (http.sys, SMB).
const SKIPPED_WINDOWS_PIDS = new Set([0, 4]);

function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

function toPort(s: string | undefined): number | undefined {
  if (s === undefined || !/^\d{1,5}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 65535 ? n : undefined;
}

function toPid(s: string | undefined): number | undefined {
  if (s === undefined || !/^\d{1,10}$/.test(s)) return undefined;
  const n = Number(s);
  return n > 0 ? n : undefined;
}

/**
 * Splits `host:port`, `[v6]:port`, `:::port` or macOS's `host.port` at the last separator;
 * the host loses its brackets but keeps a zone (`fe80::1%eth0`).
 */
export function splitHostPort(s: string, sep: ':' | '.' = ':'): { host: string; port: string } {
  const i = s.lastIndexOf(sep);
  let host = i < 0 ? '' : s.slice(0, i);
  const port = i < 0 ? s : s.slice(i + 1);
  const close = host.indexOf(']');
  if (host.startsWith('[') && close > 0) host = host.slice(1, close) + host.slice(close + 1);
  return { host, port };
}

// Every parser builds its listeners here: a process names itself, so its name is made printable.
function listener(port: number, address: string, pid?: number, name?: string): Listener {
  const l: Listener = { port, address };
  if (pid !== undefined) l.pid = pid;
  if (name) l.name = printable(name);
  return l;
}

/** One entry per pid+address+port; a later duplicate only fills in what the first lacked. */
export function dedupeListeners(list: readonly Listener[]): Listener[] {
  const byKey = new Map<string, Listener>();
  for (const l of list) {
    const key = `${l.pid ?? ''}|${l.address}|${l.port}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...l });
    else {
      seen.name ??= l.name;
      seen.command ??= l.command;
    }
  }
  return [...byKey.values()];
}

/** By port, then pid; a listener with a pid comes first, so `[0]` names a holder if any can. */
export function sortListeners(list: readonly Listener[]): Listener[] {
  return [...list].sort((a, b) => {
    const pidOrder =
      a.pid === undefined || b.pid === undefined
        ? Number(a.pid === undefined) - Number(b.pid === undefined)
        : a.pid - b.pid;
    return a.port - b.port || pidOrder || a.address.localeCompare(b.address);
  });
}

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

// ---------------------------------------------------------------- macOS (and lsof anywhere)

// COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME. COMMAND may hold spaces, so the row is
// anchored on the IPv4/IPv6 TYPE column two columns after PID.
const LSOF_ROW = /^(.+?)\s+(\d+)\s+\S+\s+\S+\s+IPv[46]\s+\S+\s+\S+\s+TCP\s+(\S+)\s+\((\w+)\)\s*$/;

function unescapeLsof(s: string): string {
  // lsof prints a space in a command name as `\x20`.
  return s.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) =>
    String.fromCharCode(Number.parseInt(h, 16)),
  );
}

/** Parses `lsof -nP -iTCP -sTCP:LISTEN` (macOS or Linux): TCP rows in state LISTEN. */
export function parseLsof(text: string): Listener[] {
  const out: Listener[] = [];
  for (const line of lines(text)) {
    const m = LSOF_ROW.exec(line.trim());
    if (m?.[4] !== 'LISTEN' || (m[3] ?? '').includes('->')) continue;
    const { host, port: portText } = splitHostPort(m[3] ?? '');
    const port = toPort(portText);
    if (port === undefined || !host) continue;
    out.push(listener(port, host, toPid(m[2]), unescapeLsof(m[1] ?? '').trim()));
  }
  return dedupeListeners(out);
}

// After Proto Recv-Q Send-Q Local Foreign (state) come, in older macOS, `rhiwat shiwat pid
// epid state`; newer macOS prints `rxbytes txbytes rhiwat shiwat process:pid state`, and the
// process name may hold spaces and colons, so the pid is read right before the 5-hex state.
const MAC_ROW = /^(tcp(?:4|6|46)?)\s+\d+\s+\d+\s+(\S+)\s+(\S+)\s+\S+\s+(.*)$/;
const MAC_NEW_PID = /^\d+\s+\d+\s+\d+\s+\d+\s+(.*):(\d+)\s+[0-9a-fA-F]{5}\s/;
const MAC_OLD_PID = /^\d+\s+\d+\s+(\d+)\s+\d+\s+[0-9a-fA-F]{5}\s/;

/** Parses macOS `netstat -anv -p tcp`: listeners (peer `*.*`) with the pid column. */
export function parseNetstatMac(text: string): Listener[] {
  const out: Listener[] = [];
  for (const line of lines(text)) {
    const m = MAC_ROW.exec(line.trim());
    if (m?.[3] !== '*.*') continue;
    const { host, port: portText } = splitHostPort(m[2] ?? '', '.');
    const port = toPort(portText);
    if (port === undefined || !host) continue;
    const rest = `${m[4] ?? ''} `;
    const modern = MAC_NEW_PID.exec(rest);
    const pid = toPid(modern ? modern[2] : MAC_OLD_PID.exec(rest)?.[1]);
    out.push(listener(port, host, pid, modern?.[1]?.trim()));
  }
  return dedupeListeners(out);
}

/** Parses `ps -o pid=,command=`: pid to command line. */
export function parsePsCommands(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of lines(text)) {
    const m = /^\s*(\d+)\s+(.*\S)\s*$/.exec(line);
    const pid = toPid(m?.[1]);
    if (pid !== undefined && m?.[2]) out.set(pid, printable(m[2]));
  }
  return out;
}

// ---------------------------------------------------------------- Windows

/**
 * Parses Windows `netstat -ano`. State words are localized (LISTENING, ABHÖREN, ...), so a
 * listener is a TCP row whose foreign port is 0; the port is matched in the local-address
 * column only, the PID comes from the last column, and PIDs 0 and 4 are skipped.
 */
export function parseNetstatWindows(text: string): Listener[] {
  const out: Listener[] = [];
  for (const line of lines(text)) {
    const t = line.trim().split(/\s+/);
    if (t[0]?.toUpperCase() !== 'TCP' || t.length < 4) continue;
    if (splitHostPort(t[2] ?? '').port !== '0') continue;
    const { host, port: portText } = splitHostPort(t[1] ?? '');
    const port = toPort(portText);
    const pidText = t.at(-1);
    if (port === undefined || !host || !/^\d+$/.test(pidText ?? '')) continue;
    const pid = Number(pidText);
    if (SKIPPED_WINDOWS_PIDS.has(pid)) continue;
    out.push(listener(port, host, pid));
  }
  return dedupeListeners(out);
}

/** Splits one CSV line: quoted fields may hold commas, and `""` is a quote. */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/**
 * Parses `Get-NetTCPConnection -State Listen | Select-Object LocalAddress,LocalPort,
 * OwningProcess | ConvertTo-Csv`: columns address, port, pid in that order.
 */
export function parseGetNetTcpConnectionCsv(text: string): Listener[] {
  const out: Listener[] = [];
  for (const line of lines(text)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [address, portText, pidText] = parseCsvLine(line.trim());
    const port = toPort(portText);
    if (port === undefined || !address || !/^\d+$/.test(pidText ?? '')) continue;
    const pid = Number(pidText);
    if (SKIPPED_WINDOWS_PIDS.has(pid)) continue;
    out.push(listener(port, address, pid));
  }
  return dedupeListeners(out);
}

/** Splits CSV text into records at line breaks outside quotes (a quoted field may span lines). */
function csvRecords(text: string): string[] {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      records.push(text.slice(start, i));
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  records.push(text.slice(start));
  return records;
}

/**
 * Parses `Get-CimInstance Win32_Process | Select-Object ProcessId,CommandLine | ConvertTo-Csv
 * -NoTypeInformation`: pid to command line. A quoted command line may span lines; an empty one
 * (a process whose command line this user may not read) is left out, as are the header and a BOM.
 */
export function parseWin32ProcessCsv(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const record of csvRecords(text.replace(/^\uFEFF/, ''))) {
    const [pidText, command] = parseCsvLine(record.trim());
    const pid = toPid(pidText);
    if (pid !== undefined && command?.trim()) out.set(pid, printable(command.trim()));
  }
  return out;
}

/** Parses `tasklist /FO CSV [/NH]`: pid to image name (first two columns). */
export function parseTasklistCsv(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of lines(text)) {
    const [name, pidText] = parseCsvLine(line.trim());
    const pid = toPid(pidText);
    if (pid !== undefined && name) out.set(pid, printable(name));
  }
  return out;
}

/** Parses `netsh interface ipv4 show excludedportrange protocol=tcp`. */
export function parseExcludedPortRanges(text: string): ExcludedPortRange[] {
  const out: ExcludedPortRange[] = [];
  for (const line of lines(text)) {
    const m = /^\s*(\d+)\s+(\d+)\s*(\*)?\s*$/.exec(line);
    const from = toPort(m?.[1]);
    const to = toPort(m?.[2]);
    if (from === undefined || to === undefined || from > to) continue;
    out.push({ from, to, administered: m?.[3] === '*' });
  }
  return out;
}
