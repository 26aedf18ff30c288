import type { Listener } from '../types.js';
import { type ExcludedPortRange } from './parse-common.js';
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
