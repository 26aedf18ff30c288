// One port's try, claim then verify, and the scan past busy ports that get-port does in one call.
import type { Lease, LeaseRecord, LeaseRegistry } from '../leases/registry.js';
import { sameCiJob } from '../leases/registry.js';
import { excludedPortRanges, listenersOn, listeningSockets } from '../listeners/index.js';
import type { PortRange, Refusal } from '../types.js';
import { answersThroughNat, firstBindable, offeredPort, probePort } from './probe.js';
import type { Candidate, Settings } from './settings.js';

export interface Attempt {
  settings: Settings;
  registry: LeaseRegistry;
  excluded: PortRange[];
  terms: Parameters<LeaseRegistry['claim']>[1];
}

/** The Windows excluded ranges to pass over; none elsewhere. */
export const excludedRanges = async (): Promise<PortRange[]> =>
  process.platform === 'win32' ? await excludedPortRanges() : [];

const excludedRange = (port: number, attempt: Attempt) =>
  attempt.excluded.find((range) => port >= range.from && port <= range.to);

/**
 * A live lease this very CI job holds on a pinned port: an earlier step (the action) leased it
 * for this job and exported it as API_PORT, so a later step that asks for it gets it.
 */
function ownJobLease(record: LeaseRecord, attempt: Attempt): Lease | undefined {
  const job = attempt.terms.ci;
  const lease = record.lease;
  return job && lease?.ci && !record.staleReason && sameCiJob(lease.ci, job) ? lease : undefined;
}

/**
 * Claim, then verify: the lease first, so no other process can be handed the port meanwhile.
 * `probeFirst` (once a port has been refused, when more are likely busy) test-binds before the
 * claim too: a busy port then costs a bind, not a lease file made and removed. Never a port that
 * has a lease file, as skipBusy: its backend may be binding it or being checked for readiness
 * this very moment, and a test bind there fails the one or looks like a stranger to the other
 * (8 action legs at once, beside two CPU-bound loops); the claim judges that lease without one.
 */
