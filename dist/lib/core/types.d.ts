import type { Container } from './containers/container.js';
import type { Lease } from './leases/record.js';
/** Where the allocated port came from, in the port order (docs/ARCHITECTURE.md). */
export type PortSource = 'flag' | 'input' | 'env' | 'dotenv' | 'default' | 'scan' | 'fallback';
/** An inclusive range of TCP ports. */
export interface PortRange {
    from: number;
    to: number;
}
/** A process listening on a TCP port, as the OS's tools report it. */
export interface Listener {
    port: number;
    /** The local address as printed, without brackets: `0.0.0.0`, `::`, `127.0.0.1`, `::1`, `*`. */
    address: string;
    /** Absent when the tool could not tell (another user's process without privileges). */
    pid?: number;
    /** Process name (`python3`, `node.exe`). */
    name?: string;
    /** Full command line, when it could be read. */
    command?: string;
    /**
     * Linux: the process's executable (/proc/PID/exe), and whether it is a root-owned file no one
     * else may write; what tells a container engine's process from one that only names itself so.
     */
    exe?: {
        path: string;
        systemOwned: boolean;
    };
}
/** What a listener lookup found, and what it could not look at. */
export interface ListenerLookup {
    listeners: Listener[];
    /** Set when the lookup could not run (tool missing, timed out): says what could not be looked at. */
    problem?: string;
    /** The tool whose answer this is (`ss`, `lsof`, `netstat`), for "… did not name the process". */
    tool?: string;
}
/** Why a port was not given out. */
export interface Refusal {
    port: number;
    reason: 'in-use' | 'permission' | 'leased' | 'excluded';
    /** The listening process, when the OS tools could name it. */
    holder?: Listener;
    /** The tool that was asked who holds the port, for "in use, but ss did not name the process". */
    tool?: string;
    /** The lease that holds it. */
    lease?: Lease;
    /** The lease file that holds it. */
    leaseFile?: string;
    /** Why that file no longer holds, when this user may not remove it (another user's). */
    staleReason?: string;
    excludedRange?: PortRange;
    /** It binds, but a connection to it is answered through NAT rules (a container's). */
    nat?: boolean;
    /** The containers the engines say publish it, once asked (refusals.ts, nameHolders). */
    containers?: Container[];
}
