import { endCommand, findHolderCommand } from '../../core/commands.js';
import { describeListener } from '../../core/listeners/index.js';
import { API_URL_KEY } from '../../core/project.js';
import { isLoopback6 } from '../addresses.js';
import { urlPort } from '../api-url.js';
import type { Check } from '../checks.js';
import { holderData, holderDetails } from '../holders.js';

export const portIpv6Shadow: Check = {
  id: 'port.ipv6-shadow',
  area: 'port',
  title: 'no other server answers localhost on ::1',
  async run(ctx) {
    const [web, facts, lookup, backend] = await Promise.all([
      ctx.web(),
      ctx.settings(),
      ctx.listeners(),
      ctx.backend(),
    ]);
    const value = web.next.env[API_URL_KEY];
    let url: URL | undefined;
    try {
      url = value ? new URL(value) : undefined;
    } catch {}
    const host = url ? url.hostname : facts.settings?.urlHost;
    // The backend's port: the one the frontend must reach (web.api-url checks the URL has it).
    const port = backend.port ?? (url ? urlPort(url) : undefined);
    if (!host || port === undefined) return { status: 'skip', message: 'no URL or port to check' };
    if (host !== 'localhost') {
      return { status: 'skip', message: `the API URL names ${host}, not localhost` };
    }
    if (lookup.problem) {
      return {
        status: 'warn',
        message: `cannot tell who listens on ::1:${port}`,
        details: [lookup.problem],
      };
    }
    const ourPids = new Set(backend.ours.map((l) => l.pid));
    const shadow = lookup.listeners.find(
      (l) => l.port === port && isLoopback6(l.address) && !ourPids.has(l.pid),
    );
    if (!shadow) {
      return { status: 'pass', message: `nothing else listens on [::1]:${port}` };
    }
    const v4 = lookup.listeners.find((l) => l.port === port && !isLoopback6(l.address));
    if (shadow.pid !== undefined && shadow.command === undefined) {
      return {
        status: 'warn',
        message: `localhost:${port} reaches ${describeListener(shadow)} on ::1, whose command line could not be read: it may be your backend`,
        details: [
          ...holderDetails(ctx, shadow),
          'Node 17+ and browsers try ::1 first for localhost',
          `if it is not your backend, end it: ${endCommand(shadow.pid, ctx.config.platform)}`,
          `or point the frontend at IPv4: set ${API_URL_KEY}=http://127.0.0.1:${port} in ${ctx.show(ctx.config.envLocal)}`,
        ],
        data: { port, holder: holderData(shadow) },
      };
    }
    return {
      status: 'error',
      message: `localhost:${port} reaches ${describeListener(shadow)} on ::1, not ${v4 ? `${describeListener(v4)} on ${v4.address}` : 'the backend'}`,
      details: [
        ...holderDetails(ctx, shadow),
        'Node 17+ and browsers try ::1 first for localhost',
        `or point the frontend at IPv4: set ${API_URL_KEY}=http://127.0.0.1:${port} in ${ctx.show(ctx.config.envLocal)}`,
      ],
      remedy:
        shadow.pid === undefined
          ? [findHolderCommand(port, ctx.config.platform)]
          : [endCommand(shadow.pid, ctx.config.platform)],
      data: { port, holder: holderData(shadow) },
    };
  },
};