export async function tryPort(
  port: number,
  attempt: Attempt,
  { pinned = false, probeFirst = false } = {},
): Promise<Lease | Refusal> {
  const excluded = excludedRange(port, attempt);
  if (excluded) return { port, reason: 'excluded', excludedRange: excluded };
  if (probeFirst && !attempt.registry.leasedPorts().includes(port)) {
    const busy = await verify(port, attempt);
    if (busy) return busy;
  }
  const claim = await attempt.registry.claim(port, attempt.terms);
  let ours = true;
  let lease: Lease;
  if ('taken' in claim) lease = claim.taken;
  else {
    const { held } = claim;
    const adopted = pinned ? ownJobLease(held, attempt) : undefined;
    if (!adopted) {
      // A stale record here is one this user may not remove: another user's, in a sticky folder.
      return {
        port,
        reason: 'leased',
        leaseFile: held.file,
        ...(held.lease && { lease: held.lease }),
        ...(held.staleReason && { staleReason: held.staleReason }),
      };
    }
    lease = adopted;
    ours = false;
  }
  const refused = await verifyHeld(port, attempt, ours).catch((error: unknown) => {
    // A lease claimed and never handed out would block the port for its whole TTL.
    if (ours) attempt.registry.release(lease);
    throw error;
  });
  if (refused) {
    if (ours) attempt.registry.release(lease);
    return refused;
  }
  // Lost in the meantime (see LeaseRegistry.holds): the port is someone else's after all.
  if (ours && !attempt.registry.holds(lease)) {
    const now = await attempt.registry.inspect(port);
    return {
      port,
      reason: 'leased',
      leaseFile: attempt.registry.file(port),
      ...(now?.lease && { lease: now.lease }),
    };
  }
  return lease;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A short random wait: two allocators that collided once should not collide again in step. */
export const probeWait = () => sleep(10 + Math.random() * 40);

/**
 * verify, for a port this allocator has just leased. Another allocator's test bind (get-port's
 * scan, which never saw the lease yet, or its own verify) refuses ours for the microseconds it
 * lasts, which is no holder: with the lease ours, nothing of udo-port's will stay bound to the
 * port, so a refusal that passes after a short wait was a probe. A real holder stays.
 */
async function verifyHeld(port: number, attempt: Attempt, ours: boolean) {
  let refused = await verify(port, attempt);
  for (let look = 0; ours && refused?.reason === 'in-use' && look < PROBE_LOOKS; look++) {
    if (!(await probeOnly(port))) break;
    await probeWait();
    refused = await verify(port, attempt);
  }
  return refused;
}

/** How many times a refusal that looks like a probe is looked at again before it is believed. */
export const PROBE_LOOKS = 10;

/**
 * Whether a refused test bind of `port` had no holder behind it, only other allocators' test
 * binds, which last microseconds; a real holder keeps listening. Two looks, a moment apart, since
 * a look may itself catch a probe listening. On Linux a socket is known by its inode: a holder is
 * a socket seen at both looks. On a busy range each look can catch another probe, and two looks
 * that asked only "does anything listen" took them for a holder (the probe-race test, 50
 * allocators on 10 ports, on a loaded CI). Elsewhere, no listener of any user at one look (lsof
 * and netstat list every socket, named or not) means a probe. When nothing can answer, the
 * refusal is believed.
 */
export async function probeOnly(port: number): Promise<boolean> {
  const first = listeningSockets(port);
  if (first) {
    if (first.size === 0) return true;
    await probeWait();
    const second = listeningSockets(port);
    if (second) return ![...first].some((socket) => second.has(socket));
  }
  for (let look = 0; look < 2; look++) {
    if (look > 0) await probeWait();
    const { listeners, problem } = await listenersOn(port, { commandLines: false });
    if (!problem && listeners.length === 0) return true;
  }
  return false;
}

/** Whether a claimed port can really be bound; a refusal when it cannot. */
async function verify(port: number, attempt: Attempt): Promise<Refusal | undefined> {
  const { host, hostOrigin } = attempt.settings;
  const refused = await probePort(port, host, hostOrigin);
  if (refused) return { port, reason: refused };
  // A port published by NAT rules binds, and yet a backend on it would never be reached.
  if (await answersThroughNat(port, host)) return { port, reason: 'in-use', nat: true };
  if (process.platform === 'win32') {
    // Windows lets a wildcard bind succeed beside a listener on one specific address.
    const holder = (await listenersOn(port, { commandLines: false })).listeners[0];
    if (holder) return { port, reason: 'in-use', holder };
  }
  return undefined;
}

/**
 * Once a port has been refused, more are likely busy: get-port finds the first of `rest` that
 * binds, in one call (its cost per busy port is ours). It never test-binds a port that has a
 * lease file: that port's backend may be binding it this very moment, and would fail; the scan
 * stops before it, and tryPort's claim judges it. Returns the refusals of the ports before the
 * one to try next, in order (`in-use` for a port get-port skipped: its reason is told from
 * `permission` only where it is printed), and that one's index in `rest` (`rest.length`: none).
 */
export async function skipBusy(
  rest: readonly Candidate[],
  attempt: Attempt,
): Promise<{ refused: Refusal[]; index: number }> {
  const leased = new Set(attempt.registry.leasedPorts());
  const firstLeased = rest.findIndex((c) => leased.has(c.port));
  const end = firstLeased === -1 ? rest.length : firstLeased;
  const open = rest
    .slice(0, end)
    .map((c) => c.port)
    .filter((port) => !excludedRange(port, attempt));
  const first = await firstBindable(open);
  const found = first === undefined ? -1 : rest.findIndex((c) => c.port === first);
  const index = found === -1 ? end : found;
  const refused = rest.slice(0, index).map(({ port }): Refusal => {
    const excluded = excludedRange(port, attempt);
    return excluded
      ? { port, reason: 'excluded', excludedRange: excluded }
      : { port, reason: 'in-use' };
  });
  return { refused, index };
}

/** Any port the OS offers, outside the range, still leased like any other. */
export async function fallbackPort(attempt: Attempt): Promise<Lease | undefined> {
  for (let tries = 0; tries < 5; tries++) {
    const port = await offeredPort(attempt.settings.host, attempt.settings.hostOrigin);
    const result = await tryPort(port, attempt, { probeFirst: true });
    if ('id' in result) return result;
  }
  return undefined;
}
