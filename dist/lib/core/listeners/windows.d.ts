import type { ListenerLookup, PortRange } from '../types.js';
export interface WindowsTools {
    netstat: readonly string[];
    powershell: readonly string[];
    tasklist: readonly string[];
    netsh: readonly string[];
}
/**
 * Windows: `netstat -ano` (Get-NetTCPConnection through PowerShell when netstat fails), then
 * `tasklist` for the names. Command lines would need a CIM query costing about a second, so
 * they are left out.
 */
export declare function windowsListeners(port?: number, overrides?: Partial<WindowsTools>): Promise<ListenerLookup>;
/** Hyper-V/WSL excluded ranges from netsh; [] when netsh fails. */
export declare function windowsExcludedPortRanges(netsh?: readonly string[]): Promise<PortRange[]>;
