import type { Listener, ListenerLookup } from '../types.js';
export interface LinuxTools {
    ss: readonly string[];
    netstat: readonly string[];
    /** Where procfs is mounted; tests point it elsewhere. */
    proc: string;
}
/** Reads a process's command line; undefined once it is gone or not ours to read. */
export declare function readCmdline(pid: number, proc?: string): Promise<string | undefined>;
/**
 * Linux: one `ss -ltnpH` spawn (filtered to `sport = :PORT` for one port) plus a cmdline read
 * per pid (unless `wantCommandLines` is false); /proc/net/tcp{,6} with an fd scan when `ss` is missing
 * or fails, then net-tools.
 */
export declare function linuxListeners(port?: number, tools?: Partial<LinuxTools>, wantCommandLines?: boolean): Promise<ListenerLookup>;
/**
 * The inodes of the sockets listening on `port`, from /proc/net/tcp{,6}: no spawn, and any user
 * may read them. A socket keeps its inode for its whole life, so a holder's socket is the same
 * at two looks, while test binds are new sockets each time. Undefined when neither file reads.
 */
export declare function listeningSocketInodes(port: number, proc?: string): Set<number> | undefined;
/**
 * The fallback without `ss`: LISTEN sockets from /proc/net/tcp{,6}, owners found by scanning
 * /proc/<pid>/fd for `socket:[inode]`. Unprivileged, other users' sockets come without a pid.
 * Synchronous on purpose: thousands of tiny readlinks run far faster without a promise each.
 */
export declare function procListeners(port?: number, proc?: string): ListenerLookup;
/** The socket inodes one process holds open (`socket:[N]` fds); none when they cannot be read. */
export declare function processSocketInodes(pid: number | string, proc?: string): number[];
/**
 * Linux: the processes holding UDP port `port` (bound sockets: UDP has no listen state), by
 * `ss -uanpH`, with their details. `kill` ends these too: a bound UDP socket makes a server's
 * bind on that port fail just the same. Undefined when ss cannot answer.
 */
export declare function linuxUdpHolders(port: number, tools?: Partial<LinuxTools>): Promise<Listener[] | undefined>;
