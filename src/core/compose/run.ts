// Compose itself, asked for the project it resolves: `docker compose config --format json` (v2),
// `docker-compose config` (v1, YAML), `podman compose config`; the first one installed answers.
import { execFile } from 'node:child_process';
import { parse as parseYaml } from 'yaml';
import { printable } from '../text.js';
import { readComposeProject } from './builtin.js';
import type { ComposeProject, ComposeService, PortEntry, Resolver } from './model.js';
import { parsePort } from './ports.js';
import { redact, secretValues } from './secrets.js';

/** Compose v1 is Python: about 0.4 s idle here, more on a loaded machine (UDO_PORT_COMPOSE_TIMEOUT). */
export const COMPOSE_TIMEOUT_MS = 5_000;

export interface ComposeTool {
  resolver: Exclude<Resolver, 'built-in'>;
  file: string;
  args: string[];
}

/** Asked in this order; a later one only when the earlier is not installed. */
export const COMPOSE_TOOLS: readonly ComposeTool[] = [
  { resolver: 'docker compose', file: 'docker', args: ['compose', 'config', '--format', 'json'] },
  { resolver: 'docker-compose', file: 'docker-compose', args: ['config'] },
  { resolver: 'podman compose', file: 'podman', args: ['compose', 'config'] },
];

/** What a CLI without the compose command says (docker, podman before 4.7 or without a provider). */
const ABSENT =
  /unknown (command|flag)|is not a docker command|unrecognized command|compose provider|no such command/i;

type Answer =
  | { state: 'absent' }
  | { state: 'answered'; stdout: string }
  | { state: 'refused'; message: string }
  | { state: 'failed'; why: string };

/** One Compose asked; `stop` ends it when an earlier one in the order has answered. */
function ask(
  tool: ComposeTool,
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): { answer: Promise<Answer>; stop: () => void } {
  let stop = () => {};
  const answer = new Promise<Answer>((done) => {
    const child = execFile(
      tool.file,
      tool.args,
      {
        cwd,
        env,
        timeout: timeoutMs,
        windowsHide: true,
        maxBuffer: 16 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (!error) return done({ state: 'answered', stdout });
        const err = error as NodeJS.ErrnoException & { killed?: boolean };
        if (err.code === 'ENOENT') return done({ state: 'absent' });
        if (err.killed)
          return done({
            state: 'failed',
            why: `\`${tool.resolver} config\` timed out after ${timeoutMs / 1000} s (UDO_PORT_COMPOSE_TIMEOUT)`,
          });
        if (typeof err.code !== 'number')
          return done({
            state: 'failed',
            why: `\`${tool.resolver}\` could not be run (${err.code ?? err.message})`,
          });
        if (ABSENT.test(stderr)) return done({ state: 'absent' });
        done({ state: 'refused', message: stderr });
      },
    );
    stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    };
  });
  return { answer, stop };
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');

/** Compose's error, one clean line at most four: no control character, no usage text. */
export function cleanMessage(stderr: string, secrets: readonly string[]): string {
  const lines = stderr
    .split(/\r?\n/)
    // Colour codes go whole (ESC [ ... letter); any other control becomes a visible escape.
    .map((l) => redact(printable(l.replace(ANSI, '').trim()), secrets))
    .filter(Boolean);
  return lines.slice(0, 4).join(' ') || 'it refused the files (no message)';
}

const text = (value: unknown) =>
  value === undefined || value === null ? undefined : String(value);
const words = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];

/** The services of `config`'s output (v2's JSON or v1's YAML: JSON is YAML). */
export function servicesOfConfig(output: string): ComposeService[] {
  const model = parseYaml(output) as { services?: Record<string, Record<string, unknown>> } | null;
  return Object.entries(model?.services ?? {}).map(([name, body]) => {
    const environment = new Map<string, string | null>();
    const build = body.build as Record<string, unknown> | string | undefined;
    const args = typeof build === 'object' && build ? build.args : undefined;
    for (const source of [args, body.environment]) {
      if (Array.isArray(source)) {
        for (const item of source.map(String)) {
          const eq = item.indexOf('=');
          environment.set(eq > 0 ? item.slice(0, eq) : item, eq > 0 ? item.slice(eq + 1) : null);
        }
      } else if (source && typeof source === 'object') {
        for (const [key, value] of Object.entries(source))
          environment.set(key, text(value) ?? null);
      }
    }
    const command = [...words(body.entrypoint), ...words(body.command)].join(' ');
    const context = typeof build === 'object' && build ? text(build.context) : text(build);
    return {
      name,
      profiles: words(body.profiles),
      ports: (Array.isArray(body.ports) ? body.ports : []).flatMap(parsePort),
      environment,
      environmentAt: new Map(),
      ...(command && { command }),
      ...(context !== undefined && { build: context }),
    };
  });
}

