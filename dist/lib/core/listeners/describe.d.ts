import type { Listener } from '../types.js';
/**
 * A process's name as a user knows it. The kernel's name (`/proc/<pid>/comm`, what `ss` prints)
 * is its main thread's, which a program may rename: Node 24 calls its main thread `MainThread`.
 * It is kept while it names what the process runs: the first word of its command line, or the
 * second for a script run through its `#!` interpreter (`uvicorn` is `python3 .venv/bin/uvicorn`);
 * the kernel keeps 15 bytes of it. Otherwise the program's own name is the true one. Pure.
 */
export declare function processName(kernelName: string | undefined, argv: readonly string[]): string | undefined;
/**
 * Text cut to `room` characters in the middle: a command line's end (the app, the port) tells
 * more than the middle of its interpreter's path. Pure.
 */
export declare function shortened(text: string, room: number): string;
/** `PID 1234 (python3: python3 -m http.server 8001)`, cut to 80 characters; no pid, no name. */
export declare function describeListener(l: Listener): string;
