import type { ListenerLookup, PortRange } from '../types.js';
export { type DarwinTools, darwinListeners } from './darwin.js';
export { describeListener } from './describe.js';
export { type LinuxTools, linuxListeners, procListeners, readCmdline } from './linux.js';
export { dedupeListeners, type ExcludedPortRange, formatIPv6, type ProcSocket, parseCsvLine, parseExcludedPortRanges, parseGetNetTcpConnectionCsv, parseLsof, parseNetstatLinux, parseNetstatMac, parseNetstatWindows, parseProcNetTcp, parsePsCommands, parseSs, parseTasklistCsv, sortListeners, splitHostPort, } from './parse.js';
export { type RunResult, runTool, TOOL_TIMEOUT_MS } from './run.js';
export { type WindowsTools, windowsExcludedPortRanges, windowsListeners } from './windows.js';
/** The processes listening on one TCP port (LISTEN state only), with pid/name/command when known. */
export declare function listenersOn(port: number): Promise<ListenerLookup>;
/** Every TCP listener on the host. */
export declare function allListeners(): Promise<ListenerLookup>;
/** Windows's excluded port ranges (Hyper-V, WSL, administered); [] elsewhere or on failure. */
export declare function excludedPortRanges(): Promise<PortRange[]>;
