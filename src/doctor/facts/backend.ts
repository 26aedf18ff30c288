// Facts about the backend: which listeners run this project's app, and the port the frontend
// must use. The inverse of core/process/backend-command.ts, which starts it.
import { realpathSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { Settings } from '../../core/ports/settings.js';
import type { Listener } from '../../core/types.js';
import { conflicts } from '../addresses.js';
import { configuredPort } from './env.js';

export interface BackendFacts {
  /** Listeners of our own backend (uvicorn running this project's app). */
  ours: Listener[];
  /** Listeners running this project's app from another folder: other checkouts or worktrees. */
  others: Listener[];
  /**
   * The port the frontend must use: our backend's when it runs, else the configured one; unknown
   * while the configured port may be passed over (another checkout's backend holds it).
   */
  port?: number;
  /** Where that port comes from, for messages. */
  why: string;
}

/** A path with its symlinks resolved, to compare a process's folder with; as is on failure. */
export function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A command line's words: split at blanks outside double quotes, the quotes dropped. */
export function commandWords(command: string): string[] {
  return [...command.matchAll(/(?:"[^"]*"?|[^\s"]+)+/g)].map((m) => m[0].replace(/"/g, ''));
}

/** `uvicorn` run with this app: `python -m uvicorn backend.main:app`, `uvicorn.exe backend.main:app`. */
export function runsApp(command: string | undefined, app: string): boolean {
  if (!command) return false;
  const words = commandWords(command);
  const uvicorn = words.some((word) => /(^|[\\/])uvicorn(\.exe)?$/i.test(word));
  return uvicorn && words.includes(app);
}

/** Whether `path` lies in `root` (or is it), by the platform's path rules; case-blind off Linux. */
export function within(path: string, root: string, platform: NodeJS.Platform): boolean {
  const paths = platform === 'win32' ? win32 : posix;
  const fold = (s: string) => (platform === 'linux' ? s : s.toLowerCase());
  const rel = paths.relative(fold(root), fold(path));
  return rel === '' || (!rel.startsWith('..') && !paths.isAbsolute(rel));
}

/**
 * Our backend: uvicorn serving this project's app, started in this project (its cwd on Linux;
 * elsewhere, when its command line names absolute paths, one of them inside the project).
 * Never ours when the command line is unknown: callers tell that case apart (see port.backend).
 */
export function isOurBackend(
  listener: Listener,
  facts: { app: string; root: string; cwd: string | undefined; platform: NodeJS.Platform },
): boolean {
  if (!runsApp(listener.command, facts.app)) return false;
  if (facts.platform === 'linux') return facts.cwd !== undefined && facts.cwd === facts.root;
  const absolute = facts.platform === 'win32' ? win32.isAbsolute : posix.isAbsolute;
  const paths = commandWords(listener.command ?? '').filter((word) => absolute(word));
  return paths.length === 0 || paths.some((path) => within(path, facts.root, facts.platform));
}

export interface BackendSources {
  listeners: readonly Listener[];
  settings: Settings | undefined;
  app: string;
  root: string;
  platform: NodeJS.Platform;
  cwdOf: (pid: number) => string | undefined;
  /** Names where `udo-port start` would write the URL, in the user's words. */
  startsElsewhere: string;
  /**
   * Ports that a live lease of `udo-port start` or `dev` run in this project holds: whatever
   * listens there is our backend, whatever its command (`fastapi dev`, a command of one's own).
   */
  leasedPorts?: readonly number[];
}

/** Our backend's listeners, other checkouts', and the port the frontend must use. */
export function backendFacts(sources: BackendSources): BackendFacts {
  const { listeners, settings, app, platform } = sources;
  const root = realOrSelf(sources.root);
  const leased = sources.leasedPorts ?? [];
  const ours = listeners.filter(
    (l) =>
      l.pid !== undefined &&
      (leased.includes(l.port) ||
        isOurBackend(l, { app, root, cwd: sources.cwdOf(l.pid), platform })),
  );
  const others = listeners.filter(
    (l) => l.pid !== undefined && !ours.includes(l) && runsApp(l.command, app),
  );
  const running = ours[0];
  if (running) {
    return {
      ours,
      others,
      port: running.port,
      why: `our backend, PID ${running.pid}, listens on it${leased.includes(running.port) ? ' (its udo-port lease says so)' : ''}`,
    };
  }
  if (!settings) return { ours, others, why: 'the port setting is invalid (see env.port)' };
  const { requested, host } = settings;
  const port = configuredPort(settings);
  const why = requested
    ? `from ${requested.origin}`
    : settings.defaultOrigin
      ? `from ${settings.defaultOrigin}`
      : 'the default port';
  // udo-port start passes over a port it may move from: ours will not be on it.
  const taken = others.find((l) => l.port === port && conflicts(host, l.address));
  if (taken && !requested?.pinned) {
    return {
      ours,
      others,
      why: `port ${port} (${why}) is held by another checkout's backend (PID ${taken.pid}), so ${sources.startsElsewhere}`,
    };
  }
  return { ours, others, port, why };
}
