import type { Listener } from '../types.js';
import { type ProcSocket } from './parse-common.js';
/** Parses `ss -ltnp` / `ss -ltnpH` output: TCP LISTEN rows, one listener per owning pid. */
export declare function parseSs(text: string): Listener[];
/** Formats 16 bytes as RFC 5952 text (`::`, `::1`, `::ffff:127.0.0.1`), as `ss` prints them. */
export declare function formatIPv6(bytes: readonly number[]): string;
/** Parses /proc/net/tcp or /proc/net/tcp6: the sockets in state LISTEN, with their inodes. */
export declare function parseProcNetTcp(text: string, littleEndian?: boolean): ProcSocket[];
/** Parses Linux `netstat -tlnp` (net-tools): TCP listeners with `PID/Program name`. */
export declare function parseNetstatLinux(text: string): Listener[];
