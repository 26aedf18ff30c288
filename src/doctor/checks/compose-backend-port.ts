// The backend service's published port against udo-port's port and its command's own.
import { backendService, type ComposeFile, listenPort } from '../../core/compose.js';
import { API_URL_KEY } from '../../core/project.js';
import { defineCheck, type Outcome } from '../checks.js';
import { at, type ComposeCheckFacts, composeCheckFacts, ofReadable } from '../facts/compose.js';
import { configuredPort, type SettingsFacts } from '../facts/env.js';

export interface ComposeBackendPortFacts extends ComposeCheckFacts {
  settings: SettingsFacts;
}

/** Pure: the published port against udo-port's, and the container port against the command's. */
function diagnose(file: ComposeFile, { show, settings: facts }: ComposeBackendPortFacts): Outcome {
  const backend = backendService(file);
  if (!backend) {
    return {
      status: 'skip',
      message: `no service in ${show(file.path)} runs uvicorn or backend/`,
    };
  }
  const { settings } = facts;
  if (!settings) return { status: 'skip', message: 'no valid port setting (see env.port)' };
  const want = configuredPort(settings);
  const from = settings.requested?.origin ?? 'the default';
  const published = backend.ports.find((p) => p.host !== undefined);
  const inside = listenPort(backend.command?.value);
  if (!published?.host) {
    return {
      status: 'warn',
      message: `${at(show, file, backend.line)}: service ${backend.name} publishes no port, so the browser cannot reach it`,
      remedy: [`add under ${backend.name}: ports: ["${want}:${inside ?? want}"]`],
      locations: [{ file: file.path, line: backend.line }],
    };
  }
  const target = published.target;
  const entry = `"${want}:${inside ?? target}"`;
  if (inside !== undefined && target !== inside) {
    return {
      status: 'error',
      message: `${at(show, file, published.entry.line)}: service ${backend.name} publishes ${published.host.value} to port ${target} in its container, but its command listens on ${inside}`,
      details: [
        `command (${at(show, file, backend.command?.line ?? backend.line)}): ${backend.command?.value}`,
      ],
      remedy: [
        `change ${at(show, file, published.entry.line)} to: - "${published.host.value}:${inside}"`,
      ],
      locations: [{ file: file.path, line: published.entry.line }],
      data: { service: backend.name, published: published.host.value, target, listens: inside },
    };
  }
  if (published.host.value !== want) {
    return {
      status: 'warn',
      message: `${at(show, file, published.host.line)}: service ${backend.name} publishes port ${published.host.value}, but udo-port gives the backend ${want} (from ${from})`,
      details: [`one port for both keeps ${API_URL_KEY} right whichever way the backend runs`],
      remedy: [`change ${at(show, file, published.host.line)} to: - ${entry}`],
      locations: [{ file: file.path, line: published.host.line }],
      data: { service: backend.name, published: published.host.value, want },
    };
  }
  return {
    status: 'pass',
    message: `service ${backend.name} publishes ${want} to ${target} (${at(show, file, published.host.line)})`,
    data: { service: backend.name, published: want, target },
  };
}

export const composeBackendPort = defineCheck({
  id: 'compose.backend-port',
  area: 'compose',
  title: "the backend service publishes udo-port's port, to the port it listens on",
  async gather(ctx): Promise<ComposeBackendPortFacts> {
    return { ...(await composeCheckFacts(ctx)), settings: await ctx.settings() };
  },
  diagnose: ofReadable(diagnose),
});
