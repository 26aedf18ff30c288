import * as core from '@actions/core';
import { writeEnvValue } from '../core/env/file.js';
import { MissingFolderError, NoPortError, UsageError } from '../core/errors.js';
import { type CiJob, openLeaseRegistry, sameCiJob } from '../core/leases/registry.js';
import { type Allocation, allocate, describeRefusal, release } from '../core/ports/allocate.js';
import { waitUntilReady } from '../core/process/readiness.js';
import { PORT_KEYS } from '../core/project/defaults.js';
import { printable, printableLines } from '../core/text.js';
import { ciJobFromEnv, markJob } from '../github/ci-job.js';
import { logTail, type StartedBackend, startBackend, stopBackend } from './backend.js';
import { type ActionInputs, readInputs, URL_VARIABLE } from './inputs.js';
import { saveBackend, saveBackendMarker, saveLease } from './state.js';

// Messages quote other users' lease files and process names: @actions/core escapes only `%`,
// CR and LF in annotations and nothing in core.info, so each line is made printable first.
/** Text for the job summary, which is HTML: a lease's fields must not become markup. */
const summaryText = (text: string) =>
  printable(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Points the frontend at the backend; a project without the frontend's folder is only told. */
async function writeEnvLocal(path: string, url: string): Promise<void> {
  try {
    await writeEnvValue(path, URL_VARIABLE, url, "input 'env-local'");
  } catch (error) {
    if (error instanceof MissingFolderError) {
      core.warning(
        printableLines(`${error.message}; ${URL_VARIABLE} is exported to later steps only`),
      );
      return;
    }
    throw error;
  }
}

async function summarize(
  allocation: Allocation,
  runner: string | undefined,
  backend: StartedBackend | undefined,
): Promise<void> {
  const moved = allocation.passedOver[0];
  await core.summary
    .addHeading('udo-port', 3)
    .addTable([
      [
        { data: 'port', header: true },
        { data: 'URL', header: true },
        { data: 'source', header: true },
        { data: 'lease', header: true },
        { data: 'runner', header: true },
      ],
      [
        String(allocation.port),
        allocation.url,
        allocation.source,
        summaryText(allocation.leaseFile),
        summaryText(runner ?? '-'),
      ],
    ])
    .addRaw(
      moved ? `Port ${moved.port} was passed over: ${summaryText(describeRefusal(moved))}.\n` : '',
      true,
    )
    .addRaw(
      backend
        ? `Backend: PID ${backend.pid}, output in ${summaryText(backend.logFile)}; the post step stops it.\n`
        : '',
      true,
    )
    .write();
}

/** The variables the step exports, and gives its backend: the port's and the URL's. */
function exports(allocation: Allocation, inputs: ActionInputs): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of inputs.exportEnv) values[name] = String(allocation.port);
  for (const name of inputs.urlEnv) values[name] = allocation.url;
  return values;
}

function publish(allocation: Allocation, inputs: ActionInputs): void {
  core.setOutput('port', String(allocation.port));
  core.setOutput('api-url', allocation.url);
  core.setOutput('host', allocation.host);
  core.setOutput('source', allocation.source);
  core.setOutput('lease-file', allocation.leaseFile);
  for (const [name, value] of Object.entries(exports(allocation, inputs))) {
    core.exportVariable(name, value);
  }
}

/** The backend did not come up: a failure whose message ends with the tail of its output. */
class BackendError extends Error {
  override name = 'BackendError';
}

/**
 * Starts `run` and waits until it is ready. Its pid is saved before the wait, so that the post
 * step stops it even when this step is cancelled meanwhile. When it exits or times out first, it
 * is stopped here (its whole tree) and a BackendError carries the tail of its log.
 */
