import { endCommand, findHolderCommand } from '../../core/commands.js';
import { describeListener } from '../../core/listeners/index.js';
import { leftBehind } from '../../core/running.js';
import type { Listener } from '../../core/types.js';
import { conflicts } from '../addresses.js';
import type { Check, Outcome } from '../checks.js';
import type { Context } from '../context.js';
import { runsApp } from '../facts/backend.js';
import { holderData, holderDetails, leaseOwner, probeSettled } from '../holders.js';

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
