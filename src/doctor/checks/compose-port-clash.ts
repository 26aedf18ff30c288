// Two services publishing one host port: `docker compose up` fails on the second.
import { soleVariable } from '../../core/compose/interpolate.js';
import type { ComposeProject, ComposeService, PortEntry } from '../../core/compose/model.js';
import { bindingsClash, hostPorts } from '../../core/compose/ports.js';
import { defineCheck, type Outcome } from '../checks.js';
import {
  at,
  type ComposeCheckFacts,
  composeCheckFacts,
  located,
  ofReadable,
} from '../facts/compose.js';

/** `8001`, `127.0.0.1:8001`, `[::1]:8001/udp`: the host side as an entry writes it. */
const shown = (p: PortEntry) =>
  `${p.hostIp ? `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:` : ''}${p.published}`;
const proto = (p: PortEntry) => (p.protocol === 'tcp' ? '' : `/${p.protocol}`);

/**
 * Pure: the first host port two services of the active profiles publish on one protocol and
 * overlapping addresses (`127.0.0.1:P` and `[::1]:P` do not; `P` and anything on P do), with a
 * free one to move to: the variable to set when the entry is written with one.
 */
function diagnose(
  project: ComposeProject,
  services: ComposeService[],
  { show }: ComposeCheckFacts,
): Outcome {
  const seen: { service: string; port: PortEntry }[] = [];
  const used = new Set(services.flatMap((s) => s.ports.map((p) => p.published)));
  const file = project.files[0] as string;
  for (const service of services) {
    for (const port of service.ports) {
      if (!hostPorts(port)) continue;
      const first = seen.find((s) => s.service !== service.name && bindingsClash(s.port, port));
      seen.push({ service: service.name, port });
      if (!first) continue;
      let free = (port.published as number) + 1;
      while (used.has(free)) free++;
      const place = port.at ?? service.at;
      const variable = port.publishedAt && soleVariable(port.publishedAt.raw);
      return {
        status: 'error',
        message: `${at(show, place, file)}: service ${service.name} publishes port ${shown(port)}${proto(port)}, which service ${first.service} publishes at ${at(show, first.port.at, file)}`,
        remedy: [
          variable
            ? `set ${variable}=${free} in ${show(project.envFile)}`
            : `change ${at(show, place, file)} to: - "${shown({ ...port, published: free })}:${port.target}${proto(port)}"`,
        ],
        locations: [located(place, file), located(first.port.at, file)],
        data: {
          port: port.published,
          protocol: port.protocol,
          services: [first.service, service.name],
        },
      };
    }
  }
  return { status: 'pass', message: `${seen.length} published ports, none taken twice` };
}

export const composePortClash = defineCheck({
  id: 'compose.port-clash',
  area: 'compose',
  title: 'no two services publish one host port',
  gather: composeCheckFacts,
  diagnose: ofReadable(diagnose),
});
