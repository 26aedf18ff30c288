import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { readEnvFile } from '../env/file.js';
import { NoPortError } from '../errors.js';
import {
  type Attempt,
  excludedRanges,
  fallbackPort,
  PROBE_LOOKS,
  probeOnly,
  probeWait,
  skipBusy,
  tryPort,
} from './attempt.js';
import { bindRefusal } from './probe.js';
import { describeRefusal, exhaustedMessage, nameHolders, pinnedMessage } from './refusals.js';

export { describeRefusal };

import {
  type CiJob,
  type Lease,
  LeaseRegistry,
  LONGEST_LEASE_MS,
  openLeaseRegistry,
} from '../leases/registry.js';
import { backendEnvPath, urlFor } from '../project/defaults.js';
import { printable } from '../text.js';
import type { PortSource, Refusal } from '../types.js';
import { type Candidate, candidatePorts, resolveSettings, type SettingsInput } from './settings.js';

export interface AllocateRequest extends SettingsInput {
  /** The project root; other paths are relative to it. */
  cwd?: string;
  /**
   * The backend env file whose `API_PORT`/`BACKEND_PORT`/`API_HOST` count: a path (relative to
   * `cwd`), or `true` for `backend/.env`. Not given: no file is read. The CLIs and the action
   * pass `true` (or the file named by their option).
   */
  envFile?: string | true;
  /** How the face names the env-file option in messages. */
  envFileLabel?: string;
  /**
   * The environment to read `API_PORT`, `BACKEND_PORT` and `API_HOST` from (pass `process.env`
   * to have them count, as the CLIs and the action do). Not given: none is read, and the call
   * takes only what it names. `UDO_PORT_LEASE_DIR` is read from it, else from `process.env`:
   * where the host's leases live is not a choice of port.
   */
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
  /**
   * Ports tried first and refused, in order: who held the port that was wanted. A port the scan
   * passed over as busy (after the first refusal) says `in-use` without the bind that would tell
   * `permission` apart, unless `nameHolder` was asked or no port was found.
   */
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

/**
 * Finds and leases a port in the port order of docs/ARCHITECTURE.md. Throws UsageError for bad settings and
 * NoPortError when a pinned port is taken or every candidate is refused.
 */
export async function allocate(request: AllocateRequest = {}): Promise<Allocation> {
  const env = request.env ?? {};
  const cwd = resolve(request.cwd ?? '.');
  const named = request.envFile === true ? undefined : request.envFile;
  const envFile = request.envFile === undefined ? undefined : backendEnvPath(cwd, named);
  const envFileName =
    envFile === undefined ? '' : isAbsolute(named ?? '') ? envFile : relative(cwd, envFile);
  const envFileLabel = request.envFileLabel ?? envFileName;
  const dotenv = (envFile && (await readEnvFile(envFile, envFileLabel))) || {};
  const settings = resolveSettings(request, { env, dotenv, dotenvLabel: envFileName });
  // The lease folder is the host's whatever the call names: chosen from this process's own
  // environment (its personal fallback needs XDG_RUNTIME_DIR, XDG_CACHE_HOME, LOCALAPPDATA), with
  // the request's UDO_PORT_LEASE_DIR first.
  const registry = openLeaseRegistry(
    env.UDO_PORT_LEASE_DIR === undefined
      ? process.env
      : { ...process.env, UDO_PORT_LEASE_DIR: env.UDO_PORT_LEASE_DIR },
    request.lease?.ci,
  );
  const attempt: Attempt = {
    settings,
    registry,
    excluded: await excludedRanges(),
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
      default: settings.defaultOrigin ?? 'the default port',
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

  // Refusals get-port's scan made without learning why: told apart only where they are printed,
  // and only where a bind can be refused for permission (below 1024 outside Windows): the
  // diagnostic is a bind, which could take a port from a backend another run is starting on it.
  const skipped: Refusal[] = [];
  const mayBePermission = (port: number) => process.platform === 'win32' || port < 1024;
  const diagnose = async (refusals: Refusal[]) => {
    for (const refusal of refusals.filter((r) => skipped.includes(r) && mayBePermission(r.port))) {
      refusal.reason = await bindRefusal(refusal.port, settings.host);
    }
  };
  // Lazily: an allocation usually ends at the first candidate, and ranges can be long. Once one
  // is refused, more are likely busy: the rest go to get-port at once (skipBusy).
  const candidates = candidatePorts(settings);
  let rest: Candidate[] | undefined;
  for (;;) {
    let candidate: Candidate;
    if (rest === undefined) {
      const next = candidates.next();
      if (next.done) break;
      candidate = next.value;
    } else {
      const { refused, index } = await skipBusy(rest, attempt);
      passedOver.push(...refused);
      skipped.push(...refused.filter((refusal) => refusal.reason === 'in-use'));
      if (index >= rest.length) break;
      candidate = rest[index] as Candidate;
      rest = rest.slice(index + 1);
    }
    const options = { pinned: candidate.pinned };
    let result = await tryPort(candidate.port, attempt, options);
    if (candidate.pinned && !('id' in result) && result.reason === 'in-use') {
      // Another process's test bind (get-port, the doctor) refuses ours for a millisecond: a
      // pinned port fails the run, so it gets a second look.
      await new Promise((resolve) => setTimeout(resolve, 25));
      result = await tryPort(candidate.port, attempt, options);
    }
    if ('id' in result) {
      if (request.nameHolder) await diagnose(passedOver);
      return allocation(result, candidate.source);
    }
    passedOver.push(result);
    if (candidate.pinned) {
      await nameHolders([result]);
      throw new NoPortError(pinnedMessage(candidate, settings, result), passedOver);
    }
    rest ??= [...candidates];
  }
  // A port refused as in use may only have been another allocator's test bind at that moment
  // (two probes of one port refuse each other): before telling the caller that nothing is free,
  // the ports refused as in use get a second look, after a short wait. A real holder stays.
  for (let round = 0; round < PROBE_LOOKS; round++) {
    const inUse: Refusal[] = [];
    for (const r of passedOver) {
      if (r.reason === 'in-use' && !r.holder && (await probeOnly(r.port))) inUse.push(r);
    }
    if (inUse.length === 0) break;
    await probeWait();
    for (const refusal of inUse) {
      const result = await tryPort(refusal.port, attempt, { probeFirst: true });
      if ('id' in result) {
        passedOver.splice(passedOver.indexOf(refusal), 1);
        if (request.nameHolder) await diagnose(passedOver);
        const source =
          [...candidatePorts(settings)].find((c) => c.port === result.port)?.source ?? 'scan';
        return allocation(result, source);
      }
      passedOver.splice(passedOver.indexOf(refusal), 1, result);
    }
  }
  if (settings.fallback === 'any') {
    const lease = await fallbackPort(attempt);
    if (lease) {
      if (request.nameHolder) await diagnose(passedOver);
      warnings.push(
        `every port of ${settings.range.from}-${settings.range.to} is taken; using ${lease.port}, offered by the OS`,
      );
      return allocation(lease, 'fallback');
    }
  }
  await diagnose(passedOver);
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
