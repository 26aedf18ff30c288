import { statSync } from 'node:fs';
import { join } from 'node:path';
import { PORT_DEFAULTS } from '../../core/project/defaults.js';
import { endCommand, quote } from '../../core/remedies.js';
import type { ListenerLookup } from '../../core/types.js';
import { defineCheck, type Outcome } from '../checks.js';
import { type NextServer, type NextServers, nextServers } from '../facts/next-servers.js';
import type { WebFacts } from '../facts/web.js';

export interface StaleFacts {
  /** The newest change to the env files `next dev` reads, ms since the epoch. */
  devChangedAt?: number;
  /** The newest change to the env files `next build` and `next start` read. */
  prodChangedAt?: number;
  servers: NextServer[];
  buildAt?: number;
}

const START_SLACK_MS = 1000;

/** What predates the last env change, by kind of server. Pure. */
export function staleness(facts: StaleFacts) {
  const before = (at: number | undefined, changed: number | undefined, slack = 0) =>
    at !== undefined && changed !== undefined && at + slack < changed;
  const build = before(facts.buildAt, facts.prodChangedAt);
  // A start time read from /proc counts from a boot time kept in whole seconds, so it may be up
  // to a second early: only a start more than that before the change predates it.
  const started = (at: number | undefined, changed: number | undefined) =>
    before(at, changed, START_SLACK_MS);
  return {
    /** `next start` servers that read their env, or were built, before the change. */
    serving: facts.servers.filter(
      (s) => s.kind === 'start' && (build || started(s.startedAt, facts.prodChangedAt)),
    ),
    /** `next dev` servers that started before the change: they have reloaded it themselves. */
    reloaded: facts.servers.filter(
      (s) => s.kind === 'dev' && started(s.startedAt, facts.devChangedAt),
    ),
    /** Servers of unknown kind that started before the change. */
    unknown: facts.servers.filter(
      (s) => s.kind === 'unknown' && started(s.startedAt, facts.devChangedAt),
    ),
    build,
  };
}

const when = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

const newest = <T extends { mtimeMs: number }>(files: readonly T[]): T | undefined =>
  [...files].sort((a, b) => b.mtimeMs - a.mtimeMs)[0];

/**
 * Rebuilds and starts the frontend, from the user's shell, one command a line (no &&, which
 * Windows PowerShell 5.1 lacks): `cd web-dashboard`, `npm run build`, `npm run start`.
 */
export function rebuildCommand(
  dirShown: string,
  port: number | undefined,
  platform: NodeJS.Platform,
) {
  // next start's own default; any other port is asked for again.
  const start =
    port === undefined || port === PORT_DEFAULTS.webPort
      ? 'npm run start'
      : `npm run start -- -p ${port}`;
  return [...(dirShown === '.' ? [] : [`cd ${quote(dirShown, platform)}`]), 'npm run build', start];
}

/** `next start: PID 5 on port 3000, started 2025-...`. */
const serverLine = (s: NextServer) =>
  `${s.kind === 'unknown' ? 'a Next.js server' : `next ${s.kind}`}: PID ${s.listener.pid} on port ${s.listener.port}${s.startedAt !== undefined ? `, started ${when(s.startedAt)}` : ''}`;

export interface WebStaleFacts {
  web: WebFacts;
  lookup: ListenerLookup;
  /** The frontend's servers and the listeners that may be ones; asked only when env files exist. */
  next?: NextServers;
  /** When .next/BUILD_ID was written, ms since the epoch. */
  buildAt?: number;
  platform: NodeJS.Platform;
  show: (path: string) => string;
}

/** The newest env file `next dev` reads, and the newest `next build` and `next start` read. */
const changes = (web: WebFacts) => ({
  devFile: newest(web.files),
  prodFile: newest(web.production),
});

/** Pure: which running server or build predates the last env change, and what to do about it. */
function diagnose(facts: WebStaleFacts): Outcome {
  const { web, lookup, buildAt, platform, show } = facts;
  if (!web.exists) return { status: 'skip', message: `no ${show(web.dir)} folder` };
  const { devFile, prodFile } = changes(web);
  if (!devFile && !prodFile) {
    return { status: 'skip', message: `no env files in ${show(web.dir)}` };
  }
  const { servers, unknown } = facts.next ?? { servers: [], unknown: [] };
  const stale = staleness({
    ...(devFile && { devChangedAt: devFile.mtimeMs }),
    ...(prodFile && { prodChangedAt: prodFile.mtimeMs }),
    servers,
    ...(buildAt !== undefined && { buildAt }),
  });
  const dirShown = show(web.dir);
  const nextFolder = show(join(web.dir, '.next'));
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
          ? `next start serves a build made before ${show(changed.file)} changed: the browser still gets the old NEXT_PUBLIC_ values`
          : `the .next build predates the change to ${show(changed.file)}: npm run start would serve the old NEXT_PUBLIC_ values`,
      details: [
        `${show(changed.file)} changed at ${when(changed.mtimeMs)}`,
        ...stale.serving.map(serverLine),
        ...(buildAt !== undefined ? [`the build in ${nextFolder} is from ${when(buildAt)}`] : []),
        'NEXT_PUBLIC_ values are baked in when next build runs: rebuild, then restart next start',
        ...(stale.serving.length > 0
          ? ['stop the old server first (Ctrl+C in its terminal, or the command below)']
          : []),
      ],
      remedy: [
        ...stale.serving.map((s) => endCommand(s.listener.pid as number, platform)),
        ...rebuildCommand(dirShown, port, platform),
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
  const devChanged = devFile ? `${show(devFile.file)} changed at ${when(devFile.mtimeMs)}` : '';
  if (stale.unknown.length > 0) {
    return {
      status: 'warn',
      message: `a running Next.js server predates the change to its env files, and whether it is next dev or next start cannot be told`,
      details: [
        devChanged,
        ...stale.unknown.map(serverLine),
        'next dev reloads env files by itself: reload the page',
        `next start serves a build: rebuild and restart it (${rebuildCommand(dirShown, stale.unknown[0]?.listener.port, platform).join(', then ')})`,
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
          `the build in ${nextFolder} is from ${when(buildAt as number)}, before ${show((prodFile as { file: string }).file)} changed: run npm run build before npm run start`,
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
}

export const webStale = defineCheck({
  id: 'web.stale',
  area: 'web',
  title: 'no next start server or .next build predates the env change',
  async gather(ctx): Promise<WebStaleFacts> {
    const [web, lookup] = await Promise.all([ctx.web(), ctx.listeners()]);
    const facts: WebStaleFacts = { web, lookup, platform: ctx.config.platform, show: ctx.show };
    const { devFile, prodFile } = changes(web);
    if (!web.exists || (!devFile && !prodFile)) return facts;
    const changedAt = Math.max(devFile?.mtimeMs ?? 0, prodFile?.mtimeMs ?? 0);
    facts.next = await nextServers(ctx, web, changedAt);
    const buildAt = statSync(join(web.dir, '.next', 'BUILD_ID'), {
      throwIfNoEntry: false,
    })?.mtimeMs;
    return { ...facts, ...(buildAt !== undefined && { buildAt }) };
  },
  diagnose,
});