/** Compose's services, with the places the built-in reader found for them. */
function located(services: ComposeService[], builtin: ComposeProject): ComposeService[] {
  return services.map((service) => {
    const own = builtin.services.find((s) => s.name === service.name);
    if (!own) return service;
    const ports = service.ports.map((p): PortEntry => {
      const match =
        own.ports.find(
          (q) =>
            q.target === p.target &&
            q.protocol === p.protocol &&
            q.published === p.published &&
            q.hostIp === p.hostIp,
        ) ?? own.ports.find((q) => q.target === p.target && q.protocol === p.protocol);
      return {
        ...p,
        ...(match?.at && { at: match.at }),
        ...(match?.publishedAt && { publishedAt: match.publishedAt }),
      };
    });
    return {
      ...service,
      ports,
      environmentAt: own.environmentAt,
      ...(own.at && { at: own.at }),
      ...(own.commandAt && { commandAt: own.commandAt }),
    };
  });
}

/**
 * The project in `root` as Compose resolves it: the first Compose installed answers; without one
 * (or when it cannot answer), the built-in reader, which says what it could not resolve.
 * Undefined when there is no compose file. `shell` is the environment Compose would run in.
 */
export async function resolveCompose(
  root: string,
  shell: Record<string, string | undefined>,
  tools: readonly ComposeTool[] = COMPOSE_TOOLS,
  timeoutMs = COMPOSE_TIMEOUT_MS,
): Promise<ComposeProject | undefined> {
  const builtin = readComposeProject(root, shell);
  if (!builtin) return undefined;
  const notes: string[] = [];
  if (builtin.blocked.length > 0) {
    return {
      ...builtin,
      notes: [`Compose was not asked: it would block on ${builtin.blocked.join(', ')}`],
    };
  }
  // All at once, the answer taken in order: a missing `docker compose` costs the docker CLI's
  // start, which v1's Python start would otherwise wait for. Once one answers (or refuses), the
  // later ones end; one that fails (a timeout) leaves the next its chance.
  const asked = tools.map((tool) => ({
    tool,
    ...ask(tool, root, shell as NodeJS.ProcessEnv, timeoutMs),
  }));
  const settle = (from: number) => {
    for (const later of asked.slice(from)) later.stop();
  };
  for (const [index, { tool, answer: pending }] of asked.entries()) {
    const answer = await pending;
    if (answer.state === 'absent') continue;
    if (answer.state === 'failed') {
      notes.push(answer.why);
      continue;
    }
    settle(index + 1);
    const base = { ...builtin, resolver: tool.resolver, unresolved: [], notes };
    if (answer.state === 'refused') {
      // Where the built-in reader saw the same refusal, its line goes with Compose's words.
      const at = builtin.refused?.at;
      return {
        ...base,
        refused: { message: cleanMessage(answer.message, builtin.secrets), ...(at && { at }) },
      };
    }
    let services: ComposeService[];
    try {
      services = servicesOfConfig(answer.stdout);
    } catch (error) {
      notes.push(
        `\`${tool.resolver} config\` printed what is not YAML or JSON (${(error as Error).message.split('\n')[0]})`,
      );
      return { ...builtin, notes };
    }
    const extra = services.flatMap((s) => [...s.environment]);
    const secrets = [
      ...new Set([
        ...builtin.secrets,
        ...secretValues({ dotenv: {}, shell: {}, referenced: [], envFileValues: [], extra }),
      ]),
    ].sort((a, b) => b.length - a.length);
    const { refused: _builtinRefusal, ...rest } = base;
    return { ...rest, services: located(services, builtin), secrets };
  }
  return { ...builtin, notes };
}
