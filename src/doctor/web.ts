import { statSync } from 'node:fs';
import { join } from 'node:path';
import { envFileContents, parseEnv, writeEnvValue } from '../core/env-file.js';
import { describeListener } from '../core/listeners/index.js';
import { nextEnvFiles } from '../core/next-env.js';
import { urlFor } from '../core/settings.js';
import type { Listener } from '../core/types.js';
import type { Check, Fix, Outcome } from './checks.js';
import { npmRun, unsetCommand } from './commands.js';
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
        message: `${API_URL_KEY}=${shown} (${where(ctx, win)}); the backend's port is unknown (see env.port)`,
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
    const { target, fixable, current } = await plan(ctx);
    if (!fixable || target === undefined) return undefined;
    if (current.state === 'valid' && current.value.trim() === target) return undefined;
    const file = ctx.config.envLocal;
    return {
      id: 'web.api-url',
      change: `set ${API_URL_KEY}=${shownUrl(target)} in ${ctx.show(file)}`,
      touches: ['web', 'port.ipv6-shadow', 'env.syntax'],
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
// `next start`, not `next dev`'s start-server.js child (its title hides it on Linux and macOS only).
const NEXT_START = /(^|[\\/\s])next(\.cmd|\.js)?\s+start\b/;

export interface StaleFacts {
  /** The newest env file change, ms since the epoch. */
  changedAt: number;
  servers: { listener: Listener; startedAt?: number }[];
  buildAt?: number;
}

/** Which servers and builds predate the last env change. Pure. */
export function staleness(facts: StaleFacts) {
  return {
    servers: facts.servers.filter(
      (s) => s.startedAt !== undefined && s.startedAt < facts.changedAt,
    ),
    build: facts.buildAt !== undefined && facts.buildAt < facts.changedAt,
  };
}

const when = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

export const webStale: Check = {
  id: 'web.stale',
  area: 'web',
  title: 'no running Next.js server or .next build predates the env change',
  async run(ctx) {
    const [web, lookup] = await Promise.all([ctx.web(), ctx.listeners()]);
    if (!web.exists) return { status: 'skip', message: `no ${ctx.show(web.dir)} folder` };
    const newest = [...web.files].sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
    if (!newest) return { status: 'skip', message: `no env files in ${ctx.show(web.dir)}` };
    const dir = realOrSelf(web.dir);
    const { platform } = ctx.config;
    const fold = (text: string) => (platform === 'linux' ? text : text.toLowerCase());
    const byPid = new Map<number, Listener>();
    // Listeners whose command line could not be read: any of them may be next dev.
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
    const servers = await Promise.all(
      [...byPid.values()].map(async (listener) => {
        const startedAt = await ctx.startTime(listener.pid as number);
        return { listener, ...(startedAt !== undefined && { startedAt }) };
      }),
    );
    // An unread process that started after the change cannot be a stale server.
    const unknown = (
      await Promise.all(
        [...unread.values()].map(async (listener) => {
          const startedAt = await ctx.startTime(listener.pid as number);
          return startedAt !== undefined && startedAt >= newest.mtimeMs ? [] : [listener];
        }),
      )
    ).flat();
    const buildAt = statSync(join(web.dir, '.next', 'BUILD_ID'), {
      throwIfNoEntry: false,
    })?.mtimeMs;
    const stale = staleness({
      changedAt: newest.mtimeMs,
      servers,
      ...(buildAt !== undefined && { buildAt }),
    });
    const changed = `${ctx.show(newest.file)} changed at ${when(newest.mtimeMs)}`;
    const dirShown = ctx.show(web.dir);
    // What keeps the check from saying no server predates the change.
    const untimed = servers.filter((s) => s.startedAt === undefined);
    const doubts = [
      ...(lookup.problem ? [lookup.problem] : []),
      ...(unknown.length > 0
        ? [
            `the command lines of ${unknown.length} listening process${unknown.length > 1 ? 'es' : ''} could not be read: ${unknown
              .slice(0, 5)
              .map((l) => `PID ${l.pid} (port ${l.port})`)
              .join(', ')}${unknown.length > 5 ? ', ...' : ''}; any of them may be next dev`,
          ]
        : []),
      ...untimed.map(
        (s) =>
          `${describeListener(s.listener)} on port ${s.listener.port}: its start time cannot be read here`,
      ),
    ];
    if (stale.servers.length === 0 && !stale.build && doubts.length > 0) {
      return {
        status: 'skip',
        message: `cannot tell whether a running Next.js server predates the last env change (${changed}); if one started before it, restart it`,
        details: doubts,
        data: {
          servers: servers.map((s) => s.listener.pid),
          unknown: unknown.map((l) => l.pid),
          staleBuild: false,
        },
      };
    }
    if (stale.servers.length === 0 && !stale.build) {
      return {
        status: 'pass',
        message:
          servers.length > 0
            ? `the Next.js server started after the last env change`
            : `no Next.js server running${buildAt !== undefined ? ', and the .next build is newer than the env files' : ''}`,
        details: servers.map((s) => `${describeListener(s.listener)} on port ${s.listener.port}`),
      };
    }
    const serving = stale.servers.some((s) => NEXT_START.test(s.listener.command ?? ''));
    const details = [
      changed,
      ...stale.servers.map(
        (s) =>
          `${describeListener(s.listener)} (port ${s.listener.port}) started at ${when(s.startedAt as number)}`,
      ),
      ...(stale.servers.length > 0 && !serving
        ? [
            'reload the page first: next dev picks up .env changes; if it still calls the old URL, stop next dev and start it again',
          ]
        : []),
      ...(stale.build
        ? [
            `the build in ${ctx.show(join(web.dir, '.next'))} is from ${when(buildAt as number)}: NEXT_PUBLIC_ values are baked in at build time`,
          ]
        : []),
      ...doubts,
    ];
    const remedy = [
      ...(stale.servers.length > 0 && !serving ? [npmRun('dev', dirShown, platform)] : []),
      ...(stale.build || serving ? [npmRun('build', dirShown, platform)] : []),
      ...(serving ? [npmRun('start', dirShown, platform)] : []),
    ];
    return {
      status: 'warn',
      message:
        stale.servers.length > 0
          ? `a running Next.js server predates the change to its env files`
          : `the .next build predates the change to its env files`,
      details,
      remedy,
      locations: [{ file: newest.file }],
      data: { servers: stale.servers.map((s) => s.listener.pid), staleBuild: stale.build },
    };
  },
};

export const webChecks = [webApiUrl, webApiUrlSource, webStale];
