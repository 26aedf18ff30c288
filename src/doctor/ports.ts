import { endCommand, findHolderCommand } from '../core/commands.js';
import type { LeaseRecord } from '../core/leases.js';
import { describeListener } from '../core/listeners/index.js';
import { probePort } from '../core/probe.js';
import { leftBehind } from '../core/running.js';
import type { Listener, PortRange } from '../core/types.js';
import { conflicts, isLoopback6 } from './addresses.js';
import type { Check, Outcome } from './checks.js';
import type { Context } from './context.js';
import { runsApp } from './context.js';
import { leaseOwner } from './leases.js';

export { conflicts };

/** One line per holder detail: PID, name, command, folder. */
function holderDetails(ctx: Context, holder: Listener): string[] {
  const cwd = holder.pid === undefined ? undefined : ctx.cwdOf(holder.pid);
  return [
    ...(holder.name ? [`process: ${holder.name} (PID ${holder.pid})`] : []),
    ...(holder.command ? [`command: ${holder.command.replace(/\s+/g, ' ').trim()}`] : []),
    ...(cwd ? [`folder: ${cwd}`] : []),
    `listening on: ${holder.address}`,
  ];
}

const holderData = (l: Listener) => ({
  pid: l.pid ?? null,
  name: l.name ?? null,
  command: l.command ?? null,
  address: l.address,
});

/**
 * A test bind, repeated while it is refused: another process's own test bind (udo-port, a second
 * doctor) holds a port for a moment, and only a holder that stays is worth reporting.
 */
async function probeSettled(port: number, host: string, hostLabel: string) {
  let refused = await probePort(port, host, hostLabel);
  for (let tries = 1; refused && tries < 3; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 25 * tries));
    refused = await probePort(port, host, hostLabel);
  }
  return refused;
}

export const portBackend: Check = {
  id: 'port.backend',
  area: 'port',
  title: "who holds the backend's port",
  async run(ctx): Promise<Outcome> {
    const [facts, lookup, backend, leases] = await Promise.all([
      ctx.settings(),
      ctx.listeners(),
      ctx.backend(),
      ctx.leases(),
    ]);
    if (!facts.settings) return { status: 'skip', message: 'no valid port (see env.port)' };
    const { settings } = facts;
    const { platform, app, root } = ctx.config;
    const port = settings.requested?.port ?? settings.defaultPort;
    const from = settings.requested ? `from ${settings.requested.origin}` : 'the default';
    const ours = backend.ours.filter((l) => l.port === port);
    const onPort = lookup.listeners.filter((l) => l.port === port);
    const elsewhere = backend.ours.find((l) => l.port !== port);

    // A `udo-port start` that ended without ending its backend (killed where no watchdog
    // runs) leaves its lease stale and the backend holding the port: name it as such.
    const orphanOf = leftBehind(leases.records).find((b) => b.port === port);
    const orphanNote = orphanOf
      ? `it was left running by udo-port start PID ${orphanOf.startPid}${orphanOf.cwd ? ` in ${orphanOf.cwd}` : ''}, which has ended without ending it`
      : undefined;
    if (ours[0]) {
      const pid = ours[0].pid;
      return orphanNote && pid !== undefined
        ? {
            status: 'warn',
            message: `our backend is running on port ${port}, but nothing will stop it: ${describeListener(ours[0])}`,
            details: [orphanNote],
            remedy: [endCommand(pid, platform)],
            data: { port, state: 'ours', orphan: true, holder: holderData(ours[0]) },
          }
        : {
            status: 'pass',
            message: `our backend is running on port ${port}: ${describeListener(ours[0])}`,
            data: { port, state: 'ours', holder: holderData(ours[0]) },
          };
    }
    const holders = onPort.filter((l) => conflicts(settings.host, l.address));
    const holder = holders.find((l) => l.pid !== undefined) ?? holders[0];
    if (holder?.pid !== undefined && holder.command === undefined) {
      // Without its command line it cannot be told from our own backend: no claim either way.
      return {
        status: 'warn',
        message: `port ${port} (${from}) is held by ${describeListener(holder)}, whose command line could not be read: it may be your backend`,
        details: [
          ...holderDetails(ctx, holder),
          `if it is not your backend (uvicorn ${app} in ${root}), end it: ${endCommand(holder.pid, platform)}`,
          ...(elsewhere ? [`our backend runs on port ${elsewhere.port} instead`] : []),
          'or leave it running: npx udo-port start runs the backend on the next free port and points the frontend at it',
        ],
        data: { port, state: 'unverified', holder: holderData(holder) },
      };
    }
    if (holder && backend.others.includes(holder)) {
      return otherCheckout(ctx, holder, {
        port,
        from,
        pinned: settings.requested?.pinned ?? false,
      });
    }
    if (holder) {
      const named = holder.pid !== undefined;
      const sameApp = runsApp(holder.command, app);
      return {
        status: elsewhere ? 'warn' : 'error',
        message: named
          ? `port ${port} (${from}) is held by ${describeListener(holder)}`
          : `port ${port} (${from}) is in use, but ${lookup.tool ?? 'the OS tools'} did not name the process`,
        details: [
          ...holderDetails(ctx, holder),
          ...(orphanNote ? [orphanNote] : []),
          sameApp
            ? `it runs ${app} from another folder: another checkout of this project`
            : `it is not this project's backend (uvicorn ${app} in ${root})`,
          ...(elsewhere ? [`our backend runs on port ${elsewhere.port} instead`] : []),
          'or leave it running: npx udo-port start runs the backend on the next free port and points the frontend at it',
        ],
        remedy: [
          named ? endCommand(holder.pid as number, platform) : findHolderCommand(port, platform),
        ],
        data: { port, state: 'foreign', holder: holderData(holder) },
      };
    }

    const lease = leases.records.find((r) => r.port === port && !r.staleReason);
    const leaseNote =
      lease && lease.lease?.cwd !== root
        ? [`port ${port} is leased by ${leaseOwner(lease)}: that process may start a server on it`]
        : [];
    const others = onPort.map(
      (l) =>
        `${describeListener(l)} listens on ${l.address}, which ${settings.host} does not collide with (see port.ipv6-shadow)`,
    );
    // No listener to name: a test bind tells held from free (and sees what the tools missed,
    // such as another user's process on macOS). Not under a live lease: its owner may be
    // test-binding the port this very moment, and two test binds refuse each other.
    if ((onPort.length === 0 || lookup.problem) && !lease) {
      const refused = await probeSettled(port, settings.host, settings.hostOrigin);
      if (refused) {
        return {
          status: 'error',
          message:
            refused === 'permission'
              ? `binding port ${port} on ${settings.host} is refused (EACCES)`
              : `port ${port} (${from}) is in use, but ${lookup.tool ?? 'the OS tools'} did not name the process`,
          details: [
            ...(lookup.problem ? [lookup.problem] : []),
            ...(refused === 'permission'
              ? [
                  platform === 'win32'
                    ? 'Windows reserves it (see port.windows-excluded)'
                    : 'ports below 1024 need root',
                ]
              : []),
          ],
          remedy: refused === 'in-use' ? [findHolderCommand(port, platform)] : [],
          data: { port, state: refused },
        };
      }
    }
    if (lookup.problem) {
      return {
        status: 'warn',
        message: `port ${port} (${from}) is free by a test bind, but the listeners could not be looked at`,
        details: [lookup.problem, ...leaseNote],
        data: { port, state: 'free' },
      };
    }
    return {
      status: leaseNote.length > 0 ? 'warn' : 'pass',
      message: elsewhere
        ? `port ${port} (${from}) is free; our backend runs on port ${elsewhere.port} (PID ${elsewhere.pid})`
        : `port ${port} (${from}) is free; the backend is not running`,
      details: [...leaseNote, ...others],
      data: { port, state: 'free' },
    };
  },
};

