import { describeLease, type LeaseRecord } from '../core/leases.js';
import type { Check } from './checks.js';

/** Who holds a lease, for messages: `PID 5 (udo-port find) in /p, until 2025-...`. */
export function leaseOwner(record: LeaseRecord): string {
  return record.lease ? describeLease(record.lease) : 'an unreadable lease file';
}

export const leasesCheck: Check = {
  id: 'leases',
  area: 'leases',
  title: 'no stale leases on this host',
  async run(ctx) {
    const { dir, records, problem } = await ctx.leases();
    if (!dir) return { status: 'warn', message: `the lease folder cannot be read: ${problem}` };
    const stale = records.filter((r) => r.staleReason);
    const live = records.filter((r) => !r.staleReason);
    const liveLines = live.map((r) => `${r.port} live: ${leaseOwner(r)}`);
    const data = {
      dir,
      live: live.map((r) => r.port),
      stale: stale.map((r) => ({ port: r.port, reason: r.staleReason })),
    };
    if (stale.length > 0) {
      return {
        status: 'warn',
        message: `${stale.length} stale lease${stale.length > 1 ? 's' : ''} in ${dir}: ${stale.map((r) => r.port).join(', ')}`,
        details: [
          ...stale.map((r) => `${r.port}: ${r.staleReason}`),
          'a stale lease is taken over when its port is next wanted; releasing it only tidies up',
          ...(problem ? [problem] : []),
        ],
        remedy: [`npx udo-port release ${stale.map((r) => r.port).join(' ')}`],
        data,
      };
    }
    return {
      status: problem ? 'warn' : 'pass',
      message: `${live.length} live lease${live.length === 1 ? '' : 's'}, none stale, in ${dir}`,
      details: [...(problem ? [problem] : []), ...liveLines],
      data,
    };
  },
};

export const leaseChecks = [leasesCheck];
