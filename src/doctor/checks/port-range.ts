import { findHolderCommand } from '../../core/commands.js';
import type { LeaseRecord } from '../../core/leases.js';
import { describeListener } from '../../core/listeners/index.js';
import type { Listener, PortRange } from '../../core/types.js';
import type { Check } from '../checks.js';
import { leaseOwner, probeSettled } from '../holders.js';

export interface RangeEntry {
  port: number;
  state: 'free' | 'ours' | 'held' | 'leased' | 'excluded';
  /** Who: a listener's description, a lease's owner, an excluded range. */
  by?: string;
}

/** Each port of the range and what holds it. Pure; stale leases count as free (they are taken over). */
export function classifyRange(
  range: PortRange,
  listeners: readonly Listener[],
  leases: readonly LeaseRecord[],
  excluded: readonly PortRange[],
  ourPorts: ReadonlySet<number>,
): RangeEntry[] {
  const entries: RangeEntry[] = [];
  for (let port = range.from; port <= range.to; port++) {
    const reserved = excluded.find((r) => port >= r.from && port <= r.to);
    const listener =
      listeners.find((l) => l.port === port && l.pid !== undefined) ??
      listeners.find((l) => l.port === port);
    const lease = leases.find((r) => r.port === port && !r.staleReason);
    if (reserved)
      entries.push({ port, state: 'excluded', by: `Windows (${reserved.from}-${reserved.to})` });
    else if (ourPorts.has(port)) entries.push({ port, state: 'ours' });
    else if (listener) entries.push({ port, state: 'held', by: describeListener(listener) });
    else if (lease) entries.push({ port, state: 'leased', by: leaseOwner(lease) });
    else entries.push({ port, state: 'free' });
  }
  return entries;
}

const MAX_LISTED = 20;

export const portRange: Check = {
  id: 'port.range',
  area: 'port',
  title: 'how many ports of the range are free, leased or held',
  scope: 'host',
  async run(ctx) {
    const [facts, lookup, leases, excluded, backend] = await Promise.all([
      ctx.settings(),
      ctx.listeners(),
      ctx.leases(),
      ctx.excluded(),
      ctx.backend(),
    ]);
    if (!facts.settings) return { status: 'skip', message: 'no valid range (see env.port)' };
    const { range } = facts.settings;
    const classified = classifyRange(
      range,
      lookup.listeners,
      leases.records,
      excluded,
      new Set(backend.ours.map((l) => l.port)),
    );
    // A tool that answers with nothing (Wine's netstat, a locked-down PowerShell) is no proof:
    // a port is free only when a test bind agrees. One at a time: binds of one port collide.
    const entries: RangeEntry[] = [];
    for (const entry of classified) {
      const refused =
        entry.state === 'free'
          ? await probeSettled(entry.port, facts.settings.host, facts.settings.hostOrigin)
          : undefined;
      entries.push(
        refused === 'in-use'
          ? {
              port: entry.port,
              state: 'held',
              by: `a process ${lookup.tool ?? 'the OS tools'} did not name (${findHolderCommand(entry.port, ctx.config.platform)} shows it)`,
            }
          : refused === 'permission'
            ? { port: entry.port, state: 'excluded', by: 'the OS (binding is refused: EACCES)' }
            : entry,
      );
    }
    const count = (state: RangeEntry['state']) => entries.filter((e) => e.state === state).length;
    const free = count('free');
    const span = `${range.from}-${range.to}`;
    const parts = [
      `${free} of ${entries.length} free`,
      ...(['ours', 'leased', 'held', 'excluded'] as const)
        .filter((state) => count(state) > 0)
        .map((state) => `${count(state)} ${state === 'ours' ? 'our backend' : state}`),
    ];
    const taken = entries.filter((e) => e.state !== 'free');
    const details = [
      ...(lookup.problem ? [`${lookup.problem}; counted leases only`] : []),
      ...taken
        .slice(0, MAX_LISTED)
        .map(
          (e) =>
            `${e.port} ${e.state === 'ours' ? 'our backend' : e.state}${e.by ? ` by ${e.by}` : ''}`,
        ),
      ...(taken.length > MAX_LISTED ? [`and ${taken.length - MAX_LISTED} more`] : []),
    ];
    const data = {
      range: span,
      free,
      ports: entries.map((e) => ({ port: e.port, state: e.state, ...(e.by && { by: e.by }) })),
    };
    if (free === 0 && count('ours') === 0) {
      return {
        status: 'warn',
        message: `no free port in ${span} (${parts.slice(1).join(', ')}): udo-port find will fail`,
        details: [...details, 'end what holds them, or widen the range with --range'],
        data,
      };
    }
    return {
      status: lookup.problem ? 'warn' : 'pass',
      message: `${span}: ${parts.join(', ')}`,
      details,
      data,
    };
  },
};