/**
 * Another checkout's backend (this app, run from another folder) on our port: a worktree of the
 * same project, which the user wants running. udo-port start passes over a port it may move
 * from, so that is only a note; ending it is never the remedy.
 */
async function otherCheckout(
  ctx: Context,
  holder: Listener,
  port: { port: number; from: string; pinned: boolean },
): Promise<Outcome> {
  const backend = await ctx.backend();
  const { startCommand } = ctx.config;
  const cwd = ctx.cwdOf(holder.pid as number);
  const theirs = `another checkout's backend, PID ${holder.pid}${cwd ? ` in ${cwd}` : ''}`;
  const elsewhere = backend.ours[0];
  const data = { port: port.port, state: 'other-checkout', holder: holderData(holder) };
  const details = [
    ...holderDetails(ctx, holder),
    `it runs ${ctx.config.app} from another folder: another checkout of this project, left running`,
  ];
  if (elsewhere) {
    return {
      status: 'pass',
      message: `port ${port.port} (${port.from}) is held by ${theirs}; ours runs on port ${elsewhere.port} (PID ${elsewhere.pid})`,
      details,
      data,
    };
  }
  if (!port.pinned) {
    return {
      status: 'pass',
      message: `port ${port.port} (${port.from}) is held by ${theirs}; ours is not running: ${startCommand} will take the next free port`,
      details,
      data,
    };
  }
  // Pinned (--port, API_PORT in the shell): udo-port start fails rather than move on.
  return {
    status: 'error',
    message: `port ${port.port} (${port.from}) is pinned, and ${theirs} holds it: udo-port start will fail`,
    details: [
      ...details,
      "--no-strict lets udo-port start take the next free port instead; or stop that checkout's backend (Ctrl+C in its terminal) when you are done with it",
    ],
    remedy: [`${startCommand} --no-strict`],
    data,
  };
}

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

