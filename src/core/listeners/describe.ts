import { basename } from 'node:path';
import { printable } from '../text.js';
import type { Listener } from '../types.js';

const MAX_LENGTH = 80;

const base = (path: string) => basename(path.replaceAll('\\', '/'));

/**
 * A process's name as a user knows it. The kernel's name (`/proc/<pid>/comm`, what `ss` prints)
 * is its main thread's, which a program may rename: Node 24 calls its main thread `MainThread`.
 * It is kept while it names what the process runs: the first word of its command line, or the
 * second for a script run through its `#!` interpreter (`uvicorn` is `python3 .venv/bin/uvicorn`);
 * the kernel keeps 15 bytes of it. Otherwise the program's own name is the true one. Pure.
 */
export function processName(
  kernelName: string | undefined,
  argv: readonly string[],
): string | undefined {
  const program = argv[0] ? base(argv[0]) : '';
  if (!program) return kernelName;
  if (!kernelName) return program;
  const runs = argv.slice(0, 2).map(base);
  return runs.some((name) => name.startsWith(kernelName) || kernelName.startsWith(name))
    ? kernelName
    : program;
}

/**
 * Text cut to `room` characters in the middle: a command line's end (the app, the port) tells
 * more than the middle of its interpreter's path. Pure.
 */
export function shortened(text: string, room: number): string {
  if (text.length <= room) return text;
  const tail = Math.ceil((room - 1) * 0.6);
  return `${text.slice(0, room - 1 - tail)}…${text.slice(text.length - tail)}`;
}

/** `PID 1234 (python3: python3 -m http.server 8001)`, cut to 80 characters; no pid, no name. */
export function describeListener(l: Listener): string {
  if (l.pid === undefined) return 'an unknown process';
  // Made printable here too, for listeners built elsewhere: a process names itself anything.
  const name = l.name && printable(l.name).trim();
  // A command line may hold newlines and tabs; one line reads better in a message.
  const command = l.command && printable(l.command.replace(/\s+/g, ' ')).trim();
  const detail = name && command && command !== name ? `${name}: ${command}` : name || command;
  const head = `PID ${l.pid}`;
  if (!detail) return head;
  return `${head} (${shortened(detail, MAX_LENGTH - head.length - 3)})`;
}
