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
/**
 * Splits `host:port`, `[v6]:port`, `:::port` or macOS's `host.port` at the last separator;
 * the host loses its brackets but keeps a zone (`fe80::1%eth0`).
 */
export declare function splitHostPort(s: string, sep?: ':' | '.'): {
    host: string;
    port: string;
};
/** One entry per pid+address+port; a later duplicate only fills in what the first lacked. */
export declare function dedupeListeners(list: readonly Listener[]): Listener[];
/** By port, then pid; a listener with a pid comes first, so `[0]` names a holder if any can. */
export declare function sortListeners(list: readonly Listener[]): Listener[];
/** Parses `ss -ltnp` / `ss -ltnpH` output: TCP LISTEN rows, one listener per owning pid. */
export declare function parseSs(text: string): Listener[];
/** Formats 16 bytes as RFC 5952 text (`::`, `::1`, `::ffff:127.0.0.1`), as `ss` prints them. */
export declare function formatIPv6(bytes: readonly number[]): string;
/** Parses /proc/net/tcp or /proc/net/tcp6: the sockets in state LISTEN, with their inodes. */
export declare function parseProcNetTcp(text: string, littleEndian?: boolean): ProcSocket[];
/** Parses Linux `netstat -tlnp` (net-tools): TCP listeners with `PID/Program name`. */
export declare function parseNetstatLinux(text: string): Listener[];
/** Parses `lsof -nP -iTCP -sTCP:LISTEN` (macOS or Linux): TCP rows in state LISTEN. */
export declare function parseLsof(text: string): Listener[];
/** Parses macOS `netstat -anv -p tcp`: listeners (peer `*.*`) with the pid column. */
export declare function parseNetstatMac(text: string): Listener[];
/** Parses `ps -o pid=,command=`: pid to command line. */
export declare function parsePsCommands(text: string): Map<number, string>;
/**
 * Parses Windows `netstat -ano`. State words are localized (LISTENING, ABHÖREN, ...), so a
 * listener is a TCP row whose foreign port is 0; the port is matched in the local-address
 * column only, the PID comes from the last column, and PIDs 0 and 4 are skipped.
 */
export declare function parseNetstatWindows(text: string): Listener[];
/** Splits one CSV line: quoted fields may hold commas, and `""` is a quote. */
export declare function parseCsvLine(line: string): string[];
/**
 * Parses `Get-NetTCPConnection -State Listen | Select-Object LocalAddress,LocalPort,
 * OwningProcess | ConvertTo-Csv`: columns address, port, pid in that order.
 */
export declare function parseGetNetTcpConnectionCsv(text: string): Listener[];
/**
 * Parses `Get-CimInstance Win32_Process | Select-Object ProcessId,CommandLine | ConvertTo-Csv
 * -NoTypeInformation`: pid to command line. A quoted command line may span lines; an empty one
 * (a process whose command line this user may not read) is left out, as are the header and a BOM.
 */
export declare function parseWin32ProcessCsv(text: string): Map<number, string>;
/** Parses `tasklist /FO CSV [/NH]`: pid to image name (first two columns). */
export declare function parseTasklistCsv(text: string): Map<number, string>;
/** Parses `netsh interface ipv4 show excludedportrange protocol=tcp`. */
export declare function parseExcludedPortRanges(text: string): ExcludedPortRange[];
