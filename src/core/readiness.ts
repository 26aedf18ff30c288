import { request } from 'node:http';
import { waitUntilListening } from './backend.js';

/** What "the backend is up" means: its port accepts connections, or an HTTP path answers. */
export type Readiness = { kind: 'port' } | { kind: 'http'; path: string };

export interface WaitOptions {
  timeoutMs: number;
  /** Aborted when waiting is pointless, e.g. once the backend has exited. */
  signal?: AbortSignal;
  intervalMs?: number;
}

/** Where to knock to reach a server bound to `host`: a wildcard is reached on loopback. */
export function reachableHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '::1';
  return host.replace(/^\[(.*)\]$/, '$1');
}

/**
 * The status of one GET, or undefined when nothing answered in time. Not fetch: it resolves
 * `localhost` and follows redirects, where this asks the bound address itself, and a 3xx is an
 * answer.
 */
function get(port: number, host: string, path: string, timeoutMs: number) {
  return new Promise<number | undefined>((resolve) => {
    const req = request({ host, port, path, method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(undefined));
    req.end();
  });
}

/**
 * Resolves true once `GET path` on the port answers with a status below 500, false on timeout
 * or abort. Polls: a starting server gives no other sign that it is ready.
 */
export async function waitUntilAnswering(
  port: number,
  host: string,
  path: string,
  { timeoutMs, signal, intervalMs = 100 }: WaitOptions,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  const target = reachableHost(host);
  while (!signal?.aborted && Date.now() < deadline) {
    const left = deadline - Date.now();
    const status = await get(port, target, path, Math.max(1, Math.min(2000, left)));
    if (status !== undefined && status < 500) return true;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return false;
}

/** Waits until the backend on `port` is ready as `readiness` says; false on timeout or abort. */
export function waitUntilReady(
  readiness: Readiness,
  port: number,
  host: string,
  options: WaitOptions,
): Promise<boolean> {
  return readiness.kind === 'http'
    ? waitUntilAnswering(port, host, readiness.path, options)
    : waitUntilListening(port, host, options);
}
