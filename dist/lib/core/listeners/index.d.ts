import type { Listener, ListenerLookup } from '../types.js';
import { type ExcludedPortRange } from './parse.js';
export { type DarwinTools, darwinListeners } from './darwin.js';
export { describeListener, processName, shortened } from './describe.js';
export { type LinuxTools, linuxListeners, linuxUdpHolders, listeningSocketInodes, procListeners, readCmdline, } from './linux.js';
export { dedupeListeners, type ExcludedPortRange, formatIPv6, type ProcSocket, parseCsvLine, parseExcludedPortRanges, parseGetNetTcpConnectionCsv, parseLsof, parseNetstatLinux, parseNetstatMac, parseNetstatWindows, parseProcNetTcp, parsePsCommands, parseSs, parseTasklistCsv, parseWin32ProcessCsv, sortListeners, splitHostPort, } from './parse.js';
export { type RunResult, runTool, TOOL_TIMEOUT_MS } from './run.js';
export { commandLineQuery, type WindowsTools, windowsExcludedPortRanges, windowsListeners, } from './windows.js';
export interface LookupOptions {
    /**
     * Read each holder's command line too (default true). On Windows that is one PowerShell CIM
     * query, about a second; elsewhere a `ps` spawn or /proc reads.
     */
    commandLines?: boolean;
}
/** The processes listening on one TCP port (LISTEN state only), with pid/name/command when known. */
export declare function listenersOn(port: number, options?: LookupOptions): Promise<ListenerLookup>;
/**
 * The processes with a UDP socket bound to `port` (Linux; [] elsewhere, where the tools are not
 * asked yet), for `kill`, which would otherwise say nothing listens.
 */
export declare function udpHoldersOn(port: number): Promise<Listener[]>;
/**
 * The listening sockets on `port`, each known by an identity it keeps for its life (Linux: its
 * inode); undefined where the OS gives none that cheaply (macOS, Windows) or it cannot be read.
 */
export declare function listeningSockets(port: number): Set<number> | undefined;
/** Every TCP listener on the host. */
export declare function allListeners(options?: LookupOptions): Promise<ListenerLookup>;
/**
 * Windows's excluded port ranges (Hyper-V, WSL, and administered ones, which restarting winnat
 * does not free); [] elsewhere or on failure.
 */
export declare function excludedPortRanges(): Promise<ExcludedPortRange[]>;
