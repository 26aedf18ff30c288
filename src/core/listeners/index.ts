import type { ListenerLookup, PortRange } from '../types.js';
import { darwinListeners } from './darwin.js';
import { linuxListeners } from './linux.js';
import { sortListeners } from './parse.js';
import { windowsExcludedPortRanges, windowsListeners } from './windows.js';

export { type DarwinTools, darwinListeners } from './darwin.js';
export { describeListener } from './describe.js';
export { type LinuxTools, linuxListeners, procListeners, readCmdline } from './linux.js';
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
  sortListeners,
  splitHostPort,
} from './parse.js';
export { type RunResult, runTool, TOOL_TIMEOUT_MS } from './run.js';
export { type WindowsTools, windowsExcludedPortRanges, windowsListeners } from './windows.js';

function lookup(port?: number): Promise<ListenerLookup> {
  if (process.platform === 'linux') return linuxListeners(port);
  if (process.platform === 'win32') return windowsListeners(port);
  // macOS ships lsof; elsewhere it is the common tool, and its absence is reported.
  return darwinListeners(port);
}

/** The processes listening on one TCP port (LISTEN state only), with pid/name/command when known. */
export async function listenersOn(port: number): Promise<ListenerLookup> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new RangeError(`not a TCP port: ${port}`);
  }
  const result = await lookup(port);
  return { ...result, listeners: sortListeners(result.listeners) };
}

/** Every TCP listener on the host. */
export async function allListeners(): Promise<ListenerLookup> {
  const result = await lookup();
  return { ...result, listeners: sortListeners(result.listeners) };
}

/** Windows's excluded port ranges (Hyper-V, WSL, administered); [] elsewhere or on failure. */
export async function excludedPortRanges(): Promise<PortRange[]> {
  return process.platform === 'win32' ? windowsExcludedPortRanges() : [];
}
