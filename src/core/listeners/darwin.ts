import type { Listener, ListenerLookup } from '../types.js';
import { parseLsof, parseNetstatMac, parsePsCommands } from './parse.js';
import { firstAnswer, parsedBy, type RunResult, runTool } from './run.js';

export interface DarwinTools {
  lsof: readonly string[];
  /** Only used on macOS: other BSDs print another `netstat -anv` layout. */
  netstat: readonly string[] | null;
  ps: readonly string[];
}

const TOOLS: DarwinTools = {
  lsof: ['lsof', '/usr/sbin/lsof', '/usr/bin/lsof'],
  netstat: process.platform === 'darwin' ? ['netstat', '/usr/sbin/netstat'] : null,
  ps: ['ps', '/bin/ps'],
};

// lsof exits 1 when it found nothing to list; that is an answer, not a failure.
function lsofAnswered(r: RunResult): boolean {
  return r.ok || (r.exitCode === 1 && !r.stderr.trim());
}

async function withCommands(list: Listener[], ps: readonly string[]): Promise<Listener[]> {
  const pids = [...new Set(list.flatMap((l) => (l.pid === undefined ? [] : [l.pid])))];
  if (pids.length === 0) return list;
  const r = await runTool(ps, ['-o', 'pid=,command=', '-p', pids.join(',')]);
  // ps exits 1 when one of the pids is already gone but still prints the others.
  const commands = parsePsCommands(r.stdout);
  return list.map((l) => {
    const command = l.pid === undefined ? undefined : commands.get(l.pid);
    return command === undefined ? l : { ...l, command };
  });
}

/**
 * macOS (and any other Unix with lsof): `lsof -nP -iTCP[:PORT] -sTCP:LISTEN`, then one
 * `ps -o pid=,command=` for the command lines (unless `wantCommandLines` is false); macOS
 * `netstat -anv -p tcp` when lsof fails.
 */
export async function darwinListeners(
  port?: number,
  tools: Partial<DarwinTools> = {},
  wantCommandLines = true,
): Promise<ListenerLookup> {
  const t = { ...TOOLS, ...tools };
  const lsofArgs = ['-nP', port === undefined ? '-iTCP' : `-iTCP:${port}`, '-sTCP:LISTEN'];
  const netstat = t.netstat;
  const found = await firstAnswer(
    [
      {
        tool: 'lsof',
        read: async () => {
          const lsof = await runTool(t.lsof, lsofArgs);
          // Not answered, it failed: parsedBy gives its problem.
          return lsofAnswered(lsof) ? parseLsof(lsof.stdout) : parsedBy(parseLsof)(lsof);
        },
      },
      ...(netstat
        ? [
            {
              tool: 'netstat',
              read: async () =>
                parsedBy(parseNetstatMac)(await runTool(netstat, ['-anv', '-p', 'tcp'])),
            },
          ]
        : []),
    ],
    port,
  );
  if ('problem' in found) return { listeners: [], problem: found.problem };
  const { listeners, tool } = found;
  return { listeners: wantCommandLines ? await withCommands(listeners, t.ps) : listeners, tool };
}
