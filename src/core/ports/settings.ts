import { isIP } from 'node:net';
import { UsageError } from '../errors.js';
import { PORT_DEFAULTS, PORT_KEYS } from '../project/defaults.js';
import { printable } from '../text.js';
import type { PortRange, PortSource } from '../types.js';

/** The settings a face can pass; each face names them its own way in error messages. */
export type SettingName =
  | 'port'
  | 'defaultPort'
  | 'range'
  | 'host'
  | 'urlHost'
  | 'fallback'
  | 'ttl';

/** What a face hands the core: raw strings as typed, validated here once for every face. */
export interface SettingsInput {
  /** An explicit port from a flag or action input. */
  port?: string | number | undefined;
  /** How the face names an explicit port's origin: `flag` for the CLI, `input` for the action. */
  portFrom?: 'flag' | 'input';
  defaultPort?: string | number | undefined;
  range?: string | undefined;
  host?: string | undefined;
  urlHost?: string | undefined;
  /** `undefined`: ports from a flag, input or the environment are pinned, `backend/.env` is preferred. */
  strict?: boolean | undefined;
  fallback?: string | undefined;
  /** A host the project file names: below the flag and the environment, above the default. */
  projectHost?: { value: string; origin: string } | undefined;
  /** Where `defaultPort` comes from when not the built-in one (`backend.port in udo-port.json`). */
  defaultPortOrigin?: string | undefined;
  /** How each setting is named in messages (`--port`, `input 'port'`); defaults to the setting's name. */
  labels?: Partial<Record<SettingName, string>>;
}

/** A port someone asked for, and whether taking another one instead is allowed. */
export interface RequestedPort {
  port: number;
  source: Extract<PortSource, 'flag' | 'input' | 'env' | 'dotenv'>;
  /** Where it was written, for messages: `--port`, `API_PORT`, `backend/.env`. */
  origin: string;
  pinned: boolean;
}

export interface Settings {
  requested?: RequestedPort;
  defaultPort: number;
  range: PortRange;
  host: string;
  /** Where the host came from, for messages. */
  hostOrigin: string;
  urlHost: string;
  fallback: 'none' | 'any';
  /** Where the default port comes from, for messages; absent: the built-in default. */
  defaultOrigin?: string;
}

/** Values found in the process environment and in `backend/.env`. */
export interface EnvSources {
  env: Record<string, string | undefined>;
  dotenv: Record<string, string>;
  /** Shown as the origin of `backend/.env` values, e.g. `backend/.env`. */
  dotenvLabel: string;
}

export function parsePort(raw: string | number, label: string): number {
  const text = String(raw).trim();
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new UsageError(
      `${label}: "${printable(String(raw))}" is not a port (expected a whole number from 1 to 65535)`,
    );
  }
  return port;
}

export function parseRange(raw: string, label: string): PortRange {
  const match = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(raw);
  if (!match) {
    throw new UsageError(
      `${label}: "${printable(raw)}" is not a port range (expected FROM-TO, e.g. ${PORT_DEFAULTS.range.from}-${PORT_DEFAULTS.range.to})`,
    );
  }
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (from < 1 || to > 65535) {
    throw new UsageError(`${label}: "${raw}" is outside 1-65535`);
  }
  if (from > to) {
    throw new UsageError(
      `${label}: "${raw}" ends before it starts (expected FROM-TO with FROM <= TO)`,
    );
  }
  return { from, to };
}

function parseHost(raw: string, label: string): string {
  const host = raw.trim();
  // A hostname or an IP literal; brackets are for URLs, not for binding.
  // No control character either (a NUL): Node 24's bind refuses it with a message naming no option.
  if (host === '' || /[\s/[\]\p{Cc}]/u.test(host) || (host.includes(':') && isIP(host) !== 6)) {
    throw new UsageError(`${label}: "${printable(raw)}" is not a host name or IP address`);
  }
  return host;
}

const HOSTNAME_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/**
 * The host of the API URL: a host name of RFC 1123 labels, an IPv4 address, or an IPv6 address
 * with or without brackets (returned without). Nothing else: the URL lands in .env.local, where
 * Next.js expands `$`, and in URLs, where a zone id or a stray character has no place.
 */
