import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { findHolderCommand } from './commands.js';
import { readEnvFile } from './env-file.js';
import { NoPortError } from './errors.js';
import {
  type CiJob,
  describeLease,
  type Lease,
  type LeaseRecord,
  LeaseRegistry,
  LONGEST_LEASE_MS,
  openLeaseRegistry,
  sameCiJob,
} from './leases.js';
import {
  allListeners,
  describeListener,
  excludedPortRanges,
  listenersOn,
} from './listeners/index.js';
import { offeredPort, probePort } from './probe.js';
import { backendEnvPath } from './project.js';
import {
  type Candidate,
  candidatePorts,
  resolveSettings,
  type Settings,
  type SettingsInput,
  urlFor,
} from './settings.js';
import { printable } from './text.js';
import type { PortRange, PortSource, Refusal } from './types.js';

export interface AllocateRequest extends SettingsInput {
  /** The project root; other paths are relative to it. */
  cwd?: string;
  /** The backend env file, default `backend/.env`. */
  envFile?: string;
  /** How the face names the env-file option in messages. */
  envFileLabel?: string;
  /** The process environment to read `API_PORT`, `API_HOST` and `UDO_PORT_LEASE_DIR` from. */
  env?: Record<string, string | undefined>;
  /**
   * Name the process holding the first port passed over, for a face that prints it: naming
   * spawns `ss`, `lsof` or `netstat` (several ms), which a caller that never says who held the
   * port should not pay. Errors and warnings always name holders.
   */
  nameHolder?: boolean;
  /** How long the lease lives and whether it ends with this process. */
  lease?: {
    ttlMs?: number;
    lifetime?: 'owner' | 'ttl';
    purpose?: string;
    ci?: CiJob;
  };
}

export interface Allocation {
  port: number;
  host: string;
  url: string;
  source: PortSource;
  /** Where the port came from, in words: `--port`, `API_PORT in backend/.env`, `the scan of 8001-8010`. */
  origin: string;
  lease: Lease;
  leaseFile: string;
  /** Ports tried first and refused, in order: who held the port that was wanted. */
  passedOver: Refusal[];
  warnings: string[];
}

const DEFAULT_TTL_MS = 6 * 3600_000;

/**
 * The TTL to lease for. The faces refuse a longer one naming their own option, so one longer
 * than LONGEST_LEASE_MS here is a caller's bug; except for an owner lease, which ends with its
 * owner anyway: its TTL is only a backstop, and is cut to the longest.
 */
function leaseTtl(terms: AllocateRequest['lease']): number {
  const ttlMs = terms?.ttlMs ?? DEFAULT_TTL_MS;
  const owner = (terms?.lifetime ?? 'owner') === 'owner';
  if (!(ttlMs > 0) || (!owner && ttlMs > LONGEST_LEASE_MS)) {
    throw new RangeError(`lease TTL ${ttlMs} ms is not from 1 ms to ${LONGEST_LEASE_MS} ms`);
  }
  return Math.min(ttlMs, LONGEST_LEASE_MS);
}