export const portWindowsExcluded: Check = {
  id: 'port.windows-excluded',
  area: 'port',
  title: 'the port lies outside Windows’s excluded port ranges',
  scope: 'host',
  async run(ctx) {
    if (ctx.config.platform !== 'win32') {
      return { status: 'skip', message: 'only Windows reserves port ranges' };
    }
    const [facts, ranges] = await Promise.all([ctx.settings(), ctx.excluded()]);
    if (!facts.settings) return { status: 'skip', message: 'no valid port (see env.port)' };
    const port = facts.settings.requested?.port ?? facts.settings.defaultPort;
    const { range } = facts.settings;
    const hit = ranges.find((r) => port >= r.from && port <= r.to);
    const overlaps = ranges
      .filter((r) => r.from <= range.to && r.to >= range.from)
      .map((r) => `${r.from}-${r.to}`);
    if (hit) {
      const above = `npx udo-port start --range ${hit.to + 1}-${Math.min(hit.to + 10, 65535)}`;
      const span = `${hit.from}-${hit.to}`;
      if (hit.administered) {
        // netsh marks it `*`: an administrator added it, and restarting winnat leaves it be.
        return {
          status: 'error',
          message: `port ${port} lies in Windows's excluded range ${span}, which an administrator added (netsh marks it *): binding it fails`,
          details: [
            'restarting winnat does not free an administered range; only an administrator can remove it',
            `remove it in an administrator terminal, if nothing else relies on it: netsh int ipv4 delete excludedportrange protocol=tcp startport=${hit.from} numberofports=${hit.to - hit.from + 1}`,
          ],
          remedy: [above],
          data: { port, excluded: span, administered: true },
        };
      }
      return {
        status: 'error',
        message: `port ${port} lies in Windows's excluded range ${span} (Hyper-V, WSL or Docker): no process holds it, yet binding it fails`,
        details: [
          'run the command in an administrator terminal; it frees the ranges until they are taken again',
          `or run the backend above the range: ${above}`,
        ],
        remedy: ['net stop winnat && net start winnat'],
        data: { port, excluded: span, administered: false },
      };
    }
    return {
      status: 'pass',
      message: `port ${port} lies outside Windows's excluded ranges`,
      details:
        overlaps.length > 0
          ? [`excluded within ${range.from}-${range.to}: ${overlaps.join(', ')}`]
          : [],
      data: { port, excluded: ranges.map((r) => `${r.from}-${r.to}`) },
    };
  },
};

export const portIpv6Shadow: Check = {
  id: 'port.ipv6-shadow',
  area: 'port',
  title: 'no other server answers localhost on ::1',
  async run(ctx) {
    const [web, facts, lookup, backend] = await Promise.all([
      ctx.web(),
      ctx.settings(),
      ctx.listeners(),
      ctx.backend(),
    ]);
    const value = web.next.env.NEXT_PUBLIC_API_URL;
    let url: URL | undefined;
    try {
      url = value ? new URL(value) : undefined;
    } catch {}
    const host = url ? url.hostname : facts.settings?.urlHost;
    // The backend's port: the one the frontend must reach (web.api-url checks the URL has it).
    const port = backend.port ?? (url ? urlPort(url) : undefined);
    if (!host || port === undefined) return { status: 'skip', message: 'no URL or port to check' };
    if (host !== 'localhost') {
      return { status: 'skip', message: `the API URL names ${host}, not localhost` };
    }
    if (lookup.problem) {
      return {
        status: 'warn',
        message: `cannot tell who listens on ::1:${port}`,
        details: [lookup.problem],
      };
    }
    const ourPids = new Set(backend.ours.map((l) => l.pid));
    const shadow = lookup.listeners.find(
      (l) => l.port === port && isLoopback6(l.address) && !ourPids.has(l.pid),
    );
    if (!shadow) {
      return { status: 'pass', message: `nothing else listens on [::1]:${port}` };
    }
    const v4 = lookup.listeners.find((l) => l.port === port && !isLoopback6(l.address));
    if (shadow.pid !== undefined && shadow.command === undefined) {
      return {
        status: 'warn',
        message: `localhost:${port} reaches ${describeListener(shadow)} on ::1, whose command line could not be read: it may be your backend`,
        details: [
          ...holderDetails(ctx, shadow),
          'Node 17+ and browsers try ::1 first for localhost',
          `if it is not your backend, end it: ${endCommand(shadow.pid, ctx.config.platform)}`,
          `or point the frontend at IPv4: set NEXT_PUBLIC_API_URL=http://127.0.0.1:${port} in ${ctx.show(ctx.config.envLocal)}`,
        ],
        data: { port, holder: holderData(shadow) },
      };
    }
    return {
      status: 'error',
      message: `localhost:${port} reaches ${describeListener(shadow)} on ::1, not ${v4 ? `${describeListener(v4)} on ${v4.address}` : 'the backend'}`,
      details: [
        ...holderDetails(ctx, shadow),
        'Node 17+ and browsers try ::1 first for localhost',
        `or point the frontend at IPv4: set NEXT_PUBLIC_API_URL=http://127.0.0.1:${port} in ${ctx.show(ctx.config.envLocal)}`,
      ],
      remedy:
        shadow.pid === undefined
          ? [findHolderCommand(port, ctx.config.platform)]
          : [endCommand(shadow.pid, ctx.config.platform)],
      data: { port, holder: holderData(shadow) },
    };
  },
};

/** The port a URL reaches: its own, or its scheme's default. */
export function urlPort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}

export const portChecks = [portBackend, portRange, portWindowsExcluded, portIpv6Shadow];
