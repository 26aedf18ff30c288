// Two services publishing one host port: `docker compose up` fails on the second.
import type { ComposeFile } from '../../core/compose.js';
import { defineCheck, type Outcome } from '../checks.js';
import { at, type ComposeCheckFacts, composeCheckFacts, ofReadable } from '../facts/compose.js';

/** Pure: the first host port two services publish, with a free one to move to. */
function diagnose(file: ComposeFile, { show }: ComposeCheckFacts): Outcome {
  const seen = new Map<number, { service: string; line: number }>();
  const used = new Set(file.services.flatMap((s) => s.ports.map((p) => p.host?.value)));
  for (const service of file.services) {
    for (const { host, target } of service.ports) {
      if (!host) continue;
      const first = seen.get(host.value);
      if (!first) {
        seen.set(host.value, { service: service.name, line: host.line });
        continue;
      }
      let free = host.value + 1;
      while (used.has(free)) free++;
      return {
        status: 'error',
        message: `${at(show, file, host.line)}: service ${service.name} publishes port ${host.value}, which service ${first.service} publishes at ${at(show, file, first.line)}`,
        remedy: [`change ${at(show, file, host.line)} to: - "${free}:${target}"`],
        locations: [
          { file: file.path, line: host.line },
          { file: file.path, line: first.line },
        ],
        data: { port: host.value, services: [first.service, service.name] },
      };
    }
  }
  return { status: 'pass', message: `${seen.size} published ports, each once` };
}

export const composePortClash = defineCheck({
  id: 'compose.port-clash',
  area: 'compose',
  title: 'no two services publish one host port',
  gather: composeCheckFacts,
  diagnose: ofReadable(diagnose),
});
