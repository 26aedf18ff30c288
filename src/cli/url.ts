// `udo-port url [api|web]`: the URL this checkout's backend or frontend runs on now, alone on
// stdout for scripts (`curl "$(npx udo-port url)/health"`), read from the leases that
// `udo-port dev` and `start` hold while they run.
import { realpathSync } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { openLeaseRegistry } from '../core/leases/registry.js';
import { START_PURPOSE } from '../core/leases/running.js';
import { printable } from '../core/text.js';
import { ciJobFromEnv } from '../github/ci-job.js';
import { parseCommandLine, projectRoot } from './args.js';
import { WEB_PURPOSE } from './dev.js';

const real = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** url's parser. */
export const urlOptions = { cwd: { type: 'string' } } as const;

export async function url(argv: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, urlOptions);
  const [which = 'api', extra] = positionals;
  if (extra !== undefined) throw new UsageError(`unexpected argument ${printable(extra)}`);
  if (which !== 'api' && which !== 'web') {
    throw new UsageError(`url: "${printable(which)}" is not api or web`);
  }
  const { root } = projectRoot(values);
  const registry = openLeaseRegistry(process.env, ciJobFromEnv(process.env));
  const purpose = which === 'api' ? START_PURPOSE : WEB_PURPOSE;
  const here = real(root);
  const lease = (await registry.list())
    .filter((r) => !r.staleReason && r.lease?.purpose === purpose)
    .map((r) => r.lease)
    .find((l) => l?.cwd !== undefined && real(l.cwd) === here);
  if (!lease?.url) {
    process.stderr.write(
      `udo-port: no ${which === 'api' ? 'backend' : 'frontend'} of ${printable(root)} runs now (udo-port ${which === 'api' ? 'dev or start' : 'dev'} runs one)\n`,
    );
    return 1;
  }
  out(lease.url);
  return 0;
}
