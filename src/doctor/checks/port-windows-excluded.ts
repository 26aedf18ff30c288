import type { ExcludedPortRange } from '../../core/listeners/index.js';
import { defineCheck, type Outcome } from '../checks.js';
import { configuredPort, type SettingsFacts } from '../facts/env.js';

export interface WindowsExcludedFacts {
  platform: NodeJS.Platform;
  settings: SettingsFacts;
  /** Windows's excluded port ranges (none elsewhere). */
  ranges: ExcludedPortRange[];
}

/** Pure: whether the port, or ports of the range, lie in a range Windows keeps for itself. */
function diagnose({ platform, settings: facts, ranges }: WindowsExcludedFacts): Outcome {
  if (platform !== 'win32') {
    return { status: 'skip', message: 'only Windows reserves port ranges' };
  }
  if (!facts.settings) return { status: 'skip', message: 'no valid port (see env.port)' };
  const port = configuredPort(facts.settings);
  const { range } = facts.settings;
  const hit = ranges.find((r) => port >= r.from && port <= r.to);
  const overlaps = ranges
    .filter((r) => r.from <= range.to && r.to >= range.from)
    .map((r) => `${r.from}-${r.to}`);
  if (hit) {
    const above = `npx udo-port start --range ${hit.to + 1}-${Math.min(hit.to + 10, 65535)}`;
    const span = `${hit.from}-${hit.to}`;
    if (hit.administered) {
      // netsh marks it `*`: an administrator added it, and restarting winnat leaves it be.
      return {
        status: 'error',
        message: `port ${port} lies in Windows's excluded range ${span}, which an administrator added (netsh marks it *): binding it fails`,
        details: [
          'restarting winnat does not free an administered range; only an administrator can remove it',
          `remove it in an administrator terminal, if nothing else relies on it: netsh int ipv4 delete excludedportrange protocol=tcp startport=${hit.from} numberofports=${hit.to - hit.from + 1}`,
        ],
        remedy: [above],
        data: { port, excluded: span, administered: true },
      };
    }
    return {
      status: 'error',
      message: `port ${port} lies in Windows's excluded range ${span} (Hyper-V, WSL or Docker): no process holds it, yet binding it fails`,
      details: [
        'run the commands in an administrator terminal, one after the other; they free the ranges until they are taken again',
        `or run the backend above the range: ${above}`,
      ],
      remedy: ['net stop winnat', 'net start winnat'],
      data: { port, excluded: span, administered: false },
    };
  }
  return {
    status: 'pass',
    message: `port ${port} lies outside Windows's excluded ranges`,
    details:
      overlaps.length > 0
        ? [`excluded within ${range.from}-${range.to}: ${overlaps.join(', ')}`]
        : [],
    data: { port, excluded: ranges.map((r) => `${r.from}-${r.to}`) },
  };
}

export const portWindowsExcluded = defineCheck({
  id: 'port.windows-excluded',
  area: 'port',
  title: 'the port lies outside Windows’s excluded port ranges',
  scope: 'host',
  async gather(ctx): Promise<WindowsExcludedFacts> {
    const [settings, ranges] = await Promise.all([ctx.settings(), ctx.excluded()]);
    return { platform: ctx.config.platform, settings, ranges };
  },
  diagnose,
});
