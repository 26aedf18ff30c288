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
export declare const SKIPPED_WINDOWS_PIDS: Set<number>;
export declare function lines(text: string): string[];
export declare function toPort(s: string | undefined): number | undefined;
export declare function toPid(s: string | undefined): number | undefined;
/**
 * Splits `host:port`, `[v6]:port`, `:::port` or macOS's `host.port` at the last separator;
 * the host loses its brackets but keeps a zone (`fe80::1%eth0`).
 */
export declare function splitHostPort(s: string, sep?: ':' | '.'): {
    host: string;
    port: string;
};
export declare function listener(port: number, address: string, pid?: number, name?: string): Listener;
/** One entry per pid+address+port; a later duplicate only fills in what the first lacked. */
export declare function dedupeListeners(list: readonly Listener[]): Listener[];
/** By port, then pid; a listener with a pid comes first, so `[0]` names a holder if any can. */
export declare function sortListeners(list: readonly Listener[]): Listener[];
