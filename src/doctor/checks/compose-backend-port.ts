// The backend service's published port against udo-port's port and its command's own.
import { backendService, listenPort } from '../../core/compose.js';
import { API_URL_KEY } from '../../core/project.js';
import type { Check } from '../checks.js';
import { at, readableCompose } from '../facts/compose.js';
import { configuredPort } from '../facts/env.js';

export const composeBackendPort: Check = {
  id: 'compose.backend-port',
  area: 'compose',
  title: "the backend service publishes udo-port's port, to the port it listens on",
  async run(ctx) {
    const compose = readableCompose(ctx);
    if ('skip' in compose) return compose.skip;
    const { file } = compose;
    const backend = backendService(file);
    if (!backend) {
      return {
        status: 'skip',
        message: `no service in ${ctx.show(file.path)} runs uvicorn or backend/`,
      };
    }
    const { settings } = await ctx.settings();
    if (!settings) return { status: 'skip', message: 'no valid port setting (see env.port)' };
    const want = configuredPort(settings);
    const from = settings.requested?.origin ?? 'the default';
    const published = backend.ports.find((p) => p.host !== undefined);
    const inside = listenPort(backend.command?.value);
    if (!published?.host) {
      return {
        status: 'warn',
        message: `${at(ctx, file, backend.line)}: service ${backend.name} publishes no port, so the browser cannot reach it`,
        remedy: [`add under ${backend.name}: ports: ["${want}:${inside ?? want}"]`],
        locations: [{ file: file.path, line: backend.line }],
      };
    }
    const target = published.target;
    const entry = `"${want}:${inside ?? target}"`;
    if (inside !== undefined && target !== inside) {
      return {
        status: 'error',
        message: `${at(ctx, file, published.entry.line)}: service ${backend.name} publishes ${published.host.value} to port ${target} in its container, but its command listens on ${inside}`,
        details: [
          `command (${at(ctx, file, backend.command?.line ?? backend.line)}): ${backend.command?.value}`,
        ],
        remedy: [
          `change ${at(ctx, file, published.entry.line)} to: - "${published.host.value}:${inside}"`,
        ],
        locations: [{ file: file.path, line: published.entry.line }],
        data: { service: backend.name, published: published.host.value, target, listens: inside },
      };
    }
    if (published.host.value !== want) {
      return {
        status: 'warn',
        message: `${at(ctx, file, published.host.line)}: service ${backend.name} publishes port ${published.host.value}, but udo-port gives the backend ${want} (from ${from})`,
        details: [`one port for both keeps ${API_URL_KEY} right whichever way the backend runs`],
        remedy: [`change ${at(ctx, file, published.host.line)} to: - ${entry}`],
        locations: [{ file: file.path, line: published.host.line }],
        data: { service: backend.name, published: published.host.value, want },
      };
    }
    return {
      status: 'pass',
      message: `service ${backend.name} publishes ${want} to ${target} (${at(ctx, file, published.host.line)})`,
      data: { service: backend.name, published: want, target },
    };
  },
};
