import { createServer } from 'node:net';
import getPort, { clearLockedPorts } from 'get-port';

/** Why a test bind failed: another socket has the port, or the OS forbids it. */
export type BindRefusal = 'in-use' | 'permission';

// get-port's default host set already covers these; other bind hosts are checked on their own.
const COVERED_HOSTS = new Set(['0.0.0.0', '::']);

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
 */
export async function probePort(port: number, host: string): Promise<BindRefusal | undefined> {
  // One after the other: two test binds of one port at once would refuse each other. The lease
  // registry is the lock across processes; get-port's in-process lock would only hide a port
  // this process has just probed or released.
  const results = [await getPort({ port })];
  clearLockedPorts();
  if (!COVERED_HOSTS.has(host)) {
    results.push(await getPort({ port, host }));
    clearLockedPorts();
  }
  // get-port answers a busy port with a random other one.
  if (results.every((result) => result === port)) return undefined;
  return (await bindError(port, host)) === 'EACCES' ? 'permission' : 'in-use';
}
