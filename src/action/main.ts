import * as core from '@actions/core';
import { type Allocation, allocate, describeRefusal, release } from '../core/allocate.js';
import { writeEnvValue } from '../core/env-file.js';
import { NoPortError, UsageError } from '../core/errors.js';
import { type CiJob, openLeaseRegistry, sameCiJob } from '../core/leases.js';
import { printable, printableLines } from '../core/text.js';
import { ciJobFromEnv, markJob } from '../github/ci-job.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { saveLease } from './state.js';

const URL_VARIABLE = 'NEXT_PUBLIC_API_URL';

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
    if (error instanceof UsageError && /does not exist/.test(error.message)) {
      core.warning(
        printableLines(`${error.message}; ${URL_VARIABLE} is exported to later steps only`),
      );
      return;
    }
    throw error;
  }
}

async function summarize(allocation: Allocation, runner: string | undefined): Promise<void> {
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
    .write();
}

function publish(allocation: Allocation, inputs: ActionInputs): void {
  core.setOutput('port', String(allocation.port));
  core.setOutput('api-url', allocation.url);
  core.setOutput('host', allocation.host);
  core.setOutput('source', allocation.source);
  core.setOutput('lease-file', allocation.leaseFile);
  for (const name of inputs.exportEnv) core.exportVariable(name, String(allocation.port));
  core.exportVariable(URL_VARIABLE, allocation.url);
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
  for (const name of ['API_PORT', 'BACKEND_PORT']) {
    const port = Number(env[name]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) continue;
    const record = await registry.inspect(port);
    if (record?.lease?.ci && !record.staleReason && sameCiJob(record.lease.ci, ci))
      delete kept[name];
  }
  return kept;
}

export async function run(): Promise<void> {
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
    try {
      if (inputs.envLocal) await writeEnvLocal(inputs.envLocal, allocation.url);
    } catch (error) {
      release(allocation);
      throw error;
    }
    saveLease(allocation);
    publish(allocation, inputs);
    for (const warning of allocation.warnings) core.warning(printableLines(warning));
    if (core.isDebug()) core.debug(printable(`allocation: ${JSON.stringify(allocation)}`));
    await summarize(allocation, ci?.runner);
    core.notice(`API on ${allocation.url} (port ${allocation.port}, source ${allocation.source})`, {
      title: 'udo-port',
    });
  } catch (error) {
    if (error instanceof NoPortError || error instanceof UsageError) {
      const title = error instanceof UsageError ? 'udo-port: bad input' : 'udo-port: no port';
      core.error(printableLines(error.message), { title });
      process.exitCode = error.exitCode;
      return;
    }
    core.setFailed(printableLines(error instanceof Error ? error.message : String(error)));
  }
}

await run();
