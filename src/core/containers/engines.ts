// A port a container publishes is held by its engine (docker-proxy, dockerd, conmon, ...) or by
// NAT rules alone, never by the program in the container: so the engine itself is asked which
// container it is (`docker`/`podman` `ps` and `inspect`, a short timeout each; DOCKER_HOST and
// CONTAINER_HOST reach them through the environment), and every face names that container and
// its engine's stop command instead of a kill. The engines are asked only about a port in
// question (a refused port, an engine's process holding it, or a port that answers through NAT
// while it binds), never on the way to a free port: see docs/ARCHITECTURE.md.
import { existsSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { runTool } from '../listeners/run.js';
import { quote } from '../remedies.js';
import { printable } from '../text.js';
import type { Container, EngineCli, PublishedPort } from './container.js';
import { CLIS_OF, type EngineProcess, engineName } from './engine-processes.js';

export type { Container, EngineCli, PublishedPort };

/** What the engines said: their running containers, and one line for each that did not answer. */
export interface EngineAnswer {
  containers: Container[];
  notes: string[];
}

/** How long one engine command may take: a stopped daemon must not stall a refusal. */
export const ENGINE_TIMEOUT_MS = 3_000;

type Json = Record<string, unknown>;
const record = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? printable(value) : undefined;

/** `{"8000/tcp": [{"HostIp": "", "HostPort": "8001"}]}`, Docker's and Podman's shape. Pure. */
function publishedPorts(bindings: unknown): PublishedPort[] {
  const ports: PublishedPort[] = [];
  for (const [key, list] of Object.entries(record(bindings))) {
    const [target, protocol = 'tcp'] = key.split('/');
    if (!Array.isArray(list)) continue;
    for (const binding of list) {
      const hostPort = Number(record(binding).HostPort);
      if (!Number.isInteger(hostPort) || hostPort < 1) continue;
      ports.push({
        hostIp: String(record(binding).HostIp ?? ''),
        hostPort,
        containerPort: Number(target),
        protocol,
      });
    }
  }
  return ports;
}

/** The containers in `docker inspect`/`podman inspect` output (a JSON array). Pure. */
export function parseInspect(json: string, cli: EngineCli): Container[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map((entry): Container => {
    const item = record(entry);
    const config = record(item.Config);
    const labels = record(config.Labels);
    const network = publishedPorts(record(item.NetworkSettings).Ports);
    const ports =
      network.length > 0 ? network : publishedPorts(record(item.HostConfig).PortBindings);
    const id = String(item.Id ?? '');
    const project = text(labels['com.docker.compose.project']);
    const service = text(labels['com.docker.compose.service']);
    const workingDir = text(labels['com.docker.compose.project.working_dir']);
    const version = text(labels['com.docker.compose.version']);
    const image = text(item.ImageName) ?? text(config.Image);
    return {
      cli,
      id,
      name: (text(item.Name) ?? id.slice(0, 12)).replace(/^\//, ''),
      ...(image && { image }),
      ports,
      ...(project && {
        compose: {
          project,
          ...(service && { service }),
          ...(workingDir && { workingDir }),
          v1: version?.startsWith('1.') ?? false,
        },
      }),
    };
  });
}

/** One engine's running containers, or the line that says why it could not tell. */
/**
 * Whether a user may have rootless Podman containers at all: its storage exists. The first
 * podman command a user runs starts a pause process that outlives it (it holds the user
 * namespace), which a question about a port must not leave behind.
 */
function mayHaveRootlessPodman(): boolean {
  const data = process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return existsSync(join(data, 'containers', 'storage'));
}

async function askOne(cli: EngineCli, timeoutMs: number): Promise<EngineAnswer> {
  const rootless = process.platform === 'linux' && process.getuid?.() !== 0;
  if (cli === 'podman' && rootless && !mayHaveRootlessPodman())
    return { containers: [], notes: [] };
  const ids = await runTool([cli], ['ps', '--quiet', '--no-trunc'], timeoutMs);
  if (!ids.ok) return { containers: [], notes: [ids.problem] };
  const list = ids.stdout.split(/\s+/).filter((id) => /^[0-9a-f]{12,64}$/.test(id));
  if (list.length === 0) return { containers: [], notes: [] };
  const inspected = await runTool([cli], ['inspect', ...list], timeoutMs);
  // A container gone between the two calls fails the whole inspect, with the rest on stdout.
  const containers = parseInspect(inspected.stdout, cli);
  if (!inspected.ok && containers.length === 0) return { containers, notes: [inspected.problem] };
  return { containers, notes: [] };
}

/**
 * Asks each CLI (in parallel) for its running containers. A missing CLI or a stopped daemon
 * is a note, never a failure: the caller still has what the OS said.
 */
export async function askEngines(
  clis: readonly EngineCli[] = ['docker', 'podman'],
  timeoutMs = ENGINE_TIMEOUT_MS,
): Promise<EngineAnswer> {
  const answers = await Promise.all([...new Set(clis)].map((cli) => askOne(cli, timeoutMs)));
  return {
    containers: answers.flatMap((answer) => answer.containers),
    notes: answers.flatMap((answer) => answer.notes),
  };
}

/** The CLIs worth asking about these engine processes (both when none is known). */
export function clisFor(engines: readonly (EngineProcess | undefined)[]): EngineCli[] {
  const known = engines.filter((engine): engine is EngineProcess => engine !== undefined);
  if (known.length === 0) return ['docker', 'podman'];
  return [...new Set(known.flatMap((engine) => CLIS_OF[engine.family]))];
}

/** The containers that publish TCP `port` on the host. Pure. */
export function publishersOf(answer: EngineAnswer, port: number): Container[] {
  return answer.containers.filter((c) =>
    c.ports.some((p) => p.hostPort === port && p.protocol === 'tcp'),
  );
}

/** The command that stops it: its Compose service when Compose made it, else the container. */
export function stopCommand(c: Container): string {
  const { compose } = c;
  if (compose?.service) {
    const tool = compose.v1 && c.cli === 'docker' ? 'docker-compose' : `${c.cli} compose`;
    return `${tool} -p ${quote(compose.project, 'linux')} stop ${quote(compose.service, 'linux')}`;
  }
  return `${c.cli} stop ${quote(c.name, 'linux')}`;
}

/** `Docker container web-1 (image api:dev; Compose project shop, service api)`. Pure. */
export function describeContainer(c: Container): string {
  const about = [
    ...(c.image ? [`image ${c.image}`] : []),
    ...(c.compose
      ? [
          `Compose project ${c.compose.project}${c.compose.service ? `, service ${c.compose.service}` : ''}`,
        ]
      : []),
  ];
  const engine = c.cli === 'docker' ? 'Docker' : 'Podman';
  return `${engine} container ${c.name}${about.length > 0 ? ` (${about.join('; ')})` : ''}`;
}

/** How to find the container that publishes `port`, where the engine could not be asked. */
export function findContainerCommands(port: number, clis: readonly EngineCli[]): string[] {
  return clis.map((cli) =>
    cli === 'docker'
      ? `docker ps --filter publish=${port}`
      : // Podman 4 has no `publish` filter.
        `podman ps --format '{{.Names}} {{.Ports}}'`,
  );
}

/** What a container engine holding or routing a port means for it: one line, and the remedy. */
export interface EngineHolding {
  /** `published by Docker container web1 (...)`, `held by dockerd (PID 9), Docker's daemon: ...`. */
  line: string;
  /** The commands to paste, one a line. */
  remedy: string[];
  container?: Container;
}

/**
 * The words for a port an engine holds (`engine`: its process there), one an unnamed process
 * holds that the engines say a container publishes (`unnamed`), or one NAT routes, with the
 * container the engines named, if any. Pure.
 */
export function engineHolding(
  port: number,
  engine: (EngineProcess & { pid?: number }) | undefined,
  containers: readonly Container[],
  /** A process listens, but the OS tools did not name it (another user's, to a non-root user). */
  unnamed = false,
): EngineHolding {
  const via = engine
    ? `held by ${engine.process}${engine.pid !== undefined ? ` (PID ${engine.pid})` : ''}, ${engineName(engine.family)}'s own process`
    : unnamed
      ? 'held by a process the OS tools did not name (its engine’s)'
      : 'routed by NAT rules: no process listens on it';
  const [container] = containers;
  if (container) {
    const others = containers.slice(1).map((c) => c.name);
    return {
      line: `published by ${describeContainer(container)}${others.length > 0 ? ` (also ${others.join(', ')})` : ''}, ${via}; stop it with: ${stopCommand(container)}`,
      remedy: containers.map(stopCommand),
      container,
    };
  }
  if (engine?.family === 'wsl') {
    const find = `wsl -- ss -ltnp 'sport = :${port}'`;
    return {
      line: `forwarded to a program in WSL, ${via}; find it with: ${find}, and stop it there (or stop the Docker Desktop container: docker ps --filter publish=${port})`,
      remedy: [find],
    };
  }
  const clis = clisFor([engine]);
  const find = findContainerCommands(port, clis);
  const stop = clis.map((cli) => `${cli} stop <name>`);
  return {
    line: `published by a container, ${via}; find it with: ${find.join(' or ')}, then ${stop.join(' or ')} (or stop it with Compose in the project that owns it)${engine ? '' : `; the rule: sudo iptables -t nat -S | grep ${port}`}`,
    remedy: [...find, ...stop.slice(0, 1)],
  };
}

/** A folder as the OS resolves it, to compare with a Compose label's; as it is if it cannot. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * The one of `containers` that Compose runs for the project in `root` (its working-folder label
 * is that folder): the project's own stack, not a stranger on its port.
 */
export function ownComposeContainer(
  containers: readonly Container[],
  root: string,
): Container | undefined {
  const folder = real(root);
  return containers.find(
    (c) => c.compose?.workingDir !== undefined && real(c.compose.workingDir) === folder,
  );
}

/** `this project's own Compose stack (container web-1, service web)`. Pure. */
export function describeOwnCompose(c: Container): string {
  return `this project's own Compose stack (container ${c.name}${c.compose?.service ? `, service ${c.compose.service}` : ''})`;
}
