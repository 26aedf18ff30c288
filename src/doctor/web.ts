import { statSync } from 'node:fs';
import { join } from 'node:path';
import { endCommand, quote } from '../core/commands.js';
import { envFileContents, parseEnv, writeEnvValue } from '../core/env-file.js';
import { nextEnvFiles } from '../core/next-env.js';
import { urlFor } from '../core/settings.js';
import type { Listener } from '../core/types.js';
import type { Check, Fix, Outcome } from './checks.js';
import { unsetCommand } from './commands.js';
import { type Context, lastLine, realOrSelf, type WebFacts } from './context.js';
import { urlPort } from './ports.js';

export const API_URL_KEY = 'NEXT_PUBLIC_API_URL';

/** A URL fit to print: credentials, if any, masked. */
export function shownUrl(value: string): string {
  return value.replace(/^([a-z][\w+.-]*:\/\/)[^@/?#]*@/i, '$1***@');
}

/** The URL with only its port replaced, every other byte kept; undefined when it has no http(s) authority. */
export function withPort(value: string, port: number): string | undefined {
  const match = /^(https?:\/\/(?:[^@/?#]*@)?(?:\[[^\]]*\]|[^:/?#[\]]+))(?::\d*)?/i.exec(value);
  return match ? `${match[1]}:${port}${value.slice(match[0].length)}` : undefined;
}

export type ApiUrl =
  | { state: 'unset' }
  | { state: 'invalid'; value: string }
  | { state: 'valid'; value: string; url: URL; port: number };

/** What NEXT_PUBLIC_API_URL holds. Pure. */
export function parseApiUrl(value: string | undefined): ApiUrl {
  if (value === undefined || value.trim() === '') return { state: 'unset' };
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { state: 'invalid', value };
    return { state: 'valid', value, url, port: urlPort(url) };
  } catch {
    return { state: 'invalid', value };
  }
}

interface Winner {
  value?: string;
  /** `process`, or the file that wins. */
  source?: string;
  file?: string;
  line?: number;
}

/** Where the effective NEXT_PUBLIC_API_URL comes from, in Next.js's order. */
function winner(web: WebFacts, env: Record<string, string | undefined>): Winner {
  const value = web.next.env[API_URL_KEY];
  if (env[API_URL_KEY] !== undefined) return { value: value ?? '', source: 'process' };
  const source = web.next.sources[API_URL_KEY];
  const found = web.files.find((f) => f.path === source);
  if (!found) return {};
  const line = lastLine(found.contents, API_URL_KEY);
  return { value: value ?? '', source, file: found.file, ...(line !== undefined && { line }) };
}

/** Files that outrank the frontend env file: a value there wins over one written to it. */
function outranksLocal(source: string | undefined): boolean {
  if (source === 'process') return true;
  const order = nextEnvFiles('development');
  return source !== undefined && order.indexOf(source) < order.indexOf('.env.local');
}

/** The URL --fix writes: the current one with the right port, else one made from the settings. */
export function targetUrl(
  current: ApiUrl,
  port: number,
  urlHost: { flag?: string | undefined; setting: string },
): string {
  if (!urlHost.flag && current.state === 'valid') {
    const kept = withPort(current.value.trim(), port);
    if (kept) return kept;
  }
  return urlFor(urlHost.flag ?? urlHost.setting, port);
}

async function plan(ctx: Context) {
  const [web, backend, facts] = await Promise.all([ctx.web(), ctx.backend(), ctx.settings()]);
  const win = winner(web, ctx.config.env);
  const current = parseApiUrl(win.value);
  const target =
    backend.port === undefined
      ? undefined
      : targetUrl(current, backend.port, {
          flag: ctx.config.settingsInput.urlHost,
          setting: facts.settings?.urlHost ?? 'localhost',
        });
  // With a file left unread, which value wins is unknown, and .env.local may be the FIFO itself.
  const fixable = web.exists && web.unread.length === 0 && !outranksLocal(win.source);
  return { web, backend, win, current, target, fixable };
}

function where(ctx: Context, win: Winner): string {
  if (win.source === 'process') return 'from the shell';
  return win.file ? `${ctx.show(win.file)}${win.line ? `:${win.line}` : ''}` : 'nowhere';
}

export const webApiUrl: Check = {
  id: 'web.api-url',
  area: 'web',
  title: "NEXT_PUBLIC_API_URL is set, valid, and on the backend's port",
  async run(ctx): Promise<Outcome> {
    const { web, backend, win, current, target, fixable } = await plan(ctx);
    if (!web.exists) {
      return {
        status: 'warn',
        message: `no ${ctx.show(web.dir)} folder: the frontend's URL cannot be checked`,
        details: ["--env-local names the frontend's env file when it lives elsewhere"],
      };
    }
    // A FIFO or device among the env files: read, it would hang the check (and next dev).
    const [unread, ...more] = web.unread;
    if (unread) {
      const others =
        more.length > 0 ? ` (and ${more.length} more file${more.length > 1 ? 's' : ''})` : '';
      return {
        status: 'error',
        message: `${ctx.show(unread.file)} ${unread.problem}${others}: ${API_URL_KEY} cannot be checked`,
        details: [
          ...more.map((f) => `${ctx.show(f.file)} ${f.problem}`),
          'udo-port reads and writes only regular env files, never a FIFO, device or socket',
        ],
        locations: web.unread.map((f) => ({
          file: f.file,
          message: `${ctx.show(f.file)} ${f.problem}`,
        })),
      };
    }
    const local = ctx.show(ctx.config.envLocal);
    const locations = win.file
      ? [{ file: win.file, ...(win.line !== undefined && { line: win.line }) }]
      : [{ file: ctx.config.envLocal }];
    const remedy = (): string[] => {
      if (fixable) return [`${ctx.config.doctorCommand} --fix`];
      if (win.source === 'process') return [unsetCommand(API_URL_KEY, ctx.config.platform)];
      return [
        `edit ${where(ctx, win)}: set ${API_URL_KEY}=${target ? shownUrl(target) : '<the backend URL>'}`,
      ];
    };
    const manual =
      target && fixable ? [`--fix sets ${API_URL_KEY}=${shownUrl(target)} in ${local}`] : [];
    if (current.state === 'unset') {
      return {
        status: 'error',
        message: `${API_URL_KEY} is not set in the shell or in any env file of ${ctx.show(web.dir)}`,
        details: [`Next.js looks in: the shell, ${nextEnvFiles().join(', ')}`, ...manual],
        remedy: remedy(),
        fixable: fixable && target !== undefined,
        locations,
      };
    }
    const shown = shownUrl(current.value);
    if (current.state === 'invalid') {
      return {
        status: 'error',
        message: `${API_URL_KEY}=${shown} (${where(ctx, win)}) is not an http(s) URL`,
        details: manual,
        remedy: remedy(),
        fixable: fixable && target !== undefined,
        locations,
      };
    }
    const data = {
      value: shown,
      source: win.source,
      port: current.port,
      backendPort: backend.port,
    };
    if (backend.port === undefined) {
      return {
        status: 'skip',
        message: `${API_URL_KEY}=${shown} (${where(ctx, win)}); the backend's port is not known yet: ${backend.why}`,
        data,
      };
    }
    if (current.port !== backend.port) {
      return {
        status: 'error',
        message: `${API_URL_KEY}=${shown} (${where(ctx, win)}) points at port ${current.port}, but the backend's port is ${backend.port} (${backend.why})`,
        details: [
          ...manual,
          ...(fixable
            ? []
            : [`a value ${where(ctx, win)} wins over ${local} (see web.api-url-source)`]),
        ],
        remedy: remedy(),
        fixable,
        locations,
        data,
      };
    }
    return {
      status: 'pass',
      message: `${API_URL_KEY}=${shown} (${where(ctx, win)}) is on the backend's port ${backend.port} (${backend.why})`,
      data,
    };
  },
  async fix(ctx): Promise<Fix | undefined> {
    const { web, target, fixable, current } = await plan(ctx);
    if (!fixable || target === undefined) return undefined;
    if (current.state === 'valid' && current.value.trim() === target) return undefined;
    const file = ctx.config.envLocal;
    // The line as --fix would leave it, where it would put it: the user's edit by hand.
    const text = web.files.find((f) => f.file === file)?.contents;
    const at = text === undefined ? undefined : lastLine(text, API_URL_KEY);
    const line = `${API_URL_KEY}=${shownUrl(target)}`;
    return {
      id: 'web.api-url',
      change: `set ${line} in ${ctx.show(file)}`,
      touches: ['web', 'port.ipv6-shadow', 'env.syntax'],
      file,
      manual: [
        at === undefined
          ? `add this line to ${ctx.show(file)}: ${line}`
          : `edit ${ctx.show(file)}, line ${at}, to read: ${line}`,
      ],
      async apply() {
        const done = await writeEnvValue(file, API_URL_KEY, target, '--env-local');
        const written = envFileContents(file);
        const line = written.state === 'read' ? lastLine(written.text, API_URL_KEY) : undefined;
        return done === 'unchanged'
          ? `${ctx.show(file)} already has ${API_URL_KEY}=${shownUrl(target)}`
          : `${done === 'created' ? 'created' : 'updated'} ${ctx.show(file)}${line ? `:${line}` : ''}: ${API_URL_KEY}=${shownUrl(target)}`;
      },
    };
  },
};

export const webApiUrlSource: Check = {
  id: 'web.api-url-source',
  area: 'web',
  title: 'the winning NEXT_PUBLIC_API_URL is the one in .env.local',
  async run(ctx) {
    const web = await ctx.web();
    if (!web.exists) return { status: 'skip', message: `no ${ctx.show(web.dir)} folder` };
    const win = winner(web, ctx.config.env);
    const local = ctx.show(ctx.config.envLocal);
    // The best value among the files, as Next.js would take it without the shell.
    const inFiles = web.files
      .map((f) => ({ f, value: parseEnv(f.contents)[API_URL_KEY] }))
      .find((x) => x.value !== undefined);
    if (win.source === undefined) {
      return { status: 'skip', message: `${API_URL_KEY} is not set anywhere (see web.api-url)` };
    }
    if (win.source === 'process') {
      const shell = shownUrl(win.value ?? '');
      if (inFiles && inFiles.value === win.value) {
        return {
          status: 'pass',
          message: `the shell's ${API_URL_KEY}=${shell} wins, and equals ${ctx.show(inFiles.f.file)}'s`,
          data: { source: 'process' },
        };
      }
      return {
        status: 'warn',
        message: inFiles
          ? `the shell's ${API_URL_KEY}=${shell} wins over ${ctx.show(inFiles.f.file)}'s ${shownUrl(inFiles.value as string)}: editing ${local} will not help`
          : `${API_URL_KEY}=${shell} comes from the shell: editing ${local} will not help`,
        details: [
          'Next.js never replaces a variable the shell has set; unset it, then restart next dev from that shell',
        ],
        remedy: [unsetCommand(API_URL_KEY, ctx.config.platform)],
        data: { source: 'process' },
      };
    }
    const file = win.file as string;
    const at = { file, ...(win.line !== undefined && { line: win.line }) };
    if (outranksLocal(win.source)) {
      return {
        status: 'warn',
        message: `${API_URL_KEY} comes from ${where(ctx, win)}, which wins over ${local}: editing ${local} will not help`,
        details: [`Next.js reads, first wins: the shell, ${nextEnvFiles().join(', ')}`],
        remedy: [`edit ${where(ctx, win)}: remove the ${API_URL_KEY} line, or set the URL there`],
        locations: [at],
        data: { source: win.source },
      };
    }
    return {
      status: 'pass',
      message: `${API_URL_KEY} comes from ${where(ctx, win)}`,
      data: { source: win.source },
    };
  },
};

const NEXT_SERVER =
  /(^|[\\/\s])next(\.cmd|\.js)?\s+(dev|start)\b|next-server|next[\\/]dist[\\/](bin|server)/;
// `next dev`, or its server child as Windows shows it (Linux and macOS show its title instead).
const NEXT_DEV = /(^|[\\/\s])next(\.cmd|\.js)?\s+dev\b|start-server\.js/;
const NEXT_START = /(^|[\\/\s])next(\.cmd|\.js)?\s+start\b/;

/** `next dev` reloads env files by itself; `next start` serves a build, values baked in. */
export type NextKind = 'dev' | 'start' | 'unknown';

/**
 * Which server a Next.js listener is, from its command line and its parent's. Both servers are
 * titled `next-server` on Linux and macOS, so the title alone says nothing: `next dev` runs its
 * server as a child of `next dev`, while `next start` (or a standalone server.js) is the server
 * itself. Pure.
 */
export function nextKind(command: string, parentCommand: string | undefined): NextKind {
  if (NEXT_DEV.test(command)) return 'dev';
  if (NEXT_START.test(command)) return 'start';
  if (parentCommand === undefined) return 'unknown';
  return NEXT_DEV.test(parentCommand) ? 'dev' : 'start';
}

export interface NextServer {
  listener: Listener;
  kind: NextKind;
  startedAt?: number;
}

export interface StaleFacts {
  /** The newest change to the env files `next dev` reads, ms since the epoch. */
  devChangedAt?: number;
  /** The newest change to the env files `next build` and `next start` read. */
  prodChangedAt?: number;
  servers: NextServer[];
  buildAt?: number;
}

/** What predates the last env change, by kind of server. Pure. */
export function staleness(facts: StaleFacts) {
  const before = (at: number | undefined, changed: number | undefined) =>
    at !== undefined && changed !== undefined && at < changed;
  const build = before(facts.buildAt, facts.prodChangedAt);
  return {
    /** `next start` servers that read their env, or were built, before the change. */
    serving: facts.servers.filter(
      (s) => s.kind === 'start' && (build || before(s.startedAt, facts.prodChangedAt)),
    ),
    /** `next dev` servers that started before the change: they have reloaded it themselves. */
    reloaded: facts.servers.filter(
      (s) => s.kind === 'dev' && before(s.startedAt, facts.devChangedAt),
    ),
    /** Servers of unknown kind that started before the change. */
    unknown: facts.servers.filter(
      (s) => s.kind === 'unknown' && before(s.startedAt, facts.devChangedAt),
    ),
    build,
  };
}

const when = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

const newest = <T extends { mtimeMs: number }>(files: readonly T[]): T | undefined =>
  [...files].sort((a, b) => b.mtimeMs - a.mtimeMs)[0];

/** Rebuilds and starts the frontend, from the user's shell: `cd web-dashboard && npm run build && npm run start`. */
export function rebuildCommand(
  dirShown: string,
  port: number | undefined,
  platform: NodeJS.Platform,
) {
  // next start's own default; any other port is asked for again.
  const start =
    port === undefined || port === 3000 ? 'npm run start' : `npm run start -- -p ${port}`;
  const steps = `npm run build && ${start}`;
  return dirShown === '.' ? steps : `cd ${quote(dirShown, platform)} && ${steps}`;
}

/** `next start: PID 5 on port 3000, started 2025-...`. */
const serverLine = (s: NextServer) =>
  `${s.kind === 'unknown' ? 'a Next.js server' : `next ${s.kind}`}: PID ${s.listener.pid} on port ${s.listener.port}${s.startedAt !== undefined ? `, started ${when(s.startedAt)}` : ''}`;

export const webStale: Check = {
  id: 'web.stale',
  area: 'web',
  title: 'no next start server or .next build predates the env change',
  async run(ctx) {
    const [web, lookup] = await Promise.all([ctx.web(), ctx.listeners()]);
    if (!web.exists) return { status: 'skip', message: `no ${ctx.show(web.dir)} folder` };
    const devFile = newest(web.files);
    const prodFile = newest(web.production);
    if (!devFile && !prodFile) {
      return { status: 'skip', message: `no env files in ${ctx.show(web.dir)}` };
    }
    const dir = realOrSelf(web.dir);
    const { platform } = ctx.config;
    const fold = (text: string) => (platform === 'linux' ? text : text.toLowerCase());
    const byPid = new Map<number, Listener>();
    // Listeners whose command line could not be read: any of them may be a Next.js server.
    const unread = new Map<number, Listener>();
    for (const l of lookup.listeners) {
      if (l.pid === undefined || byPid.has(l.pid)) continue;
      if (l.command === undefined) {
        if (!unread.has(l.pid)) unread.set(l.pid, l);
        continue;
      }
      if (!NEXT_SERVER.test(l.command)) continue;
      // Only this frontend's servers: by their folder on Linux, by a path in the command elsewhere.
      const cwd = ctx.cwdOf(l.pid);
      const mine = cwd !== undefined ? cwd === dir : fold(l.command).includes(fold(web.dir));
      if (mine) byPid.set(l.pid, l);
    }
    const servers: NextServer[] = await Promise.all(
      [...byPid.values()].map(async (listener) => {
        const pid = listener.pid as number;
        const [startedAt, parent] = await Promise.all([ctx.startTime(pid), ctx.parentCommand(pid)]);
        const kind = nextKind(listener.command ?? '', parent);
        return { listener, kind, ...(startedAt !== undefined && { startedAt }) };
      }),
    );
    const changedAt = Math.max(devFile?.mtimeMs ?? 0, prodFile?.mtimeMs ?? 0);
    // An unread process that started after the change cannot be a stale server.
    const unknown = (
      await Promise.all(
        [...unread.values()].map(async (listener) => {
          const startedAt = await ctx.startTime(listener.pid as number);
          return startedAt !== undefined && startedAt >= changedAt ? [] : [listener];
        }),
      )
    ).flat();
    const buildAt = statSync(join(web.dir, '.next', 'BUILD_ID'), {
      throwIfNoEntry: false,
    })?.mtimeMs;
    const stale = staleness({
      ...(devFile && { devChangedAt: devFile.mtimeMs }),
      ...(prodFile && { prodChangedAt: prodFile.mtimeMs }),
      servers,
      ...(buildAt !== undefined && { buildAt }),
    });
    const dirShown = ctx.show(web.dir);
    const nextFolder = ctx.show(join(web.dir, '.next'));
    const dev = servers.filter((s) => s.kind === 'dev');
    const data = {
      servers: servers.map((s) => ({ pid: s.listener.pid, port: s.listener.port, kind: s.kind })),
      stale: [...stale.serving, ...stale.unknown].map((s) => s.listener.pid),
      staleBuild: stale.build,
    };

    // next start, or a build that npm run start would serve: NEXT_PUBLIC_ values are baked in
    // at build time, so only a new build shows the change.
    if (stale.serving.length > 0 || (stale.build && dev.length === 0)) {
      const changed = prodFile as (typeof web.production)[number];
      const port = stale.serving[0]?.listener.port;
      return {
        status: 'error',
        message:
          stale.serving.length > 0
            ? `next start serves a build made before ${ctx.show(changed.file)} changed: the browser still gets the old NEXT_PUBLIC_ values`
            : `the .next build predates the change to ${ctx.show(changed.file)}: npm run start would serve the old NEXT_PUBLIC_ values`,
        details: [
          `${ctx.show(changed.file)} changed at ${when(changed.mtimeMs)}`,
          ...stale.serving.map(serverLine),
          ...(buildAt !== undefined ? [`the build in ${nextFolder} is from ${when(buildAt)}`] : []),
          'NEXT_PUBLIC_ values are baked in when next build runs: rebuild, then restart next start',
          ...(stale.serving.length > 0
            ? ['stop the old server first (Ctrl+C in its terminal, or the command below)']
            : []),
        ],
        remedy: [
          ...stale.serving.map((s) => endCommand(s.listener.pid as number, platform)),
          rebuildCommand(dirShown, port, platform),
        ],
        locations: [{ file: changed.file }],
        data,
      };
    }

    const untimed = servers.filter((s) => s.kind !== 'dev' && s.startedAt === undefined);
    const doubts = [
      ...(lookup.problem ? [lookup.problem] : []),
      ...(unknown.length > 0
        ? [
            `the command lines of ${unknown.length} listening process${unknown.length > 1 ? 'es' : ''} could not be read: ${unknown
              .slice(0, 5)
              .map((l) => `PID ${l.pid} (port ${l.port})`)
              .join(', ')}${unknown.length > 5 ? ', ...' : ''}; any of them may be next start`,
          ]
        : []),
      ...untimed.map((s) => `${serverLine(s)}: its start time cannot be read here`),
    ];
    const devChanged = devFile
      ? `${ctx.show(devFile.file)} changed at ${when(devFile.mtimeMs)}`
      : '';
    if (stale.unknown.length > 0) {
      return {
        status: 'warn',
        message: `a running Next.js server predates the change to its env files, and whether it is next dev or next start cannot be told`,
        details: [
          devChanged,
          ...stale.unknown.map(serverLine),
          'next dev reloads env files by itself: reload the page',
          `next start serves a build: rebuild and restart it (${rebuildCommand(dirShown, stale.unknown[0]?.listener.port, platform)})`,
          ...doubts,
        ],
        locations: devFile ? [{ file: devFile.file }] : [],
        data,
      };
    }
    if (doubts.length > 0) {
      return {
        status: 'skip',
        message: `cannot tell whether a next start server predates the last env change; if one started before it, rebuild and restart it`,
        details: doubts,
        data: { ...data, unknown: unknown.map((l) => l.pid) },
      };
    }
    const notes = [
      ...dev.map(serverLine),
      ...(stale.build
        ? [
            `the build in ${nextFolder} is from ${when(buildAt as number)}, before ${ctx.show((prodFile as { file: string }).file)} changed: run npm run build before npm run start`,
          ]
        : []),
    ];
    if (stale.reloaded.length > 0) {
      return {
        status: 'pass',
        message: `next dev reloads the env files itself (it logs "Reload env: ${(devFile as { path: string }).path}"): reload the page to see the change`,
        details: [devChanged, ...notes],
        data,
      };
    }
    return {
      status: 'pass',
      message:
        servers.length > 0
          ? dev.length === servers.length
            ? 'next dev is running and reloads the env files itself'
            : 'the Next.js server started after the last env change'
          : `no Next.js server running${buildAt !== undefined ? ', and the .next build is newer than the env files' : ''}`,
      details: notes,
      data,
    };
  },
};

export const webChecks = [webApiUrl, webApiUrlSource, webStale];
