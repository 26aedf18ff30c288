import { type EngineProcess, engineOf } from '../../core/containers/engine-processes.js';
import {
  type Container,
  describeContainer,
  type EngineAnswer,
  engineHolding,
  ownComposeContainer,
  publishersOf,
} from '../../core/containers/engines.js';
import type { LeaseRecord } from '../../core/leases/registry.js';
import { leftBehind, type StartedBackend } from '../../core/leases/running.js';
import { describeListener } from '../../core/listeners/index.js';
import { answersThroughNat, type BindRefusal } from '../../core/ports/probe.js';
import type { Settings } from '../../core/ports/settings.js';
import { samePath } from '../../core/project/same-path.js';
import { endCommand, findHolderCommand } from '../../core/remedies.js';
import type { Listener, ListenerLookup } from '../../core/types.js';
import { conflicts } from '../addresses.js';
import { defineCheck, type Outcome } from '../checks.js';
import { type BackendFacts, runsApp } from '../facts/backend.js';
import { configuredPort } from '../facts/env.js';
import { folders, holderData, holderDetails, leaseOwner } from '../holders.js';

export interface PortBackendFacts {
  settings: Settings;
  lookup: ListenerLookup;
  backend: BackendFacts;
  leases: readonly LeaseRecord[];
  /** The test bind's answer, when the diagnosis asked for one (`probe` below). */
  refused?: BindRefusal | undefined;
  /** A port that binds is answered all the same: through NAT rules (a container's). */
  nat?: boolean;
  /** What the engines said, when an engine holds the port or NAT routes it. */
  engines?: EngineAnswer;
  /** The folders of the port's holders, by PID (see holders.ts). */
  cwds: ReadonlyMap<number, string>;
  platform: NodeJS.Platform;
  app: string;
  root: string;
  startCommand: string;
}

/** What holds the backend's port. */
export type PortBackendFinding = { port: number; elsewhere?: Listener } & (
  | { state: 'ours'; holder: Listener; orphan?: StartedBackend }
  /** A holder whose command line could not be read: it may be our backend. */
  | { state: 'unverified'; holder: Listener & { pid: number } }
  | { state: 'other-checkout'; holder: Listener; pinned: boolean }
  | { state: 'foreign'; holder: Listener; orphan?: StartedBackend }
  | { state: 'refused'; refused: BindRefusal }
  /**
   * A container engine holds it (`engine`, its process) or NAT rules route it (no `holder`);
   * `own`: the container is of this project's own Compose project.
   */
  | {
      state: 'container';
      holder?: Listener;
      engine?: EngineProcess;
      containers: Container[];
      own?: Container;
      notes: string[];
    }
  /** No listener collides; `probe`: only a test bind can tell whether that is so. */
  | { state: 'free'; lease?: LeaseRecord; beside: Listener[]; probe: boolean }
);

/** Pure: who holds the configured port, from the listeners, our backend and the leases. */
export function diagnose(facts: PortBackendFacts): PortBackendFinding {
  const { settings, lookup, backend, leases } = facts;
  const port = configuredPort(settings);
  const elsewhere = backend.ours.find((l) => l.port !== port);
  const base = { port, ...(elsewhere && { elsewhere }) };
  // A `udo-port start` that ended without ending its backend (killed where no watchdog
  // runs) leaves its lease stale and the backend holding the port: name it as such.
  const orphan = leftBehind(leases).find((b) => b.port === port);
  const ours = backend.ours.find((l) => l.port === port);
  if (ours) return { ...base, state: 'ours', holder: ours, ...(orphan && { orphan }) };
  const onPort = lookup.listeners.filter((l) => l.port === port);
  const holders = onPort.filter((l) => conflicts(settings.host, l.address));
  const holder = holders.find((l) => l.pid !== undefined) ?? holders[0];
  if (holder?.pid !== undefined && holder.command === undefined) {
    return { ...base, state: 'unverified', holder: { ...holder, pid: holder.pid } };
  }
  if (holder && backend.others.includes(holder)) {
    return {
      ...base,
      state: 'other-checkout',
      holder,
      pinned: settings.requested?.pinned ?? false,
    };
  }
  const engine = engineOf(holder);
  // Unnamed (another user's process, as a non-root user sees docker-proxy): the engines may know.
  const published = facts.engines ? publishersOf(facts.engines, port) : [];
  const unnamed = holder !== undefined && holder.pid === undefined && published.length > 0;
  if (engine || unnamed || (holders.length === 0 && facts.nat)) {
    return { ...base, ...containerFinding(facts, port, holder, engine) };
  }
  if (holder) return { ...base, state: 'foreign', holder, ...(orphan && { orphan }) };
  const lease = leases.find((r) => r.port === port && !r.staleReason);
  // No listener to name: a test bind tells held from free (and sees what the tools missed,
  // such as another user's process on macOS). Not under a live lease: its owner may be
  // test-binding the port this very moment, and two test binds refuse each other.
  const probe = (onPort.length === 0 || lookup.problem !== undefined) && !lease;
  if (probe && facts.refused) return { ...base, state: 'refused', refused: facts.refused };
  return { ...base, state: 'free', ...(lease && { lease }), beside: onPort, probe };
}