function parseUrlHost(raw: string, label: string): string {
  const text = raw.trim();
  const bracketed = /^\[(.*)\]$/.exec(text)?.[1];
  const host = bracketed ?? text;
  const labels = host.split('.');
  // A name whose last label is a number is an IPv4 address to every URL parser (WHATWG reads
  // `0`, `65536`, `0x50` and `1.5` as addresses): it must then be one, dotted-quad and in range.
  const numeric = /^(\d+|0x[\da-f]*)$/i.test(labels.at(-1) ?? '');
  const hostname =
    host.length <= 253 && !numeric && labels.every((part) => HOSTNAME_LABEL.test(part));
  const ok =
    !host.includes('%') &&
    (bracketed === undefined ? isIP(host) !== 0 || hostname : isIP(host) === 6);
  if (!ok) {
    throw new UsageError(
      `${label}: "${printable(raw)}" is not a host name or IP address (expected e.g. localhost, 127.0.0.1 or [::1])`,
    );
  }
  return host;
}

function parseFallback(raw: string, label: string): 'none' | 'any' {
  const value = raw.trim();
  if (value !== 'none' && value !== 'any') {
    throw new UsageError(`${label}: "${printable(raw)}" is not a fallback (expected none or any)`);
  }
  return value;
}

const present = (value: string | number | undefined): value is string | number =>
  value !== undefined && String(value).trim() !== '';

/**
 * Settings, highest first: flag or input, process environment, `backend/.env`, default.
 * Pure: every face and the doctor resolve through here, so they always agree.
 */
export function resolveSettings(input: SettingsInput, sources: EnvSources): Settings {
  const label = (name: SettingName, fallback: string) => input.labels?.[name] ?? fallback;
  const { env, dotenv, dotenvLabel } = sources;

  let requested: RequestedPort | undefined;
  if (present(input.port)) {
    const origin = label('port', 'port');
    requested = {
      port: parsePort(input.port, origin),
      source: input.portFrom ?? 'flag',
      origin,
      pinned: input.strict !== false,
    };
  } else {
    const envKey = PORT_KEYS.find((key) => present(env[key]));
    const dotenvKey = PORT_KEYS.find((key) => present(dotenv[key]));
    if (envKey) {
      requested = {
        port: parsePort(env[envKey] as string, envKey),
        source: 'env',
        origin: envKey,
        pinned: input.strict !== false,
      };
    } else if (dotenvKey) {
      const origin = `${dotenvKey} in ${dotenvLabel}`;
      requested = {
        port: parsePort(dotenv[dotenvKey] as string, origin),
        source: 'dotenv',
        origin,
        pinned: input.strict === true,
      };
    }
  }

  const hostChoices: [string | undefined, string][] = [
    [input.host, label('host', 'host')],
    [env.API_HOST, 'API_HOST'],
    [dotenv.API_HOST, `API_HOST in ${dotenvLabel}`],
    [input.projectHost?.value, input.projectHost?.origin ?? ''],
  ];
  const [hostRaw, hostOrigin] = hostChoices.find(([value]) => present(value)) ?? [
    PORT_DEFAULTS.host,
    'default',
  ];

  const range = present(input.range)
    ? parseRange(input.range, label('range', 'range'))
    : PORT_DEFAULTS.range;
  return {
    ...(requested && { requested }),
    // A range of one's own starts the scan where it starts, not at 8001.
    defaultPort: present(input.defaultPort)
      ? parsePort(input.defaultPort, label('defaultPort', 'defaultPort'))
      : present(input.range)
        ? range.from
        : PORT_DEFAULTS.port,
    range,
    host: parseHost(hostRaw as string, hostOrigin),
    hostOrigin,
    urlHost: present(input.urlHost)
      ? parseUrlHost(input.urlHost, label('urlHost', 'urlHost'))
      : PORT_DEFAULTS.urlHost,
    fallback: present(input.fallback)
      ? parseFallback(input.fallback, label('fallback', 'fallback'))
      : 'none',
    ...(present(input.defaultPort) &&
      input.defaultPortOrigin && { defaultOrigin: input.defaultPortOrigin }),
  };
}

/** One port to try, in order, and what may happen when it is taken. */
export interface Candidate {
  port: number;
  source: PortSource;
  /** Taken means failure, not a move to the next port. */
  pinned: boolean;
}

/** The port order (docs/ARCHITECTURE.md, Allocation): the requested port, the default, then the range, each once. */
export function* candidatePorts(settings: Settings): Generator<Candidate> {
  const { requested, defaultPort, range } = settings;
  if (requested?.pinned) {
    yield { port: requested.port, source: requested.source, pinned: true };
    return;
  }
  if (requested) yield { port: requested.port, source: requested.source, pinned: false };
  if (defaultPort !== requested?.port)
    yield { port: defaultPort, source: 'default', pinned: false };
  // Lazily: an allocation usually ends at the first candidate, and ranges can be long.
  for (let port = range.from; port <= range.to; port++) {
    if (port !== defaultPort && port !== requested?.port)
      yield { port, source: 'scan', pinned: false };
  }
}
