import { printable } from '../text.js';
import type { Listener } from '../types.js';

const MAX_LENGTH = 80;

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
  const room = MAX_LENGTH - head.length - 3;
  const shown = detail.length > room ? `${detail.slice(0, room - 1).trimEnd()}…` : detail;
  return `${head} (${shown})`;
}
