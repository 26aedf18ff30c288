// macOS's listener tables (and lsof anywhere): lsof, BSD netstat, ps. Pure.
import { printable } from '../text.js';
import type { Listener } from '../types.js';
import { dedupeListeners, lines, listener, splitHostPort, toPid, toPort } from './parse-common.js';

// ---------------------------------------------------------------- macOS (and lsof anywhere)

// COMMAND PID USER FD TYPE DEVICE SIZE/OFF NODE NAME. COMMAND may hold spaces, so the row is
// anchored on the IPv4/IPv6 TYPE column two columns after PID.
const LSOF_ROW = /^(.+?)\s+(\d+)\s+\S+\s+\S+\s+IPv[46]\s+\S+\s+\S+\s+TCP\s+(\S+)\s+\((\w+)\)\s*$/;

function unescapeLsof(s: string): string {
  // lsof prints a space in a command name as `\x20`.
  return s.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) =>
    String.fromCharCode(Number.parseInt(h, 16)),
  );
}

/** Parses `lsof -nP -iTCP -sTCP:LISTEN` (macOS or Linux): TCP rows in state LISTEN. */
export function parseLsof(text: string): Listener[] {
  const out: Listener[] = [];
  for (const line of lines(text)) {
    const m = LSOF_ROW.exec(line.trim());
    if (m?.[4] !== 'LISTEN' || (m[3] ?? '').includes('->')) continue;
    const { host, port: portText } = splitHostPort(m[3] ?? '');
    const port = toPort(portText);
    if (port === undefined || !host) continue;
    out.push(listener(port, host, toPid(m[2]), unescapeLsof(m[1] ?? '').trim()));
  }
  return dedupeListeners(out);
}

// After Proto Recv-Q Send-Q Local Foreign (state) come, in older macOS, `rhiwat shiwat pid
// epid state`; newer macOS prints `rxbytes txbytes rhiwat shiwat process:pid state`, and the
// process name may hold spaces and colons, so the pid is read right before the 5-hex state.
const MAC_ROW = /^(tcp(?:4|6|46)?)\s+\d+\s+\d+\s+(\S+)\s+(\S+)\s+\S+\s+(.*)$/;
const MAC_NEW_PID = /^\d+\s+\d+\s+\d+\s+\d+\s+(.*):(\d+)\s+[0-9a-fA-F]{5}\s/;
const MAC_OLD_PID = /^\d+\s+\d+\s+(\d+)\s+\d+\s+[0-9a-fA-F]{5}\s/;

/** Parses macOS `netstat -anv -p tcp`: listeners (peer `*.*`) with the pid column. */
export function parseNetstatMac(text: string): Listener[] {
  const out: Listener[] = [];
  for (const line of lines(text)) {
    const m = MAC_ROW.exec(line.trim());
    if (m?.[3] !== '*.*') continue;
    const { host, port: portText } = splitHostPort(m[2] ?? '', '.');
    const port = toPort(portText);
    if (port === undefined || !host) continue;
    const rest = `${m[4] ?? ''} `;
    const modern = MAC_NEW_PID.exec(rest);
    const pid = toPid(modern ? modern[2] : MAC_OLD_PID.exec(rest)?.[1]);
    out.push(listener(port, host, pid, modern?.[1]?.trim()));
  }
  return dedupeListeners(out);
}

/** Parses `ps -o pid=,command=`: pid to command line. */
export function parsePsCommands(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const line of lines(text)) {
    const m = /^\s*(\d+)\s+(.*\S)\s*$/.exec(line);
    const pid = toPid(m?.[1]);
    if (pid !== undefined && m?.[2]) out.set(pid, printable(m[2]));
  }
  return out;
}
