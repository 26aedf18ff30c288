// Hand-written on purpose: the port-to-PID helpers on npm misparse several real outputs.
// The helpers every OS family's parser shares; each family's parsers live in parse-<os>.ts.
import { printable } from '../text.js';
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

// Windows: PID 0 is the idle process (TIME_WAIT rows), PID 4 is System (http.sys, SMB).
export const SKIPPED_WINDOWS_PIDS = new Set([0, 4]);

export function lines(text: string): string[] {
  return text.split(/\r?\n/);
}

export function toPort(s: string | undefined): number | undefined {
  if (s === undefined || !/^\d{1,5}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= 65535 ? n : undefined;
}

export function toPid(s: string | undefined): number | undefined {
  if (s === undefined || !/^\d{1,10}$/.test(s)) return undefined;
  const n = Number(s);
  return n > 0 ? n : undefined;
}

/**
 * Splits `host:port`, `[v6]:port`, `:::port` or macOS's `host.port` at the last separator;
 * the host loses its brackets but keeps a zone (`fe80::1%eth0`).
 */
export function splitHostPort(s: string, sep: ':' | '.' = ':'): { host: string; port: string } {
  const i = s.lastIndexOf(sep);
  let host = i < 0 ? '' : s.slice(0, i);
  const port = i < 0 ? s : s.slice(i + 1);
  const close = host.indexOf(']');
  if (host.startsWith('[') && close > 0) host = host.slice(1, close) + host.slice(close + 1);
  return { host, port };
}

// Every parser builds its listeners here: a process names itself, so its name is made printable.
export function listener(port: number, address: string, pid?: number, name?: string): Listener {
  const l: Listener = { port, address };
  if (pid !== undefined) l.pid = pid;
  if (name) l.name = printable(name);
  return l;
}

/** One entry per pid+address+port; a later duplicate only fills in what the first lacked. */
export function dedupeListeners(list: readonly Listener[]): Listener[] {
  const byKey = new Map<string, Listener>();
  for (const l of list) {
    const key = `${l.pid ?? ''}|${l.address}|${l.port}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...l });
    else {
      seen.name ??= l.name;
      seen.command ??= l.command;
    }
  }
  return [...byKey.values()];
}

/** By port, then pid; a listener with a pid comes first, so `[0]` names a holder if any can. */
export function sortListeners(list: readonly Listener[]): Listener[] {
  return [...list].sort((a, b) => {
    const pidOrder =
      a.pid === undefined || b.pid === undefined
        ? Number(a.pid === undefined) - Number(b.pid === undefined)
        : a.pid - b.pid;
    return a.port - b.port || pidOrder || a.address.localeCompare(b.address);
  });
}
