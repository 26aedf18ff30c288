// Why ports were refused, in the words every face prints: one line a refusal, the holders named.

import { engineOf } from '../containers/engine-processes.js';
import { askEngines, clisFor, engineHolding, publishersOf } from '../containers/engines.js';
import { describeLease } from '../leases/registry.js';
import { allListeners, describeListener, listenersOn } from '../listeners/index.js';
import { findHolderCommand } from '../remedies.js';
import { printable } from '../text.js';
import type { Refusal } from '../types.js';
import type { Candidate, Settings } from './settings.js';

/** One line on why a port was refused. */
export function describeRefusal(refusal: Refusal): string {
  switch (refusal.reason) {
    case 'in-use': {
      const engine = engineOf(refusal.holder);
      const unnamed = refusal.holder?.pid === undefined && !refusal.nat;
      // An unnamed holder is a container's only when an engine says it publishes the port.
      if (engine || refusal.nat || (unnamed && (refusal.containers?.length ?? 0) > 0)) {
        const holding = engineHolding(
          refusal.port,
          engine && {
            ...engine,
            ...(refusal.holder?.pid !== undefined && { pid: refusal.holder.pid }),
          },
          refusal.containers ?? [],
          unnamed,
        );
        return `in use: ${holding.line}`;
      }
      return refusal.holder
        ? `in use by ${describeListener(refusal.holder)}`
        : `in use, but ${refusal.tool ?? 'the OS tools'} did not name the process (${findHolderCommand(refusal.port)} shows it)`;
    }
    case 'permission':
      return process.platform === 'win32'
        ? 'binding is refused (EACCES): reserved by Windows or by another program'
        : 'binding is refused (EACCES): ports below 1024 need root';
    case 'leased': {
      // Any user of the host can write a lease file, and put anything in it.
      const by = refusal.lease ? `leased by ${printable(describeLease(refusal.lease))}` : 'leased';
      return refusal.staleReason
        ? `${by}: stale (${printable(refusal.staleReason)}), but not yours to remove`
        : by;
    }
    case 'excluded':
      return `reserved by Windows (excluded port range ${refusal.excludedRange?.from}-${refusal.excludedRange?.to})`;
  }
}

/**
 * Names the processes behind in-use refusals (one lookup for many ports, one spawn for one),
 * then, for a port a container engine holds or NAT routes, asks the engines which container.
 */
export async function nameHolders(refusals: Refusal[]): Promise<void> {
  const inUse = refusals.filter((refusal) => refusal.reason === 'in-use' && !refusal.holder);
  if (inUse.length > 0) {
    const { listeners, tool } =
      inUse.length === 1 ? await listenersOn((inUse[0] as Refusal).port) : await allListeners();
    for (const refusal of inUse) {
      const holder =
        listeners.find((l) => l.port === refusal.port && l.pid !== undefined) ??
        listeners.find((l) => l.port === refusal.port);
      if (holder) {
        refusal.holder = holder;
        // A listener came between the test bind and the knock: it, not NAT, answered.
        delete refusal.nat;
      } else if (tool && !refusal.nat) refusal.tool = tool;
    }
  }
  await nameContainers(refusals);
}

/**
 * Asks the engines once about every refusal an engine holds, NAT routes, or a process holds
 * that the OS tools could not name (docker-proxy is root's: a user's `ss` names no pid).
 */
async function nameContainers(refusals: Refusal[]): Promise<void> {
  const engines = refusals.filter(
    (r) =>
      r.reason === 'in-use' &&
      !r.containers &&
      (r.nat || engineOf(r.holder) || r.holder?.pid === undefined),
  );
  if (engines.length === 0) return;
  const answer = await askEngines(clisFor(engines.map((r) => engineOf(r.holder))));
  for (const refusal of engines) refusal.containers = publishersOf(answer, refusal.port);
}

export function pinnedMessage(candidate: Candidate, settings: Settings, refusal: Refusal): string {
  return `port ${candidate.port} (from ${settings.requested?.origin}) is ${describeRefusal(refusal)}`;
}

export function exhaustedMessage(settings: Settings, refusals: Refusal[]): string {
  const { from, to } = settings.range;
  const lines = refusals.map((refusal) => `  ${refusal.port}  ${describeRefusal(refusal)}`);
  return [`no free port in ${from}-${to}; every port tried was refused:`, ...lines].join('\n');
}
