// A dev server told to forward API calls to a fixed local port (a Next.js rewrite, a Vite proxy):
// when the backend moves, that address does not. The config files are read as text, never run:
// running a project's config would run its code, and only a written-down address can be found.
import { join } from 'node:path';
import { readSmallText } from '../../core/small-file.js';
import { defineCheck, type Outcome } from '../checks.js';
import type { Context } from '../context.js';

const CONFIGS = ['next.config', 'vite.config'].flatMap((base) =>
  ['js', 'mjs', 'cjs', 'ts', 'mts', 'cts'].map((ext) => `${base}.${ext}`),
);

export interface ConfigText {
  file: string;
  text: string;
}

export interface DevProxyFacts {
  configs: ConfigText[];
  /** The backend's port, when known (ours running, or the configured one). */
  backendPort?: number;
  why: string;
  show: (path: string) => string;
}

export interface FixedAddress {
  file: string;
  line: number;
  port: number;
  address: string;
}

// A loopback address with a port, as a rewrite's destination or a proxy's target writes it.
const LOCAL = /\b(?:https?|wss?):\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1?\])(?::(\d{1,5}))\b/g;

/** Every fixed local address with a port in the configs' text, skipping comment lines. Pure. */
export function fixedAddresses(configs: readonly ConfigText[]): FixedAddress[] {
  const found: FixedAddress[] = [];
  for (const { file, text } of configs) {
    text.split(/\r?\n/).forEach((line, i) => {
      const trimmed = line.trim();
      if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return;
      for (const match of line.matchAll(LOCAL)) {
        found.push({ file, line: i + 1, port: Number(match[2]), address: match[0] });
      }
    });
  }
  return found;
}

function readConfig(path: string): ConfigText | undefined {
  const text = readSmallText(path, 512 * 1024);
  return text === undefined ? undefined : { file: path, text };
}

async function gather(ctx: Context): Promise<DevProxyFacts> {
  const dir = ctx.config.webDir ?? ctx.config.root;
  const dirs = [...new Set([dir, ctx.config.root])];
  const configs = dirs
    .flatMap((d) => CONFIGS.map((name) => readConfig(join(d, name))))
    .filter((c): c is ConfigText => c !== undefined);
  const backend = configs.length > 0 ? await ctx.backend() : undefined;
  return {
    configs,
    ...(backend?.port !== undefined && { backendPort: backend.port }),
    why: backend?.why ?? '',
    show: ctx.show,
  };
}

/** Pure: a fixed local port that is not the backend's is an error naming the file and line. */
function diagnose(facts: DevProxyFacts): Outcome {
  const { show } = facts;
  if (facts.configs.length === 0) {
    return { status: 'skip', message: 'no next.config.* or vite.config.* in the frontend' };
  }
  const found = fixedAddresses(facts.configs);
  const names = facts.configs.map((c) => show(c.file)).join(', ');
  if (found.length === 0) {
    return { status: 'pass', message: `${names}: no rewrite or proxy to a fixed local port` };
  }
  if (facts.backendPort === undefined) {
    return {
      status: 'skip',
      message: `${names} name ${found.map((f) => f.address).join(', ')}; the backend's port is not known yet: ${facts.why}`,
    };
  }
  const wrong = found.filter((f) => f.port !== facts.backendPort);
  if (wrong.length === 0) {
    return {
      status: 'pass',
      message: `${names}: the local address is the backend's port ${facts.backendPort}`,
    };
  }
  const [first] = wrong as [FixedAddress, ...FixedAddress[]];
  return {
    status: 'error',
    message: `${show(first.file)}:${first.line} sends requests to ${first.address}, but the backend's port is ${facts.backendPort} (${facts.why})`,
    details: [
      ...wrong.slice(1).map((f) => `${show(f.file)}:${f.line} also names ${f.address}`),
      'a fixed port does not follow the backend when udo-port moves it; read the URL from an environment variable the project file lists in frontend.urlVariables',
    ],
    remedy: [
      `edit ${show(first.file)}:${first.line}: use process.env.<your API URL variable> instead of ${first.address}`,
    ],
    locations: wrong.map((f) => ({ file: f.file, line: f.line })),
    data: {
      backendPort: facts.backendPort,
      fixed: wrong.map((f) => ({ ...f, file: show(f.file) })),
    },
  };
}

export const webDevProxy = defineCheck({
  id: 'web.dev-proxy',
  area: 'web',
  title: "the dev server's rewrites and proxies reach the backend's port",
  gather,
  diagnose,
});
