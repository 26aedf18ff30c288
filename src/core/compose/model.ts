// The project as Compose resolves it: services with their ports, command and environment, and
// where each is written (for the findings and fixes). Which service is the backend, which the
// frontend, and the port the backend's command listens on. Pure.
import { API_URL_KEY } from '../project/defaults.js';
import type { Binding } from './ports.js';

/** Where a value is written: the file, its line, and the text before interpolation. */
export interface Place {
  file: string;
  line: number;
  raw: string;
}

export interface PortEntry extends Binding {
  /** The entry as written; `publishedAt` is its published part (`${API_PORT:-8001}`). */
  at?: Place;
  publishedAt?: Place;
}

export interface ComposeService {
  name: string;
  profiles: string[];
  /** entrypoint and command, as one line. */
  command?: string;
  commandAt?: Place;
  /** build's context. */
  build?: string;
  ports: PortEntry[];
  /** environment, env_file and build args by key; null is a pass-through Compose found unset. */
  environment: Map<string, string | null>;
  environmentAt: Map<string, Place>;
  at?: Place;
}

/** Who answered: Compose itself, or the reader of udo-port's own. */
export type Resolver = 'docker compose' | 'docker-compose' | 'podman compose' | 'built-in';

export interface ComposeProject {
  resolver: Resolver;
  /** The compose files, in Compose's order (COMPOSE_FILE, or a file and its override). */
  files: string[];
  projectDir: string;
  /** The .env Compose reads `${VAR}` from, where it is or would be. */
  envFile: string;
  /** Every service, whatever its profiles. */
  services: ComposeService[];
  /** COMPOSE_PROFILES, from the shell or the .env. */
  profiles: string[];
  /** Compose refuses the files: its message (no secret, no control character), and the line. */
  refused?: { message: string; at?: Place };
  /** What the built-in reader could not resolve: no verdict leans on it. */
  unresolved: string[];
  /** Files where Compose reads one that are no regular file (a FIFO, a device) or too big. */
  blocked: string[];
  /** Why Compose itself did not answer, when it was tried. */
  notes: string[];
  /** The shell over the .env: what `${VAR}` takes. */
  vars: Record<string, string | undefined>;
  /** What `vars` become once the .env sets these keys (a .env value may refer to another). */
  varsWith: (set: Record<string, string>) => Record<string, string | undefined>;
  /** Values never to print: what `${VAR}` and env files bring in, other than ports and hosts. */
  secrets: string[];
}

/** The services Compose would start: no profile, or one of the active ones. */
export const activeServices = (p: Pick<ComposeProject, 'services' | 'profiles'>) =>
  p.services.filter(
    (s) =>
      s.profiles.length === 0 ||
      p.profiles.includes('*') ||
      s.profiles.some((name) => p.profiles.includes(name)),
  );

/** Compose's answer lists services by name, a file in its own order: the choice must not depend on it. */
const byName = (services: ComposeService[]) =>
  [...services].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/**
 * The backend service: the one named backend or api whose command runs uvicorn, else the first
 * (by name) whose command runs uvicorn; else whose build context is a
 * folder named backend; else the service named `backend` or `api`.
 */
export function backendService(all: ComposeService[]): ComposeService | undefined {
  const services = byName(all);
  return (
    services.find((s) => /\buvicorn\b/.test(s.command ?? '') && /^(backend|api)$/.test(s.name)) ??
    services.find((s) => /\buvicorn\b/.test(s.command ?? '')) ??
    services.find((s) => /(^|[\\/])backend\/?$/.test(s.build ?? '')) ??
    services.find((s) => s.name === 'backend' || s.name === 'api')
  );
}

/** The frontend service: it sets NEXT_PUBLIC_API_URL, or is built from web-dashboard. */
export function frontendService(all: ComposeService[]): ComposeService | undefined {
  const services = byName(all);
  return (
    services.find((s) => typeof s.environment.get(API_URL_KEY) === 'string') ??
    services.find((s) => /(^|[\\/])web-dashboard\/?$/.test(s.build ?? ''))
  );
}

/** The port the backend's command listens on in its container: `--port N`, `--bind H:N`, uvicorn's 8000. */
export function listenPort(command: string | undefined): number | undefined {
  if (!command) return undefined;
  const flag = /--port[= ](\d+)/.exec(command) ?? /--bind[= ]\S*:(\d+)/.exec(command);
  if (flag) return Number(flag[1]);
  return /\buvicorn\b/.test(command) ? 8000 : undefined;
}

/**
 * The backend's entries: TCP, published (to a host port or range), to the port its command listens on;
 * when that port is unknown, every published TCP entry. Empty when none fits.
 */
export function backendEntries(service: ComposeService): PortEntry[] {
  const tcp = service.ports.filter((p) => p.protocol === 'tcp' && p.published !== undefined);
  const listens = listenPort(service.command);
  return listens === undefined ? tcp : tcp.filter((p) => p.target === listens);
}
