import { createInterface } from 'node:readline/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { type EngineProcess, engineOf } from '../core/containers/engine-processes.js';
import { askEngines, clisFor, engineHolding, publishersOf } from '../core/containers/engines.js';
import { UsageError } from '../core/errors.js';
import { describeListener, listenersOn, udpHoldersOn } from '../core/listeners/index.js';
import { answersThroughNat, probePort } from '../core/ports/probe.js';
import { parsePort } from '../core/ports/settings.js';
import { endProcess, protectedReason } from '../core/process/end.js';
import { identify, isSameProcess, type ProcessIdentity } from '../core/process/identity.js';
import { findHolderCommand } from '../core/remedies.js';
import { printable } from '../core/text.js';
import type { Listener } from '../core/types.js';
import { parseCommandLine } from './args.js';
import type { Say } from './output.js';

async function confirm(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question(`${question} [y/N] `)).trim());
  } finally {
    prompt.close();
  }
}

/** What holds the port: TCP listeners and UDP sockets bound to it (either makes a bind fail). */
async function holdersOf(port: number) {
  const [tcp, udp] = await Promise.all([listenersOn(port), udpHoldersOn(port)]);
  return { ...tcp, listeners: [...tcp.listeners, ...udp] };
}

/**
 * Why the holders of `port` must not be ended, or undefined: the pseudo and protected processes
 * (an engine's are refused before, with the container's own remedy: refuseEngine).
 */
function refusal(listeners: readonly Listener[]): string | undefined {
  for (const listener of listeners) {
    const why = listener.pid === undefined ? undefined : protectedReason(listener.pid);
    if (why) return `will not end ${why}`;
  }
  return undefined;
}

/**
 * Whether the process shown is still the one to end: the same process (not a reused pid) and
 * still a holder of the port. Asked again after the user's answer, which may come much later.
 */
async function changedSince(id: ProcessIdentity, port: number): Promise<string | undefined> {
  if (!(await isSameProcess(id))) return `PID ${id.pid} is no longer the process shown`;
  const { listeners } = await holdersOf(port);
  if (!listeners.some((l) => l.pid === id.pid)) return `PID ${id.pid} no longer holds port ${port}`;
  // Checked last as well: the lookup took a moment.
  if (!(await isSameProcess(id))) return `PID ${id.pid} is no longer the process shown`;
  return undefined;
}

/** What holds the port a moment after its holders ended (a supervisor may start another). */
async function heldAgain(port: number): Promise<Listener[]> {
  for (let look = 0; look < 5; look++) {
    const { listeners } = await holdersOf(port);
    if (listeners.length > 0) return listeners;
    await sleep(100);
  }
  return [];
}

/**
 * `udo-port kill PORT [--yes]`: ends what holds PORT (TCP listeners and bound UDP sockets),
 * after showing it and asking. Each process is ended only while it is provably the one shown
 * (core/process/identity.ts: pid and start) and still holds the port. Exit 0 when the port ends up
 * free (nothing was listening counts), 1 when a holder could not be ended or the port is held
 * again.
 */