/** One line on why a port was refused. */
export function describeRefusal(refusal: Refusal): string {
  switch (refusal.reason) {
    case 'in-use':
      return refusal.holder
        ? `in use by ${describeListener(refusal.holder)}`
        : `in use, but ${refusal.tool ?? 'the OS tools'} did not name the process (${findHolderCommand(refusal.port)} shows it)`;
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

/** Names the processes behind in-use refusals: one lookup for many ports, one spawn for one. */
async function nameHolders(refusals: Refusal[]): Promise<void> {
  const inUse = refusals.filter((refusal) => refusal.reason === 'in-use' && !refusal.holder);
  if (inUse.length === 0) return;
  const { listeners, tool } =
    inUse.length === 1 ? await listenersOn((inUse[0] as Refusal).port) : await allListeners();
  for (const refusal of inUse) {
    const holder =
      listeners.find((l) => l.port === refusal.port && l.pid !== undefined) ??
      listeners.find((l) => l.port === refusal.port);
    if (holder) refusal.holder = holder;
    else if (tool) refusal.tool = tool;
  }
}

interface Attempt {
  settings: Settings;
  registry: LeaseRegistry;
  excluded: PortRange[];
  terms: Parameters<LeaseRegistry['claim']>[1];
}

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
 * claim too: a busy port then costs a bind, not a lease file made and removed.
 */
async function tryPort(
  port: number,
  attempt: Attempt,
  { pinned = false, probeFirst = false } = {},
): Promise<Lease | Refusal> {
  const excludedRange = attempt.excluded.find((range) => port >= range.from && port <= range.to);
  if (excludedRange) return { port, reason: 'excluded', excludedRange };
  if (probeFirst) {
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
  const refused = await verify(port, attempt).catch((error: unknown) => {
    // A lease claimed and never handed out would block the port for its whole TTL.
    if (ours) attempt.registry.release(lease);
    throw error;
  });
  if (refused) {
    if (ours) attempt.registry.release(lease);
    return refused;
  }
  return lease;
}

/** Whether a claimed port can really be bound; a refusal when it cannot. */
async function verify(port: number, attempt: Attempt): Promise<Refusal | undefined> {
  const { host, hostOrigin } = attempt.settings;
  const refused = await probePort(port, host, hostOrigin);
  if (refused) return { port, reason: refused };
  if (process.platform === 'win32') {
    // Windows lets a wildcard bind succeed beside a listener on one specific address.
    const holder = (await listenersOn(port, { commands: false })).listeners[0];
    if (holder) return { port, reason: 'in-use', holder };
  }
  return undefined;
}

function pinnedMessage(candidate: Candidate, settings: Settings, refusal: Refusal): string {
  return `port ${candidate.port} (from ${settings.requested?.origin}) is ${describeRefusal(refusal)}`;
}

function exhaustedMessage(settings: Settings, refusals: Refusal[]): string {
  const { from, to } = settings.range;
  const lines = refusals.map((refusal) => `  ${refusal.port}  ${describeRefusal(refusal)}`);
  return [`no free port in ${from}-${to}; every port tried was refused:`, ...lines].join('\n');
}

/** Any port the OS offers, outside the range, still leased like any other. */
async function fallbackPort(attempt: Attempt): Promise<Lease | undefined> {
  for (let tries = 0; tries < 5; tries++) {
    const port = await offeredPort(attempt.settings.host, attempt.settings.hostOrigin);
    const result = await tryPort(port, attempt, { probeFirst: true });
    if ('id' in result) return result;
  }
  return undefined;
}

/**
 * Finds and leases a port in DESIGN.md's order. Throws UsageError for bad settings and
 * NoPortError when a pinned port is taken or every candidate is refused.
 */
export async function allocate(request: AllocateRequest = {}): Promise<Allocation> {
  const env = request.env ?? process.env;
  const cwd = resolve(request.cwd ?? '.');
  const envFile = backendEnvPath(cwd, request.envFile);
  const envFileName = isAbsolute(request.envFile ?? '') ? envFile : relative(cwd, envFile);
  const envFileLabel = request.envFileLabel ?? envFileName;
  const dotenv = (await readEnvFile(envFile, envFileLabel)) ?? {};
  const settings = resolveSettings(request, { env, dotenv, dotenvLabel: envFileName });
  const registry = openLeaseRegistry(env, request.lease?.ci);
  const attempt: Attempt = {
    settings,
    registry,
    excluded: process.platform === 'win32' ? await excludedPortRanges() : [],
    terms: {
      ttlMs: leaseTtl(request.lease),
      lifetime: request.lease?.lifetime ?? 'owner',
      cwd,
      urlHost: settings.urlHost,
      ...(request.lease?.purpose && { purpose: request.lease.purpose }),
      ...(request.lease?.ci && { ci: request.lease.ci }),
    },
  };
  const warnings = registry.warning ? [registry.warning] : [];
  const passedOver: Refusal[] = [];

  const allocation = async (lease: Lease, source: PortSource): Promise<Allocation> => {
    const preferred = passedOver.find(
      (r) => settings.requested?.source === 'dotenv' && r.port === settings.requested.port,
    );
    // Who holds the port that was wanted, when it is to be said; the ports after it matter less.
    if (passedOver[0] && (request.nameHolder || preferred)) await nameHolders([passedOver[0]]);
    if (preferred) {
      warnings.push(
        `port ${preferred.port} (from ${settings.requested?.origin}) is ${describeRefusal(preferred)}; using ${lease.port}`,
      );
    }
    for (const stuck of passedOver.filter((r) => r.staleReason)) {
      warnings.push(
        `port ${stuck.port} is passed over: its lease file ${stuck.leaseFile} is stale (${printable(stuck.staleReason ?? '')}) but belongs to another user; they or root can remove it: udo-port release ${stuck.port} --force`,
      );
    }
    const { from, to } = settings.range;
    const origins: Partial<Record<PortSource, string>> = {
      default: 'the default port',
      scan: `the scan of ${from}-${to}`,
      fallback: 'the OS',
    };
    return {
      port: lease.port,
      host: settings.host,
      url: urlFor(settings.urlHost, lease.port),
      source,
      origin: origins[source] ?? settings.requested?.origin ?? source,
      lease,
      leaseFile: join(registry.dir, `${lease.port}.json`),
      passedOver,
      warnings,
    };
  };

  for (const candidate of candidatePorts(settings)) {
    const options = { pinned: candidate.pinned, probeFirst: passedOver.length > 0 };
    let result = await tryPort(candidate.port, attempt, options);
    if (candidate.pinned && !('id' in result) && result.reason === 'in-use') {
      // Another process's test bind (get-port, the doctor) refuses ours for a millisecond: a
      // pinned port fails the run, so it gets a second look.
      await new Promise((resolve) => setTimeout(resolve, 25));
      result = await tryPort(candidate.port, attempt, options);
    }
    if ('id' in result) return allocation(result, candidate.source);
    passedOver.push(result);
    if (candidate.pinned) {
      await nameHolders([result]);
      throw new NoPortError(pinnedMessage(candidate, settings, result), passedOver);
    }
  }
  if (settings.fallback === 'any') {
    const lease = await fallbackPort(attempt);
    if (lease) {
      warnings.push(
        `every port of ${settings.range.from}-${settings.range.to} is taken; using ${lease.port}, offered by the OS`,
      );
      return allocation(lease, 'fallback');
    }
  }
  await nameHolders(passedOver);
  throw new NoPortError(exhaustedMessage(settings, passedOver), passedOver);
}

/** Drops an allocation's lease, if it still holds it; true when it was removed. */
export function release(allocation: {
  lease: Pick<Lease, 'port' | 'id'>;
  leaseFile: string;
}): boolean {
  return new LeaseRegistry(dirname(allocation.leaseFile)).release(allocation.lease);
}
