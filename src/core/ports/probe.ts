import { connect, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import getPort, { clearLockedPorts } from 'get-port';
import { UsageError } from '../errors.js';
import { printable } from '../text.js';

/** Why a test bind failed: another socket has the port, or the OS forbids it. */
export type BindRefusal = 'in-use' | 'permission';

// get-port's default host set already covers these; other bind hosts are checked on their own.
const COVERED_HOSTS = new Set(['0.0.0.0', '::']);

/** Bind and lookup errors that say the host itself is unusable here, whatever the port. */
const UNUSABLE_HOST: Record<string, string> = {
  EADDRNOTAVAIL: 'is not an address of this machine',
  EINVAL: 'is not an address a server can listen on',
  EAFNOSUPPORT: 'is of an address family this machine does not support',
  ENOTFOUND: 'does not resolve to an address',
  EAI_AGAIN: 'could not be resolved',
};

/** Runs a test bind on `host`, turning "this host cannot be bound at all" into bad input. */
async function onHost<T>(host: string, hostLabel: string, bind: () => Promise<T>): Promise<T> {
  try {
    return await bind();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === undefined ? undefined : UNUSABLE_HOST[code];
    if (why) {
      throw new UsageError(`${hostLabel}: "${printable(host)}" ${why} (${code})`);
    }
    throw error;
  }
}

/** Learns the error a bind gets, which get-port does not report. Only run after a refusal. */
function bindError(port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/**
 * Test-binds a port on the bind host and on every host that would conflict with it (get-port's
 * host set: `::`, `0.0.0.0` and each interface address). Undefined when the port is free.
 * Throws UsageError naming `hostLabel` (`--host`, `API_HOST`) when the host cannot be bound here.
 */
export async function probePort(
  port: number,
  host: string,
  hostLabel = 'host',
): Promise<BindRefusal | undefined> {
  // One after the other: two test binds of one port at once would refuse each other. The lease
  // registry is the lock across processes; get-port's in-process lock would only hide a port
  // this process has just probed or released.
  const results = [await getPort({ port })];
  clearLockedPorts();
  if (!COVERED_HOSTS.has(host)) {
    results.push(await onHost(host, hostLabel, () => getPort({ port, host })));
    clearLockedPorts();
  }
  // get-port answers a busy port with a random other one.
  if (results.every((result) => result === port)) return undefined;
  return bindRefusal(port, host);
}

/**
 * The first of `ports` that binds on get-port's host set, tried in order in one get-port call;
 * undefined when none does (get-port then offers a random port, which is not one of them).
 */
export async function firstBindable(ports: readonly number[]): Promise<number | undefined> {
  if (ports.length === 0) return undefined;
  // Each refused bind builds an Error, and capturing its stack is a third of what a busy port
  // costs (17 µs against 11 µs per port, measured by bench/run.mjs); get-port reads only the
  // code. So errors have no stack while the scan runs: in this process, for those milliseconds.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const port = await getPort({ port: ports });
    return ports.includes(port) ? port : undefined;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
    clearLockedPorts();
  }
}

/** Why `port` cannot be bound on `host`, learnt with one bind: for a refusal that is printed. */
export async function bindRefusal(port: number, host: string): Promise<BindRefusal> {
  return (await bindError(port, host)) === 'EACCES' ? 'permission' : 'in-use';
}

/** A port the OS offers on `host`, for the fallback; UsageError as for probePort. */
export async function offeredPort(host: string, hostLabel = 'host'): Promise<number> {
  const port = await onHost(host, hostLabel, () => getPort({ host }));
  clearLockedPorts();
  return port;
}

/** Where to knock to reach a server bound to `host`: a wildcard is reached on loopback. Pure. */
export function reachableHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '::1';
  return host.replace(/^\[(.*)\]$/, '$1');
}

/** Whether a connection to host:port is accepted, within `timeoutMs`. */
export function knock(port: number, host: string, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: reachableHost(host) });
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Linux: whether a port that has just bound is answered all the same, through NAT rules (a
 * container's port published by DNAT alone: `--userland-proxy=false` once dockerd is gone, a
 * killed conmon, any DNAT rule). A bind test cannot see such a port, a connection can: nothing
 * may listen on the bind host then, so an accepted connection was routed elsewhere. One
 * loopback connect, refused at once when nothing answers (tens of microseconds); Windows
 * retries a refused loopback connect for seconds, and publishes ports with listeners anyway.
 */
export async function answersThroughNat(port: number, host: string): Promise<boolean> {
  if (process.platform !== 'linux') return false;
  return knock(port, host, 300);
}

/**
 * A test bind, repeated while it is refused: another process's own test bind (udo-port, a second
 * doctor) holds a port for a moment, and only a holder that stays is worth reporting.
 */
export async function probeSettled(port: number, host: string, hostLabel: string) {
  let refused = await probePort(port, host, hostLabel);
  for (let tries = 1; refused && tries < 3; tries++) {
    await sleep(25 * tries);
    refused = await probePort(port, host, hostLabel);
  }
  return refused;
}
