import type { Lease, LeaseRegistry } from '../leases/registry.js';
import type { PortRange, Refusal } from '../types.js';
import type { Candidate, Settings } from './settings.js';
export interface Attempt {
    settings: Settings;
    registry: LeaseRegistry;
    excluded: PortRange[];
    terms: Parameters<LeaseRegistry['claim']>[1];
}
/** The Windows excluded ranges to pass over; none elsewhere. */
export declare const excludedRanges: () => Promise<PortRange[]>;
/**
 * Claim, then verify: the lease first, so no other process can be handed the port meanwhile.
 * `probeFirst` (once a port has been refused, when more are likely busy) test-binds before the
 * claim too: a busy port then costs a bind, not a lease file made and removed. Never a port that
 * has a lease file, as skipBusy: its backend may be binding it or being checked for readiness
 * this very moment, and a test bind there fails the one or looks like a stranger to the other
 * (8 action legs at once, beside two CPU-bound loops); the claim judges that lease without one.
 */
export declare function tryPort(port: number, attempt: Attempt, { pinned, probeFirst }?: {
    pinned?: boolean | undefined;
    probeFirst?: boolean | undefined;
}): Promise<Lease | Refusal>;
/** A short random wait: two allocators that collided once should not collide again in step. */
export declare const probeWait: () => Promise<unknown>;
/** How many times a refusal that looks like a probe is looked at again before it is believed. */
export declare const PROBE_LOOKS = 10;
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
export declare function probeOnly(port: number): Promise<boolean>;
/**
 * Once a port has been refused, more are likely busy: get-port finds the first of `rest` that
 * binds, in one call (its cost per busy port is ours). It never test-binds a port that has a
 * lease file: that port's backend may be binding it this very moment, and would fail; the scan
 * stops before it, and tryPort's claim judges it. Returns the refusals of the ports before the
 * one to try next, in order (`in-use` for a port get-port skipped: its reason is told from
 * `permission` only where it is printed), and that one's index in `rest` (`rest.length`: none).
 */
export declare function skipBusy(rest: readonly Candidate[], attempt: Attempt): Promise<{
    refused: Refusal[];
    index: number;
}>;
/** Any port the OS offers, outside the range, still leased like any other. */
export declare function fallbackPort(attempt: Attempt): Promise<Lease | undefined>;
