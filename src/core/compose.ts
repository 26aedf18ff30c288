// Docker Compose files as the doctor reads them: found as `docker compose` finds them, values
// interpolated as Compose does, and each value's line kept for the findings.
import { existsSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { Node, YAMLMap } from 'yaml';
import { API_URL_KEY } from './project.js';

/** The names `docker compose` looks for, in its order. */
export const COMPOSE_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yaml',
  'docker-compose.yml',
];

/** The compose file of `root`: the first of COMPOSE_FILE when set, else the first name found. */
export function findComposeFile(root: string, env: Record<string, string | undefined>) {
  const named = env.COMPOSE_FILE?.split(env.COMPOSE_PATH_SEPARATOR ?? delimiter)[0]?.trim();
  if (named) {
    const path = isAbsolute(named) ? named : join(root, named);
    return existsSync(path) ? path : undefined;
  }
  return COMPOSE_FILES.map((name) => join(root, name)).find((path) => existsSync(path));
}

/**
 * Compose's interpolation: `$$` is a dollar; `$VAR`, `${VAR}`; `${VAR:-d}` (d when unset or
 * empty), `${VAR-d}` (when unset); `${VAR:?e}`, `${VAR?e}` (an error); `${VAR:+r}`, `${VAR+r}`.
 * Unset without a default is the empty string, as Compose makes it (with a warning). Pure.
 */
