import type { ListenerLookup } from '../types.js';
import { type ExcludedPortRange } from './parse.js';
export interface WindowsTools {
    netstat: readonly string[];
    powershell: readonly string[];
    tasklist: readonly string[];
    netsh: readonly string[];
}
/**
 * The CIM query for the command lines of `pids`, as CSV. The console's code page would mangle
 * non-ASCII paths, so the output is UTF-8 where a console lets it be set; single quotes need no
 * escaping on the way through the command line.
 */
export declare function commandLineQuery(pids: readonly number[]): string;
/**
 * Windows: `netstat -ano` (Get-NetTCPConnection through PowerShell when netstat fails), then
 * `tasklist` for the names and, unless `wantCommandLines` is false, one CIM query through PowerShell
 * for the command lines of the pids found (about a second; they stay unknown when it fails).
 */
export declare function windowsListeners(port?: number, overrides?: Partial<WindowsTools>, wantCommandLines?: boolean): Promise<ListenerLookup>;
/**
 * Hyper-V/WSL excluded ranges from netsh, `administered` when an administrator added them
 * (netsh's `*`); [] when netsh fails.
 */
export declare function windowsExcludedPortRanges(netsh?: readonly string[]): Promise<ExcludedPortRange[]>;
