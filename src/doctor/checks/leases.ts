import { defineCheck, type Outcome } from '../checks.js';
import type { LeaseFacts } from '../context.js';
import { leaseOwner } from '../holders.js';

/** Pure: the leases, live and stale; stale ones are information, never a finding. */
function diagnose({ dir, records, problem }: LeaseFacts): Outcome {
  if (!dir) return { status: 'warn', message: `the lease folder cannot be read: ${problem}` };
  const stale = records.filter((r) => r.staleReason);
  const live = records.filter((r) => !r.staleReason);
  const liveLines = live.map((r) => `${r.port} live: ${leaseOwner(r)}`);
  const data = {
    dir,
    live: live.map((r) => r.port),
    stale: stale.map((r) => ({ port: r.port, reason: r.staleReason })),
  };
  const counted = `${live.length} live lease${live.length === 1 ? '' : 's'}`;
  // Stale leases block nothing: the allocator takes each over when its port is next wanted.
  // They are information, never a finding, so --strict passes with them.
  const staleLines =
    stale.length > 0
      ? [
          ...stale.map((r) => `${r.port} stale: ${r.staleReason}`),
          `udo-port takes a stale lease over when its port is next wanted; to tidy up anyway: npx udo-port release ${stale.map((r) => r.port).join(' ')}`,
        ]
      : [];
  return {
    status: problem ? 'warn' : 'pass',
    message:
      stale.length > 0
        ? `${counted} and ${stale.length} stale (${stale.map((r) => r.port).join(', ')}, taken over when wanted) in ${dir}`
        : `${counted}, none stale, in ${dir}`,
    details: [...(problem ? [problem] : []), ...liveLines, ...staleLines],
    data,
  };
}

export const leasesCheck = defineCheck({
  id: 'leases',
  area: 'leases',
  title: 'the leases on this host, live and stale',
  scope: 'host',
  gather: (ctx) => ctx.leases(),
  diagnose,
});
