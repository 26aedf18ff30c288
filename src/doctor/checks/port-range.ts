import { engineName, engineOf } from '../../core/containers/engine-processes.js';
import type { LeaseRecord } from '../../core/leases/registry.js';
import { describeListener } from '../../core/listeners/index.js';
import { answersThroughNat, type BindRefusal } from '../../core/ports/probe.js';
import { findHolderCommand } from '../../core/remedies.js';
import type { Listener, ListenerLookup, PortRange } from '../../core/types.js';
import { defineCheck, type Outcome } from '../checks.js';
import type { SettingsFacts } from '../facts/env.js';
import { leaseOwner } from '../holders.js';

/** How many ports of the range are test-bound at once. */
const PROBES_AT_ONCE = 8;

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

export interface PortRangeFacts {
  settings: SettingsFacts;
  lookup: ListenerLookup;
  leases: readonly LeaseRecord[];
  excluded: readonly PortRange[];
  /** The ports our backend listens on. */
  ourPorts: ReadonlySet<number>;
  /** Test binds' refusals, by port, of the ports classifyRange finds free. */
  refused: ReadonlyMap<number, BindRefusal>;
  /** Ports that bind, and yet answer through NAT rules (a container's); absent: none. */
  nat?: ReadonlySet<number>;
  platform: NodeJS.Platform;
}

const classify = (facts: PortRangeFacts, range: PortRange) =>
  classifyRange(range, facts.lookup.listeners, facts.leases, facts.excluded, facts.ourPorts);

/** Pure: the range's ports counted by what holds them, the held ones named. */
function diagnose(facts: PortRangeFacts): Outcome {
  const { settings } = facts.settings;
  if (!settings) return { status: 'skip', message: 'no valid range (see env.port)' };
  const { range } = settings;
  const { lookup, platform } = facts;
  // A tool that answers with nothing (Wine's netstat, a locked-down PowerShell) is no proof:
  // a port is free only when a test bind agrees.
  const entries: RangeEntry[] = classify(facts, range).map((entry) => {
    const refused = entry.state === 'free' ? facts.refused.get(entry.port) : undefined;
    if (entry.state === 'free' && facts.nat?.has(entry.port)) {
      return {
        port: entry.port,
        state: 'held',
        by: 'NAT rules: a container publishes it, and no process listens (see port.backend)',
      };
    }
    const listener = lookup.listeners.find((l) => l.port === entry.port);
    const engine = entry.state === 'held' ? engineOf(listener) : undefined;
    if (engine && listener) {
      return {
        ...entry,
        by: `${describeListener(listener)}, ${engineName(engine.family)}'s: a container publishes it`,
      };
    }
    return refused === 'in-use'
      ? {
          port: entry.port,
          state: 'held',
          by: `a process ${lookup.tool ?? 'the OS tools'} did not name (${findHolderCommand(entry.port, platform)} shows it)`,
        }
      : refused === 'permission'
        ? { port: entry.port, state: 'excluded', by: 'the OS (binding is refused: EACCES)' }
        : entry;
  });
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
}

export const portRange = defineCheck({
  id: 'port.range',
  area: 'port',
  title: 'how many ports of the range are free, leased or held',
  scope: 'host',
  async gather(ctx): Promise<PortRangeFacts> {
    const [settings, lookup, leases, excluded, backend] = await Promise.all([
      ctx.settings(),
      ctx.listeners(),
      ctx.leases(),
      ctx.excluded(),
      ctx.backend(),
    ]);
    const facts = {
      settings,
      lookup,
      leases: leases.records,
      excluded,
      ourPorts: new Set(backend.ours.map((l) => l.port)),
      refused: new Map<number, BindRefusal>(),
      platform: ctx.config.platform,
    };
    // Then a test bind of each port the lookups leave free. Binds of one port collide, binds of
    // different ports do not: a few ports at a time (each is several binds, one per host);
    // bounded, so a wide range holds few sockets. The context shares one probe of a port with
    // port.backend.
    const valid = settings.settings;
    if (!valid) return facts;
    const nat = new Set<number>();
    const free = classify(facts, valid.range)
      .filter((entry) => entry.state === 'free')
      .map((entry) => entry.port);
    const probeNext = async (): Promise<void> => {
      for (let port = free.shift(); port !== undefined; port = free.shift()) {
        const refused = await ctx.probe(port, valid.host, valid.hostOrigin);
        if (refused) facts.refused.set(port, refused);
        else if (await answersThroughNat(port, valid.host)) nat.add(port);
      }
    };
    await Promise.all(Array.from({ length: PROBES_AT_ONCE }, probeNext));
    return { ...facts, nat };
  },
  diagnose,
});
