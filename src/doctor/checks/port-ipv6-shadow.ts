import { engineOf } from '../../core/containers/engine-processes.js';
import { engineHolding } from '../../core/containers/engines.js';
import { describeListener } from '../../core/listeners/index.js';
import { API_URL_KEY } from '../../core/project/defaults.js';
import { endCommand, findHolderCommand } from '../../core/remedies.js';
import type { ListenerLookup } from '../../core/types.js';
import { isLoopback6 } from '../addresses.js';
import { urlPort } from '../api-url.js';
import { defineCheck, type Outcome } from '../checks.js';
import type { BackendFacts } from '../facts/backend.js';
import { folders, holderData, holderDetails } from '../holders.js';

export interface Ipv6ShadowFacts {
  /** NEXT_PUBLIC_API_URL as Next.js reads it. */
  apiUrl?: string | undefined;
  /** The host in URLs the settings make, when they are valid. */
  urlHost?: string | undefined;
  lookup: ListenerLookup;
  backend: BackendFacts;
  /** The folders of the ::1 listeners, by PID (see holders.ts). */
  cwds: ReadonlyMap<number, string>;
  platform: NodeJS.Platform;
  envLocal: string;
  show: (path: string) => string;
}

/** Pure: whether another server on ::1 answers the frontend's localhost. */
function diagnose(facts: Ipv6ShadowFacts): Outcome {
  const { lookup, backend, cwds, platform, show } = facts;
  let url: URL | undefined;
  try {
    url = facts.apiUrl ? new URL(facts.apiUrl) : undefined;
  } catch {}
  const host = url ? url.hostname : facts.urlHost;
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
  const engine = engineOf(shadow);
  const ipv4 = `or point the frontend at IPv4: set ${API_URL_KEY}=http://127.0.0.1:${port} in ${show(facts.envLocal)}`;
  if (!engine && shadow.pid !== undefined && shadow.command === undefined) {
    return {
      status: 'warn',
      message: `localhost:${port} reaches ${describeListener(shadow)} on ::1, whose command line could not be read: it may be your backend`,
      details: [
        ...holderDetails(shadow, cwds),
        'Node 17+ and browsers try ::1 first for localhost',
        `if it is not your backend, end it: ${endCommand(shadow.pid, platform)}`,
        ipv4,
      ],
      data: { port, holder: holderData(shadow) },
    };
  }
  return {
    status: 'error',
    message: `localhost:${port} reaches ${describeListener(shadow)} on ::1, not ${v4 ? `${describeListener(v4)} on ${v4.address}` : 'the backend'}`,
    details: [
      ...holderDetails(shadow, cwds),
      'Node 17+ and browsers try ::1 first for localhost',
      ipv4,
    ],
    remedy: engine
      ? // An engine's process: its container is what to stop, never the process.
        engineHolding(port, engine, []).remedy
      : shadow.pid === undefined
        ? [findHolderCommand(port, platform)]
        : [endCommand(shadow.pid, platform)],
    data: { port, holder: holderData(shadow) },
  };
}

export const portIpv6Shadow = defineCheck({
  id: 'port.ipv6-shadow',
  area: 'port',
  title: 'no other server answers localhost on ::1',
  async gather(ctx): Promise<Ipv6ShadowFacts> {
    const [web, { settings }, lookup, backend] = await Promise.all([
      ctx.web(),
      ctx.settings(),
      ctx.listeners(),
      ctx.backend(),
    ]);
    return {
      apiUrl: web.next.env[API_URL_KEY],
      urlHost: settings?.urlHost,
      lookup,
      backend,
      cwds: folders(
        ctx,
        lookup.listeners.filter((l) => isLoopback6(l.address)),
      ),
      platform: ctx.config.platform,
      envLocal: ctx.config.envLocal,
      show: ctx.show,
    };
  },
  diagnose,
});
