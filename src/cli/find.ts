// `udo-port find`: a free port, leased for --hold seconds; its number (or --json) on stdout.

import { writeEnvValue } from '../core/env/file.js';
import { type Allocation, allocate, describeRefusal, release } from '../core/ports/allocate.js';
import { TIME_DEFAULTS } from '../core/project/defaults.js';
import { ciJobFromEnv, markJob } from '../github/ci-job.js';
import {
  allocateRequest,
  envLocalPath,
  parseCommandLine,
  parseSeconds,
  projectOptions,
} from './args.js';
import { out, warn } from './output.js';
import { configure, withProjectPorts } from './project-config.js';

/** find's parser: the project options, and its own (help.ts says what each means). */
export const findOptions = {
  ...projectOptions,
  hold: { type: 'string' },
  'write-env-local': { type: 'boolean' },
} as const;

export async function find(args: string[]): Promise<void> {
  const parsed = parseCommandLine(args, findOptions, false);
  const { values, project } = configure(parsed.values);
  const holdSeconds = parseSeconds(values.hold ?? String(TIME_DEFAULTS.holdSeconds), '--hold');
  const ci = ciJobFromEnv(process.env);
  markJob(ci);
  const request = withProjectPorts(allocateRequest(values), project, values);
  const allocation = await allocate({
    ...request,
    // --json says why each port was passed over, naming its holder.
    nameHolder: values.json ?? false,
    lease: {
      ttlMs: holdSeconds * 1000,
      lifetime: 'ttl',
      purpose: 'udo-port find',
      ...(ci && { ci }),
    },
  });
  if (values['write-env-local']) {
    try {
      for (const key of project.web.urlVariables) {
        await writeEnvValue(
          envLocalPath(values, request.cwd as string),
          key,
          allocation.url,
          '--env-local',
        );
      }
    } catch (error) {
      release(allocation);
      throw error;
    }
  }
  for (const warning of allocation.warnings) warn(warning);
  out(values.json ? JSON.stringify(allocationJson(allocation), null, 2) : String(allocation.port));
}

function allocationJson(allocation: Allocation) {
  const { port, host, url, source, lease, leaseFile, passedOver, warnings } = allocation;
  return {
    port,
    host,
    url,
    source,
    lease: { ...lease, file: leaseFile },
    passedOver: passedOver.map((refusal) => ({ ...refusal, why: describeRefusal(refusal) })),
    warnings,
  };
}
