// What `udo-port start` makes sure of before it leases anything: a venv with uvicorn, no other
// start running this project's backend, and what a start that ended badly left running.

import { setTimeout as sleep } from 'node:timers/promises';
import { AlreadyRunningError, UsageError } from '../core/errors.js';
import type { CiJob } from '../core/leases/registry.js';
import { openLeaseRegistry } from '../core/leases/registry.js';
import {
  leftBehind,
  runningBackends,
  type StartedBackend,
  unvouched,
} from '../core/leases/running.js';
import { describeListener, listenersOn } from '../core/listeners/index.js';
import { probePort } from '../core/ports/probe.js';
import {
  isSameProcess,
  type ProcessIdentity,
  processStartKey,
  processUid,
} from '../core/process/identity.js';
import { askOwnerPipe } from '../core/process/owner-pipe.js';
import { venvPath } from '../core/project/defaults.js';
import { samePath } from '../core/project/same-path.js';
import { inspectVenv, packageVersions, type Venv, venvProblem } from '../core/python/venv.js';
import { createVenvCommand, endCommand, installCommand } from '../core/remedies.js';
import type { Say } from './output.js';

/**
 * The venv the default command runs (`--venv`, relative to the project): it must run, and hold
 * uvicorn, or the backend dies at its first line. Checked before anything is leased or written.
 */
export async function requireBackendVenv(cwd: string, venvArg: string): Promise<Venv> {
  const venv = inspectVenv(venvPath(cwd, venvArg));
  const install = installCommand(venvArg, ['uvicorn', 'fastapi']);
  const problem = venvProblem(venv);
  if (problem) {
    throw new UsageError(
      `--venv: ${problem}; make it with: ${createVenvCommand(venvArg)}, then: ${install}`,
    );
  }
  const { uvicorn } = await packageVersions(venv, ['uvicorn']);
  if (!uvicorn) {
    throw new UsageError(
      `--venv: uvicorn is not installed in ${venvArg}; install it with: ${install}`,
    );
  }
  return venv;
}

function describeRun(backend: StartedBackend): string {
  return `port ${backend.port} (${backend.url ?? `port ${backend.port}`}), run by udo-port start PID ${backend.startPid} since ${backend.since}`;
}

/**
 * Asks the start that runs `backend` to end (it ends its own backend, and its lease goes), and
 * waits up to 10 s for it. Windows: through its owner pipe (owner-pipe.ts), the one proof that
 * the PID is still that start: a signal there would end start at once and leave its backend.
 */
async function endOtherStart(backend: StartedBackend): Promise<boolean> {
  const key = backend.lease.pidStartKey;
  if (process.platform === 'win32' && key?.startsWith('pipe:')) {
    await askOwnerPipe(key, 'stop');
    for (let waited = 0; waited < 10_000; waited += 200) {
      if ((await askOwnerPipe(key)) === 'pipe:gone') return true;
      await sleep(200);
    }
    return false;
  }
  const id: ProcessIdentity = {
    pid: backend.startPid,
    ...(key !== undefined ? { startKey: key } : { startedAt: backend.lease.pidStartedAt }),
  };
  // Checked again right before the signal: the lease was read a moment ago.
  if (await isSameProcess(id)) {
    try {
      process.kill(backend.startPid, 'SIGTERM');
    } catch {}
  }
  for (let waited = 0; (await isSameProcess(id)) && waited < 10_000; waited += 50) await sleep(50);
  return !(await isSameProcess(id));
}

/**
 * The start key of the process a lease names, as of now: on Windows its owner pipe's answer
 * (the key itself while that very process lives), elsewhere its start in /proc or ps.
 */
async function currentStartKey(backend: StartedBackend): Promise<string | undefined> {
  const key = backend.lease.pidStartKey;
  if (process.platform === 'win32' && key?.startsWith('pipe:')) return await askOwnerPipe(key);
  return processStartKey(backend.startPid);
}

/**
 * A second start in a project whose backend runs would start a second backend and repoint
 * .env.local, which then points at a dead port once either ends. So it is refused, naming the
 * running one, unless `replace`: then that start is asked to end (it ends its backend) first.
 */
export async function takeOverProject(
  cwd: string,
  replace: boolean,
  ci: CiJob | undefined,
  say: Say,
): Promise<void> {
  const registry = openLeaseRegistry(process.env, ci);
  const records = await registry.list();
  const callerUid = process.getuid?.();
  let ours: StartedBackend | undefined;
  for (const backend of runningBackends(records).filter((b) => samePath(b.cwd, cwd))) {
    const why = unvouched(backend, callerUid, {
      uid: processUid(backend.startPid),
      startKey: await currentStartKey(backend),
    });
    if (!why) {
      ours = backend;
      break;
    }
    // A lease proves nothing unless it is the caller's own: it is named, never acted on.
    say.warn(
      `${registry.dir}/${backend.port}.json names this project's backend (${describeRun(backend)}), but ${why}: it is not taken as proof, and nothing is ended; if that backend is yours, end it by hand (${endCommand(backend.startPid)})`,
    );
  }
  if (ours && !replace) {
    throw new AlreadyRunningError(
      `this project's backend already runs: ${describeRun(ours)}; stop it (Ctrl+C where it runs, or udo-port kill ${ours.port}), or pass --replace`,
    );
  }
  if (ours) {
    say.info(`replacing the backend on ${describeRun(ours)}`);
    if (!(await endOtherStart(ours))) {
      throw new AlreadyRunningError(
        `udo-port start PID ${ours.startPid} did not end within 10 s; end it with: ${endCommand(ours.startPid)}`,
      );
    }
  }
  for (const orphan of leftBehind(records, cwd)) {
    if (!(await probePort(orphan.port, '0.0.0.0'))) continue;
    const holder = (await listenersOn(orphan.port)).listeners.find((l) => l.pid !== undefined);
    say.warn(
      `port ${orphan.port} is still held${holder ? ` by ${describeListener(holder)}` : ''}: the backend a udo-port start (PID ${orphan.startPid}) left running when it ended${holder?.pid ? `; end it with: ${endCommand(holder.pid)}` : ''}`,
    );
  }
}