export async function kill(argv: string[], shown: Say): Promise<number> {
  // Each line names another user's process, which may have named itself anything.
  const say: Say = {
    info: (line) => shown.info(printable(line)),
    warn: (line) => shown.warn(printable(line)),
    error: (line) => shown.error(printable(line)),
  };
  const { values, positionals } = parseCommandLine(argv, {
    yes: { type: 'boolean', short: 'y' },
  });
  if (positionals.length !== 1) throw new UsageError('kill: name one PORT');
  const port = parsePort(positionals[0] as string, 'PORT');
  const { listeners, problem, tool } = await holdersOf(port);
  if (problem) say.warn(problem);
  const pids = [...new Set(listeners.map((listener) => listener.pid))];
  if (pids.length === 0 || pids.includes(undefined)) {
    // An empty answer is no proof (Wine's netstat, a locked-down PowerShell, another user's
    // process): a test bind says whether something holds the port after all.
    if (pids.length === 0 && !(await probePort(port, '0.0.0.0'))) {
      // Free to bind, and yet answered: a container's port published by NAT rules alone.
      if (await answersThroughNat(port, '0.0.0.0')) return refuseEngine(port, undefined, say);
      say.info(`nothing listens on port ${port}`);
      return problem ? 1 : 0;
    }
    // The engines may know it: root's docker-proxy is unnamed to a user's ss.
    const engines = await askEngines();
    const containers = publishersOf(engines, port);
    if (containers.length > 0) {
      say.warn(
        `port ${port} is ${engineHolding(port, undefined, containers, true).line}; nothing was ended`,
      );
      return 1;
    }
    say.warn(
      `port ${port} is in use, but ${tool ?? 'the OS tools'} did not name the process, so nothing was ended`,
    );
    const end = process.platform === 'win32' ? 'taskkill /PID <pid> /T /F' : 'kill <pid>';
    const admin = process.platform === 'win32' ? ' in an administrator terminal' : '';
    say.info(`find it with: ${findHolderCommand(port)}${admin}, then end it: ${end}`);
    return 1;
  }
  // Ending an engine's process (dockerd, docker-proxy, conmon) breaks the engine and frees
  // nothing for long: the container is what to stop, with the engine's own command.
  const held = listeners.find((l) => engineOf(l));
  if (held) {
    const engine = engineOf(held) as EngineProcess;
    return refuseEngine(port, { ...engine, ...(held.pid !== undefined && { pid: held.pid }) }, say);
  }
  const refused = refusal(listeners);
  if (refused) {
    say.warn(refused);
    return 1;
  }
  let status = 0;
  const ended: ProcessIdentity[] = [];
  for (const pid of pids as number[]) {
    const listener = listeners.find((l) => l.pid === pid) ?? { port, address: '', pid };
    // Its identity as shown: what is ended must be this very process.
    const id = await identify(pid);
    if (!id) {
      say.info(`PID ${pid} had already exited`);
      continue;
    }
    say.info(`port ${port} is held by ${describeListener(listener)}`);
    // Whole, not cut: this is what the user is asked to end.
    if (listener.command) say.info(`  command: ${listener.command.replace(/\s+/g, ' ').trim()}`);
    if (!values.yes) {
      if (!process.stdin.isTTY)
        throw new UsageError('kill: not a terminal, so cannot ask; pass --yes');
      if (!(await confirm(`End PID ${pid}?`))) {
        say.info('left running');
        status = 1;
        continue;
      }
    }
    const changed = await changedSince(id, port);
    if (changed) {
      say.warn(`${changed}; nothing was ended (see what holds it now: udo-port kill ${port})`);
      status = 1;
      continue;
    }
    try {
      const how = await endProcess(id);
      say.info(how === 'gone' ? `PID ${pid} had already exited` : `PID ${pid} ${how}`);
      ended.push(id);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      say.warn(
        `could not end PID ${pid} (${code ?? (error as Error).message.split('\n')[0]}); try as root/admin`,
      );
      status = 1;
    }
  }
  if (ended.length > 0) {
    const again = await heldAgain(port);
    if (again.length > 0) {
      say.warn(
        `port ${port} is held again, by ${again.map(describeListener).join(', ')} (a supervisor may have restarted it)`,
      );
      status = 1;
    }
  }
  return status;
}

/** Names the container behind a port an engine holds or NAT routes, ends nothing: exit 1. */
async function refuseEngine(
  port: number,
  engine: (EngineProcess & { pid?: number }) | undefined,
  say: Say,
): Promise<number> {
  const answer = await askEngines(clisFor([engine]));
  const holding = engineHolding(port, engine, publishersOf(answer, port));
  say.warn(`port ${port} is ${holding.line}; nothing was ended`);
  if (!holding.container) for (const note of answer.notes) say.info(note);
  if (engine?.by === 'name') {
    say.info(`(told by its name alone: its executable could not be read)`);
  }
  return 1;
}