/**
 * The containers publishing the port, and the one of this project's own Compose project (its
 * working-folder label is the project root) if there is one: then Compose runs the stack, and
 * the backend's port is where it should be.
 */
function containerFinding(
  facts: PortBackendFacts,
  port: number,
  holder: Listener | undefined,
  engine: EngineProcess | undefined,
) {
  const containers = facts.engines ? publishersOf(facts.engines, port) : [];
  const own = ownComposeContainer(containers, facts.root);
  return {
    state: 'container' as const,
    ...(holder && { holder }),
    ...(engine && { engine }),
    containers,
    ...(own && { own }),
    notes: facts.engines?.notes ?? [],
  };
}

const LEAVE_IT =
  'or leave it running: npx udo-port start runs the backend on the next free port and points the frontend at it';

/** The finding in words, with the command that mends it. Pure. */
function outcome(facts: PortBackendFacts, finding: PortBackendFinding): Outcome {
  const { settings, lookup, cwds, platform, app, root, startCommand } = facts;
  const { port, elsewhere } = finding;
  const from = settings.requested ? `from ${settings.requested.origin}` : 'the default';
  const instead = elsewhere ? [`our backend runs on port ${elsewhere.port} instead`] : [];
  const unnamed = `port ${port} (${from}) is in use, but ${lookup.tool ?? 'the OS tools'} did not name the process`;
  const orphanNote = (orphan: StartedBackend | undefined) =>
    orphan
      ? [
          `it was left running by udo-port start PID ${orphan.startPid}${orphan.cwd ? ` in ${orphan.cwd}` : ''}, which has ended without ending it`,
        ]
      : [];
  switch (finding.state) {
    case 'ours': {
      const { holder, orphan } = finding;
      return orphan && holder.pid !== undefined
        ? {
            status: 'warn',
            message: `our backend is running on port ${port}, but nothing will stop it: ${describeListener(holder)}`,
            details: orphanNote(orphan),
            remedy: [endCommand(holder.pid, platform)],
            data: { port, state: 'ours', orphan: true, holder: holderData(holder) },
          }
        : {
            status: 'pass',
            message: `our backend is running on port ${port}: ${describeListener(holder)}`,
            data: { port, state: 'ours', holder: holderData(holder) },
          };
    }
    case 'unverified': {
      // Without its command line it cannot be told from our own backend: no claim either way.
      const { holder } = finding;
      return {
        status: 'warn',
        message: `port ${port} (${from}) is held by ${describeListener(holder)}, whose command line could not be read: it may be your backend`,
        details: [
          ...holderDetails(holder, cwds),
          `if it is not your backend (uvicorn ${app} in ${root}), end it: ${endCommand(holder.pid, platform)}`,
          ...instead,
          LEAVE_IT,
        ],
        data: { port, state: 'unverified', holder: holderData(holder) },
      };
    }
    case 'other-checkout': {
      // A worktree of the same project, which the user wants running. udo-port start passes
      // over a port it may move from, so that is only a note; ending it is never the remedy.
      const { holder } = finding;
      const cwd = cwds.get(holder.pid as number);
      const theirs = `another checkout's backend, PID ${holder.pid}${cwd ? ` in ${cwd}` : ''}`;
      const data = { port, state: 'other-checkout', holder: holderData(holder) };
      const details = [
        ...holderDetails(holder, cwds),
        `it runs ${app} from another folder: another checkout of this project, left running`,
      ];
      if (elsewhere || !finding.pinned) {
        return {
          status: 'pass',
          message: elsewhere
            ? `port ${port} (${from}) is held by ${theirs}; ours runs on port ${elsewhere.port} (PID ${elsewhere.pid})`
            : `port ${port} (${from}) is held by ${theirs}; ours is not running: ${startCommand} will take the next free port`,
          details,
          data,
        };
      }
      // Pinned (--port, API_PORT in the shell): udo-port start fails rather than move on.
      return {
        status: 'error',
        message: `port ${port} (${from}) is pinned, and ${theirs} holds it: udo-port start will fail`,
        details: [
          ...details,
          "--no-strict lets udo-port start take the next free port instead; or stop that checkout's backend (Ctrl+C in its terminal) when you are done with it",
        ],
        remedy: [`${startCommand} --no-strict`],
        data,
      };
    }
    case 'container': {
      const { holder, engine, containers, own, notes } = finding;
      const data = {
        port,
        state: own ? 'compose' : 'container',
        holder: holder ? holderData(holder) : null,
        engine: engine ? { process: engine.process, family: engine.family, by: engine.by } : null,
        containers: containers.map((c) => ({
          engine: c.cli,
          name: c.name,
          image: c.image ?? null,
          project: c.compose?.project ?? null,
          service: c.compose?.service ?? null,
        })),
      };
      if (own) {
        return {
          status: 'pass',
          message: `the backend runs in Compose (container ${own.name}${own.compose?.service ? `, service ${own.compose.service}` : ''}) on port ${port}`,
          details: [describeContainer(own)],
          data,
        };
      }
      const holding = engineHolding(
        port,
        engine && { ...engine, ...(holder?.pid !== undefined && { pid: holder.pid }) },
        containers,
      );
      return {
        status: elsewhere ? 'warn' : 'error',
        message: `port ${port} (${from}) is ${holding.line}`,
        details: [
          ...(holder ? holderDetails(holder, cwds) : []),
          ...(engine?.by === 'name'
            ? [`${engine.process} is told by its name alone: its executable could not be read`]
            : engine && holder?.exe
              ? [`${engine.process} is told by its executable, ${holder.exe.path}, owned by root`]
              : []),
          'a container publishes it: stop the container; ending the engine’s process breaks the engine and frees nothing for long',
          ...(containers.length === 0 ? notes : []),
          ...instead,
          LEAVE_IT,
        ],
        remedy: holding.remedy,
        data,
      };
    }
    case 'foreign': {
      const { holder, orphan } = finding;
      return {
        status: elsewhere ? 'warn' : 'error',
        message:
          holder.pid !== undefined
            ? `port ${port} (${from}) is held by ${describeListener(holder)}`
            : unnamed,
        details: [
          ...holderDetails(holder, cwds),
          ...orphanNote(orphan),
          runsApp(holder.command, app)
            ? `it runs ${app} from another folder: another checkout of this project`
            : `it is not this project's backend (uvicorn ${app} in ${root})`,
          ...instead,
          LEAVE_IT,
        ],
        remedy: [
          holder.pid !== undefined
            ? endCommand(holder.pid, platform)
            : findHolderCommand(port, platform),
        ],
        data: { port, state: 'foreign', holder: holderData(holder) },
      };
    }
    case 'refused': {
      const { refused } = finding;
      return {
        status: 'error',
        message:
          refused === 'permission'
            ? `binding port ${port} on ${settings.host} is refused (EACCES)`
            : unnamed,
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
    case 'free': {
      const { lease } = finding;
      const leaseNote =
        lease && !samePath(lease.lease?.cwd, root, platform)
          ? [
              `port ${port} is leased by ${leaseOwner(lease)}: that process may start a server on it`,
            ]
          : [];
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
        details: [
          ...leaseNote,
          ...finding.beside.map(
            (l) =>
              `${describeListener(l)} listens on ${l.address}, which ${settings.host} does not collide with (see port.ipv6-shadow)`,
          ),
        ],
        data: { port, state: 'free' },
      };
    }
  }
}

export const portBackend = defineCheck({
  id: 'port.backend',
  area: 'port',
  title: "who holds the backend's port",
  /** Undefined without a valid port. Two steps: a test bind only when the diagnosis asks. */
  async gather(ctx): Promise<PortBackendFacts | undefined> {
    const [{ settings }, lookup, backend, { records }] = await Promise.all([
      ctx.settings(),
      ctx.listeners(),
      ctx.backend(),
      ctx.leases(),
    ]);
    if (!settings) return undefined;
    const port = configuredPort(settings);
    const { platform, app, root, startCommand } = ctx.config;
    const cwds = folders(
      ctx,
      lookup.listeners.filter((l) => l.port === port),
    );
    const facts: PortBackendFacts = {
      settings,
      lookup,
      backend,
      leases: records,
      cwds,
      platform,
      app,
      root,
      startCommand,
    };
    let finding = diagnose(facts);
    if (finding.state === 'free' && finding.probe) {
      facts.refused = await ctx.probe(finding.port, settings.host, settings.hostOrigin);
      // Bound, and yet answered: NAT rules route it (a container's published port).
      if (!facts.refused && finding.beside.length === 0) {
        facts.nat = await answersThroughNat(finding.port, settings.host);
      }
      finding = diagnose(facts);
    }
    const unnamed = finding.state === 'foreign' && finding.holder.pid === undefined;
    if (finding.state === 'container' || unnamed) {
      facts.engines = await ctx.containers();
      if (unnamed) finding = diagnose(facts);
    }
    return facts;
  },
  diagnose: (facts) =>
    facts
      ? outcome(facts, diagnose(facts))
      : { status: 'skip', message: 'no valid port (see env.port)' },
});