export function interpolate(
  text: string,
  vars: Record<string, string | undefined>,
): { value: string; error?: string } {
  let error: string | undefined;
  const value = text.replace(
    /\$\$|\$\{([A-Za-z_]\w*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|\$([A-Za-z_]\w*)/g,
    (match, braced: string | undefined, op: string | undefined, arg = '', bare?: string) => {
      if (match === '$$') return '$';
      const name = (braced ?? bare) as string;
      const raw = vars[name];
      const empty = raw === undefined || (op?.startsWith(':') === true && raw === '');
      const inner = () => interpolate(arg, vars).value;
      switch (op?.replace(':', '')) {
        case '-':
          return empty ? inner() : (raw as string);
        case '?':
          if (empty) error ??= `${name}: ${arg || 'is not set'}`;
          return raw ?? '';
        case '+':
          return empty ? '' : inner();
        default:
          return raw ?? '';
      }
    },
  );
  return error ? { value, error } : { value };
}

/** A value from the file, interpolated, with the line it is written on. */
export interface Located<T> {
  value: T;
  line: number;
  /** The text as written, before interpolation. */
  raw: string;
}

export interface Published {
  host?: Located<number>;
  target?: number;
  /** The whole entry as written and its line: what a fix replaces. */
  entry: Located<string>;
}

export interface ComposeService {
  name: string;
  line: number;
  /** command and entrypoint, as one line. */
  command?: Located<string>;
  /** build's context (or build written as a string), and its args. */
  build?: Located<string>;
  ports: Published[];
  /** environment and build args, by key. */
  vars: Map<string, Located<string>>;
}

export interface ComposeFile {
  path: string;
  services: ComposeService[];
  /** `${VAR?err}` that failed, or a YAML error: the file as Compose would refuse it. */
  problems: Located<string>[];
}

/** `8001:8000`, `127.0.0.1:8001:8000/tcp`, `8000`: the host and container ports. Pure. */
export function parsePortEntry(text: string): { host?: number; target?: number } {
  const parts = text.replace(/\/\w+$/, '').split(':');
  const target = Number(parts.at(-1));
  const host = parts.length > 1 ? Number(parts.at(-2)) : Number.NaN;
  return {
    ...(Number.isInteger(host) && host > 0 && { host }),
    ...(Number.isInteger(target) && target > 0 && { target }),
  };
}

/** Reads and interpolates a compose file; `vars` are the shell over the project's `.env`. */
export async function readCompose(
  path: string,
  text: string,
  vars: Record<string, string | undefined>,
): Promise<ComposeFile> {
  // Loaded here, not at the top: yaml is half of the doctor's bundle, and only a project with a
  // compose file needs it.
  const { isMap, isScalar, isSeq, LineCounter, parseDocument } = await import('yaml');
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineOf = (node: unknown) => lines.linePos((node as Node | undefined)?.range?.[0] ?? 0).line;
  const file: ComposeFile = { path, services: [], problems: [] };
  for (const error of doc.errors) {
    file.problems.push({
      value: error.message.split('\n')[0] ?? '',
      line: lines.linePos(error.pos[0]).line,
      raw: '',
    });
  }
  const scalar = (node: unknown): Located<string> | undefined => {
    if (!isScalar(node) || node.value === null) return undefined;
    const raw = String(node.value);
    const { value, error } = interpolate(raw, vars);
    const line = lineOf(node);
    if (error) file.problems.push({ value: error, line, raw });
    return { value, line, raw };
  };
  const joined = (node: unknown): Located<string> | undefined => {
    if (!isSeq(node)) return scalar(node);
    const items = node.items.map(scalar).filter((item) => item !== undefined);
    if (items.length === 0) return undefined;
    return {
      value: items.map((i) => i.value).join(' '),
      raw: items.map((i) => i.raw).join(' '),
      line: lineOf(node),
    };
  };
  const keyed = (node: unknown, into: Map<string, Located<string>>) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const value = scalar(pair.value) ?? { value: '', line: lineOf(pair.key), raw: '' };
        into.set(String((pair.key as { value?: unknown })?.value ?? pair.key), value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        const entry = scalar(item);
        const eq = entry?.value.indexOf('=') ?? -1;
        if (entry && eq > 0)
          into.set(entry.value.slice(0, eq), { ...entry, value: entry.value.slice(eq + 1) });
      }
    }
  };
  const services = doc.get('services', true);
  if (!isMap(services)) return file;
  for (const pair of services.items) {
    const body = pair.value as YAMLMap | null;
    const service: ComposeService = {
      name: String((pair.key as { value?: unknown })?.value ?? pair.key),
      line: lineOf(pair.key),
      ports: [],
      vars: new Map(),
    };
    if (!isMap(body)) continue;
    const parts = [joined(body.get('entrypoint', true)), joined(body.get('command', true))].filter(
      (part) => part !== undefined,
    );
    if (parts.length > 0) {
      service.command = {
        value: parts.map((p) => p.value).join(' '),
        raw: parts.map((p) => p.raw).join(' '),
        line: (parts.at(-1) as Located<string>).line,
      };
    }
    const build = body.get('build', true);
    const context = isMap(build) ? scalar(build.get('context', true)) : scalar(build);
    if (context) service.build = context;
    if (isMap(build)) keyed(build.get('args', true), service.vars);
    keyed(body.get('environment', true), service.vars);
    const ports = body.get('ports', true);
    for (const item of isSeq(ports) ? ports.items : []) {
      if (isMap(item)) {
        const published = scalar(item.get('published', true));
        const target = scalar(item.get('target', true));
        const host = published ? parsePortEntry(`${published.value}:0`).host : undefined;
        service.ports.push({
          ...(published && host && { host: { ...published, value: host } }),
          ...(target && { target: Number(target.value) }),
          entry: published ?? target ?? { value: '', line: lineOf(item), raw: '' },
        });
        continue;
      }
      const entry = scalar(item);
      if (!entry) continue;
      const { host, target } = parsePortEntry(entry.value);
      service.ports.push({
        ...(host && { host: { ...entry, value: host } }),
        ...(target && { target }),
        entry,
      });
    }
    file.services.push(service);
  }
  return file;
}

/**
 * The backend service: the first whose command runs uvicorn; else whose build context is a
 * folder named backend; else the service named `backend` or `api`.
 */
export function backendService(file: ComposeFile): ComposeService | undefined {
  return (
    file.services.find((s) => /\buvicorn\b/.test(s.command?.value ?? '')) ??
    file.services.find((s) => /(^|[\\/])backend\/?$/.test(s.build?.value ?? '')) ??
    file.services.find((s) => s.name === 'backend' || s.name === 'api')
  );
}

/** The frontend service: it sets NEXT_PUBLIC_API_URL, or is built from web-dashboard. */
export function frontendService(file: ComposeFile): ComposeService | undefined {
  return (
    file.services.find((s) => s.vars.has(API_URL_KEY)) ??
    file.services.find((s) => /(^|[\\/])web-dashboard\/?$/.test(s.build?.value ?? ''))
  );
}

/** The port the backend's command listens on in its container: `--port N`, `--bind H:N`, uvicorn's 8000. */
export function listenPort(command: string | undefined): number | undefined {
  if (!command) return undefined;
  const flag = /--port[= ](\d+)/.exec(command) ?? /--bind[= ]\S*:(\d+)/.exec(command);
  if (flag) return Number(flag[1]);
  return /\buvicorn\b/.test(command) ? 8000 : undefined;
}
