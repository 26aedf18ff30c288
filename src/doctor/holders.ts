// Who holds a port, in words shared by the port checks: a listener's details and a lease's owner.
import { describeLease, type LeaseRecord } from '../core/leases/registry.js';
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
