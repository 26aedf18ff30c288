import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { engineOf } from '../containers/engine-processes.js';
import { askEngines, clisFor, engineHolding, publishersOf } from '../containers/engines.js';
import { describeListener, listenersOn } from '../listeners/index.js';
import { reachableHost } from '../ports/probe.js';
import { type Answerer, processTree, whoAnswers } from './answerer.js';

/** What "the backend is up" means: its port accepts connections, or an HTTP path answers. */
export type Readiness = { kind: 'port' } | { kind: 'http'; path: string };

export interface WaitOptions {
  timeoutMs: number;
  /** Aborted when waiting is pointless, e.g. once the backend has exited. */
  signal?: AbortSignal;
  intervalMs?: number;
  /**
   * The backend's pid: ready only when its process tree holds the listener that answers
   * (Linux; elsewhere any answer counts, as the OS cannot tell who took a connection).
   */
  owner?: number;
}

/** How a wait ended: ready, not in time (or aborted), or answered by something not ours. */
export type WaitOutcome =
  | { state: 'ready' }
  | { state: 'timeout' }
  | { state: 'foreign'; answers: string };

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
    await sleep(intervalMs);
  }
  return false;
}

/**
 * What answers on `port` instead of the backend, in one line: the container NAT routes it to,
 * or the process that holds it (an engine's named as its container). `tree`: the backend's.
 */
export async function describeAnswer(
  port: number,
  answer: Extract<Answerer, 'nat' | 'other'>,
  owner: number,
): Promise<string> {
  if (answer === 'nat') {
    const engines = await askEngines();
    return `answered through NAT rules, by no process here: ${engineHolding(port, undefined, publishersOf(engines, port)).line}`;
  }
  const tree = processTree(owner);
  const { listeners } = await listenersOn(port);
  const holder = listeners.find((l) => l.pid === undefined || !tree.has(l.pid));
  if (!holder) return 'answered by a process outside the backend’s tree';
  const engine = engineOf(holder);
  if (engine) {
    const engines = await askEngines(clisFor([engine]));
    const pid = holder.pid !== undefined ? { pid: holder.pid } : {};
    return engineHolding(port, { ...engine, ...pid }, publishersOf(engines, port)).line;
  }
  return `held by ${describeListener(holder)}`;
}

/**
 * Waits until the backend on `port` is ready as `readiness` says: its own tree answers (see
 * answerer.ts), and for `http`, the path too. Something else answering at two polls in a row
 * ends the wait: a backend that binds beside a NAT rule is never reached, one whose port was
 * taken first fails. Once is not enough: another allocator's test bind listens for the moment
 * it lasts, and a connection it met looks like a stranger's (or, once it closed, like NAT).
 */
export async function waitUntilReady(
  readiness: Readiness,
  port: number,
  host: string,
  { timeoutMs, signal, intervalMs = 100, owner }: WaitOptions,
): Promise<WaitOutcome> {
  const deadline = Date.now() + timeoutMs;
  let strangers = 0;
  while (!signal?.aborted && Date.now() < deadline) {
    const answer = await whoAnswers(port, host, owner);
    const stranger = (answer === 'nat' || answer === 'other') && owner !== undefined;
    strangers = stranger ? strangers + 1 : 0;
    if (stranger && strangers >= 2) {
      return { state: 'foreign', answers: await describeAnswer(port, answer, owner) };
    }
    if (answer === 'tree' || answer === 'unknown') {
      if (readiness.kind === 'port') return { state: 'ready' };
      const left = deadline - Date.now();
      const status = await get(
        port,
        reachableHost(host),
        readiness.path,
        Math.max(1, Math.min(2000, left)),
      );
      if (status !== undefined && status < 500) return { state: 'ready' };
    }
    await sleep(intervalMs);
  }
  return { state: 'timeout' };
}