async function startAndWait(
  argv: string[],
  allocation: Allocation,
  inputs: ActionInputs,
): Promise<StartedBackend> {
  const backend = await startBackend({
    argv,
    cwd: inputs.workingDirectory,
    port: allocation.port,
    host: allocation.host,
    env: exports(allocation, inputs),
    logDir: process.env.RUNNER_TEMP ?? '',
    beforeSpawn: saveBackendMarker,
  });
  const startError = backend.startError();
  if (startError || backend.pid === 0) {
    throw new UsageError(
      `input 'run': could not start "${printable(argv[0] as string)}": ${printable(startError?.message ?? 'no process')}`,
    );
  }
  saveBackend(backend);
  core.setOutput('pid', String(backend.pid));
  core.setOutput('log-file', backend.logFile);
  core.info(
    printable(
      `udo-port: started PID ${backend.pid} (${argv.map((arg) => arg.replaceAll('{port}', String(allocation.port))).join(' ')}) in ${inputs.workingDirectory}; output in ${backend.logFile}`,
    ),
  );
  const what =
    inputs.waitFor.kind === 'http'
      ? `GET ${inputs.waitFor.path} on port ${allocation.port} answered below 500`
      : `port ${allocation.port} accepted connections`;
  const ready = await waitUntilReady(inputs.waitFor, allocation.port, allocation.host, {
    timeoutMs: inputs.waitTimeoutMs,
    signal: backend.exited,
    // A refused connection costs next to nothing; the step returns that much sooner.
    intervalMs: 25,
    // Ready only when the backend's own tree answers: not a container through NAT, not a squatter.
    owner: backend.pid,
  });
  // Ready, and still ours: a port that answers while the backend has exited is someone else's.
  if (ready.state === 'ready' && !backend.exited.aborted) return backend;
  let why: string;
  if (ready.state === 'foreign') {
    why = `is not what answers on port ${allocation.port}, which is ${ready.answers}; nothing is exported, and the backend ${await stopBackend(backend)}`;
  } else if (backend.exited.aborted) {
    why = `${await backend.ended} before ${what}`;
    // Whatever it started that outlived it goes too.
    await stopBackend(backend);
  } else {
    const seconds = inputs.waitTimeoutMs / 1000;
    why = `was not ready within ${seconds}s (wait-timeout: never ${what}) and ${await stopBackend(backend)}`;
  }
  saveBackend(undefined);
  const tail = logTail(backend.logFile);
  throw new BackendError(
    [
      `the backend (PID ${backend.pid}) ${why}; the last lines of its output (${backend.logFile}):`,
      ...(tail.length > 0 ? tail : ['(no output)']),
    ].join('\n'),
  );
}

/**
 * The environment without the API_PORT/BACKEND_PORT an earlier udo-port step of this job
 * exported: that is the earlier step's port, held by its lease, not a port asked for here.
 */
async function withoutOwnExports(
  env: Record<string, string | undefined>,
  ci: CiJob | undefined,
): Promise<Record<string, string | undefined>> {
  if (!ci) return env;
  const registry = openLeaseRegistry(env, ci);
  const kept = { ...env };
  for (const name of PORT_KEYS) {
    const port = Number(env[name]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) continue;
    const record = await registry.inspect(port);
    if (record?.lease?.ci && !record.staleReason && sameCiJob(record.lease.ci, ci))
      delete kept[name];
  }
  return kept;
}

/** Points the frontend at the URL; a failed write lets go of the lease (and the backend). */
async function pointFrontend(
  inputs: ActionInputs,
  allocation: Allocation,
  backend: StartedBackend | undefined,
): Promise<void> {
  if (!inputs.envLocal) return;
  try {
    await writeEnvLocal(inputs.envLocal, allocation.url);
  } catch (error) {
    if (backend) {
      await stopBackend(backend);
      saveBackend(undefined);
    }
    release(allocation);
    saveLease(undefined);
    throw error;
  }
}

/** The main step: lease a port, start `run` and wait for it, point the frontend, export. */
export async function main(): Promise<void> {
  try {
    const inputs = readInputs();
    const ci = ciJobFromEnv(process.env);
    markJob(ci);
    const allocation = await allocate({
      ...inputs.request,
      nameHolder: true, // the summary names who held the port that was wanted
      env: await withoutOwnExports(inputs.request.env ?? process.env, ci),
      lease: { ...inputs.request.lease, ...(ci && { ci }) },
    });
    saveLease(allocation);
    for (const warning of allocation.warnings) core.warning(printableLines(warning));
    let backend: StartedBackend | undefined;
    if (inputs.run) {
      try {
        backend = await startAndWait(inputs.run, allocation, inputs);
      } catch (error) {
        release(allocation);
        saveLease(undefined);
        throw error;
      }
    }
    // Only once the backend is up, as `udo-port start` does: a backend that fails to start never
    // leaves the frontend pointing at a dead port.
    await pointFrontend(inputs, allocation, backend);
    if (backend) {
      // Handed over: the backend holds the port itself now; the lease would only outlive it.
      release(allocation);
      saveLease(undefined);
      backend.detach();
      core.info(
        `udo-port: the backend is ready on ${allocation.url}; it holds port ${allocation.port} now, so the lease is dropped`,
      );
    }
    publish(allocation, inputs);
    if (core.isDebug()) core.debug(printable(`allocation: ${JSON.stringify(allocation)}`));
    await summarize(allocation, ci?.runner, backend);
    core.notice(
      `API on ${allocation.url} (port ${allocation.port}, source ${allocation.source}${backend ? `, PID ${backend.pid}` : ''})`,
      { title: 'udo-port' },
    );
  } catch (error) {
    if (error instanceof NoPortError || error instanceof UsageError) {
      const title = error instanceof UsageError ? 'udo-port: bad input' : 'udo-port: no port';
      core.error(printableLines(error.message), { title });
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof BackendError) {
      core.error(printableLines(error.message), { title: 'udo-port: the backend did not start' });
      process.exitCode = 1;
      return;
    }
    core.setFailed(printableLines(error instanceof Error ? error.message : String(error)));
  }
}
