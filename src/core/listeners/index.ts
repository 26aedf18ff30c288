import type { Listener, ListenerLookup } from '../types.js';
import { darwinListeners } from './darwin.js';
import { linuxListeners, linuxUdpHolders, listeningSocketInodes } from './linux.js';
import { type ExcludedPortRange, sortListeners } from './parse.js';
import { windowsExcludedPortRanges, windowsListeners } from './windows.js';

export { type DarwinTools, darwinListeners } from './darwin.js';
export { describeListener, processName, shortened } from './describe.js';
export {
  type LinuxTools,
  linuxListeners,
  linuxUdpHolders,
  listeningSocketInodes,
  procListeners,
  readCmdline,
} from './linux.js';
export {
  dedupeListeners,
  type ExcludedPortRange,
  formatIPv6,
  type ProcSocket,
  parseCsvLine,
  parseExcludedPortRanges,
  parseGetNetTcpConnectionCsv,
  parseLsof,
  parseNetstatLinux,
  parseNetstatMac,
  parseNetstatWindows,
  parseProcNetTcp,
  parsePsCommands,
  parseSs,
  parseTasklistCsv,
  parseWin32ProcessCsv,
  sortListeners,
  splitHostPort,
} from './parse.js';
export { type RunResult, runTool, TOOL_TIMEOUT_MS } from './run.js';
export {
  commandLineQuery,
  type WindowsTools,
  windowsExcludedPortRanges,
  windowsListeners,
} from './windows.js';

export interface LookupOptions {
  /**
   * Read each holder's command line too (default true). On Windows that is one PowerShell CIM
   * query, about a second; elsewhere a `ps` spawn or /proc reads.
   */
  commandLines?: boolean;
}

function lookup(port: number | undefined, options: LookupOptions): Promise<ListenerLookup> {
  const wantCommandLines = options.commandLines ?? true;
  if (process.platform === 'linux') return linuxListeners(port, {}, wantCommandLines);
  if (process.platform === 'win32') return windowsListeners(port, {}, wantCommandLines);
  // macOS ships lsof; elsewhere it is the common tool, and its absence is reported.
  return darwinListeners(port, {}, wantCommandLines);
}

/** The processes listening on one TCP port (LISTEN state only), with pid/name/command when known. */
export async function listenersOn(
  port: number,
  options: LookupOptions = {},
): Promise<ListenerLookup> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new RangeError(`not a TCP port: ${port}`);
  }
  const result = await lookup(port, options);
  return { ...result, listeners: sortListeners(result.listeners) };
}

/**
 * The processes with a UDP socket bound to `port` (Linux; [] elsewhere, where the tools are not
 * asked yet), for `kill`, which would otherwise say nothing listens.
 */
export async function udpHoldersOn(port: number): Promise<Listener[]> {
  if (process.platform !== 'linux') return [];
  return sortListeners((await linuxUdpHolders(port)) ?? []);
}

/**
 * The listening sockets on `port`, each known by an identity it keeps for its life (Linux: its
 * inode); undefined where the OS gives none that cheaply (macOS, Windows) or it cannot be read.
 */
export function listeningSockets(port: number): Set<number> | undefined {
  return process.platform === 'linux' ? listeningSocketInodes(port) : undefined;
}

/** Every TCP listener on the host. */
export async function allListeners(options: LookupOptions = {}): Promise<ListenerLookup> {
  const result = await lookup(undefined, options);
  return { ...result, listeners: sortListeners(result.listeners) };
}

/**
 * Windows's excluded port ranges (Hyper-V, WSL, and administered ones, which restarting winnat
 * does not free); [] elsewhere or on failure.
 */
export async function excludedPortRanges(): Promise<ExcludedPortRange[]> {
  return process.platform === 'win32' ? windowsExcludedPortRanges() : [];
}
