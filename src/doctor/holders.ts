// Who holds a port, in words shared by the port checks: a listener's details, a lease's owner,
// and a test bind that waits out another process's own.
import { setTimeout as sleep } from 'node:timers/promises';
import { describeLease, type LeaseRecord } from '../core/leases/registry.js';
import { probePort } from '../core/ports/probe.js';
import type { Listener } from '../core/types.js';
import type { Context } from './context.js';

/** The working folders of listeners' processes, by PID, where they can be read. */
export function folders(ctx: Context, listeners: readonly Listener[]): Map<number, string> {
  const found = new Map<number, string>();
  for (const { pid } of listeners) {
    const cwd = pid === undefined ? undefined : ctx.cwdOf(pid);
    if (pid !== undefined && cwd !== undefined) found.set(pid, cwd);
  }
  return found;
}

/** One line per holder detail: PID, name, command, folder (from `folders`). Pure. */
export function holderDetails(holder: Listener, cwds: ReadonlyMap<number, string>): string[] {
  const cwd = holder.pid === undefined ? undefined : cwds.get(holder.pid);
  return [
    ...(holder.name ? [`process: ${holder.name} (PID ${holder.pid})`] : []),
    ...(holder.command ? [`command: ${holder.command.replace(/\s+/g, ' ').trim()}`] : []),
    ...(cwd ? [`folder: ${cwd}`] : []),
    `listening on: ${holder.address}`,
  ];
}

/** A holder for --json. */
export const holderData = (l: Listener) => ({
  pid: l.pid ?? null,
  name: l.name ?? null,
  command: l.command ?? null,
  address: l.address,
});

/** Who holds a lease, for messages: `PID 5 (udo-port find) in /p, until 2025-...`. */
export function leaseOwner(record: LeaseRecord): string {
  return record.lease ? describeLease(record.lease) : 'an unreadable lease file';
}

/**
 * A test bind, repeated while it is refused: another process's own test bind (udo-port, a second
 * doctor) holds a port for a moment, and only a holder that stays is worth reporting.
 */
export async function probeSettled(port: number, host: string, hostLabel: string) {
  let refused = await probePort(port, host, hostLabel);
  for (let tries = 1; refused && tries < 3; tries++) {
    await sleep(25 * tries);
    refused = await probePort(port, host, hostLabel);
  }
  return refused;
}
