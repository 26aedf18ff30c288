import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { CiJob } from '../core/leases/registry.js';

/**
 * The GitHub Actions job this process runs in, from the runner's variables; undefined outside CI.
 * Free of @actions/core: the CLIs use it too, and their bundles must not load that package.
 */
export function ciJobFromEnv(env: Record<string, string | undefined>): CiJob | undefined {
  if (env.GITHUB_ACTIONS !== 'true' || !env.RUNNER_NAME) return undefined;
  return {
    runner: env.RUNNER_NAME,
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
    job: env.GITHUB_JOB ?? '',
    // The runner empties RUNNER_TEMP when a job ends, so this file's absence means "job over".
    ...(env.RUNNER_TEMP && { marker: join(env.RUNNER_TEMP, 'udo-port-job') }),
  };
}

/** Creates the job's marker file, so its leases hold while the job runs. */
export function markJob(job: CiJob | undefined): void {
  if (!job?.marker) return;
  try {
    closeSync(openSync(job.marker, 'a'));
  } catch {}
}
