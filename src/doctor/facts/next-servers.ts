// Facts about the Next.js servers of this frontend: which run, which kind, since when.
import type { Listener } from '../../core/types.js';
import type { Context } from '../context.js';
import { realOrSelf } from './backend.js';
import type { WebFacts } from './web.js';

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

export interface NextServers {
  /** This frontend's servers, with their kind and start time. */
  servers: NextServer[];
  /** Listeners whose command line could not be read, started before `since`: any may be one. */
  unknown: Listener[];
}

/** The Next.js servers of the frontend in `web.dir`, and the listeners that may be ones. */
export async function nextServers(
  ctx: Context,
  web: WebFacts,
  since: number,
): Promise<NextServers> {
  const lookup = await ctx.listeners();
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
  // An unread process that started after the change cannot be a stale server.
  const unknown = (
    await Promise.all(
      [...unread.values()].map(async (listener) => {
        const startedAt = await ctx.startTime(listener.pid as number);
        return startedAt !== undefined && startedAt >= since ? [] : [listener];
      }),
    )
  ).flat();
  return { servers, unknown };
}
