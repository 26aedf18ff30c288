import type { Listener } from '../types.js';
/** Parses `lsof -nP -iTCP -sTCP:LISTEN` (macOS or Linux): TCP rows in state LISTEN. */
export declare function parseLsof(text: string): Listener[];
/** Parses macOS `netstat -anv -p tcp`: listeners (peer `*.*`) with the pid column. */
export declare function parseNetstatMac(text: string): Listener[];
/** Parses `ps -o pid=,command=`: pid to command line. */
export declare function parsePsCommands(text: string): Map<number, string>;
