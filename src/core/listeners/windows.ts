import { win32 } from 'node:path';
import type { Listener, ListenerLookup } from '../types.js';
import {
  type ExcludedPortRange,
  parseExcludedPortRanges,
  parseGetNetTcpConnectionCsv,
  parseNetstatWindows,
  parseTasklistCsv,
  parseWin32ProcessCsv,
} from './parse.js';
import { firstAnswer, parsedBy, runTool } from './run.js';

export interface WindowsTools {
  netstat: readonly string[];
  powershell: readonly string[];
  tasklist: readonly string[];
  netsh: readonly string[];
}

// From System32 by full path, so that a same-named program earlier on PATH is not run.
function system32(...path: string[]): string[] {
  const root = process.env.SystemRoot ?? process.env.windir;
  const exe = path.at(-1) ?? '';
  return root ? [win32.join(root, 'System32', ...path), exe] : [exe];
}

function tools(): WindowsTools {
  return {
    netstat: system32('netstat.exe'),
    powershell: system32('WindowsPowerShell', 'v1.0', 'powershell.exe'),
    tasklist: system32('tasklist.exe'),
    netsh: system32('netsh.exe'),
  };
}

// PowerShell alone takes about a second to start.
const POWERSHELL_TIMEOUT_MS = 5_000;
const GET_NET_TCP_CONNECTION =
  'Get-NetTCPConnection -State Listen | Select-Object LocalAddress,LocalPort,OwningProcess' +
  ' | ConvertTo-Csv -NoTypeInformation';

const POWERSHELL_ARGS = ['-NoProfile', '-NonInteractive', '-Command'];

/**
 * The CIM query for the command lines of `pids`, as CSV. The console's code page would mangle
 * non-ASCII paths, so the output is UTF-8 where a console lets it be set; single quotes need no
 * escaping on the way through the command line.
 */
export function commandLineQuery(pids: readonly number[]): string {
  const filter = pids.map((pid) => `ProcessId=${pid}`).join(' OR ');
  return (
    'try { [Console]::OutputEncoding = [Text.Encoding]::UTF8 } catch {}; ' +
    `Get-CimInstance Win32_Process -Filter '${filter}'` +
    ' | Select-Object ProcessId,CommandLine | ConvertTo-Csv -NoTypeInformation'
  );
}

const pidsOf = (list: readonly Listener[]) => [
  ...new Set(list.flatMap((l) => (l.pid === undefined ? [] : [l.pid]))),
];

async function names(
  pids: readonly number[],
  tasklist: readonly string[],
): Promise<{ names: Map<number, string>; problem?: string }> {
  // One pid: a filtered tasklist is quicker than listing every process.
  const filter = pids.length === 1 ? ['/FI', `PID eq ${pids[0]}`] : [];
  const r = await runTool(tasklist, ['/FO', 'CSV', '/NH', ...filter]);
  if (!r.ok) return { names: new Map(), problem: `process names unknown: ${r.problem}` };
  return { names: parseTasklistCsv(r.stdout) };
}

/** Command lines of `pids`, by one CIM query; empty when PowerShell fails (they stay unknown). */
async function commandLines(
  pids: readonly number[],
  powershell: readonly string[],
): Promise<Map<number, string>> {
  const r = await runTool(
    powershell,
    [...POWERSHELL_ARGS, commandLineQuery(pids)],
    POWERSHELL_TIMEOUT_MS,
  );
  return r.ok ? parseWin32ProcessCsv(r.stdout) : new Map();
}

async function withDetails(
  list: Listener[],
  t: WindowsTools,
  wantCommandLines: boolean,
): Promise<{ listeners: Listener[]; problem?: string }> {
  const pids = pidsOf(list);
  if (pids.length === 0) return { listeners: list };
  const [named, lines] = await Promise.all([
    names(pids, t.tasklist),
    wantCommandLines ? commandLines(pids, t.powershell) : new Map<number, string>(),
  ]);
  const listeners = list.map((l) => {
    if (l.pid === undefined) return l;
    const name = named.names.get(l.pid);
    const command = lines.get(l.pid);
    return {
      ...l,
      ...(name !== undefined && { name }),
      ...(command !== undefined && { command }),
    };
  });
  return named.problem ? { listeners, problem: named.problem } : { listeners };
}

/**
 * Windows: `netstat -ano` (Get-NetTCPConnection through PowerShell when netstat fails), then
 * `tasklist` for the names and, unless `wantCommandLines` is false, one CIM query through PowerShell
 * for the command lines of the pids found (about a second; they stay unknown when it fails).
 */
export async function windowsListeners(
  port?: number,
  overrides: Partial<WindowsTools> = {},
  wantCommandLines = true,
): Promise<ListenerLookup> {
  const t = { ...tools(), ...overrides };
  const found = await firstAnswer(
    [
      {
        tool: 'netstat',
        read: async () => parsedBy(parseNetstatWindows)(await runTool(t.netstat, ['-ano'])),
      },
      {
        tool: 'Get-NetTCPConnection',
        read: async () =>
          parsedBy(parseGetNetTcpConnectionCsv)(
            await runTool(
              t.powershell,
              [...POWERSHELL_ARGS, GET_NET_TCP_CONNECTION],
              POWERSHELL_TIMEOUT_MS,
            ),
          ),
      },
    ],
    port,
  );
  if ('problem' in found) return { listeners: [], problem: found.problem };
  return { ...(await withDetails(found.listeners, t, wantCommandLines)), tool: found.tool };
}

/**
 * Hyper-V/WSL excluded ranges from netsh, `administered` when an administrator added them
 * (netsh's `*`); [] when netsh fails.
 */
export async function windowsExcludedPortRanges(
  netsh: readonly string[] = tools().netsh,
): Promise<ExcludedPortRange[]> {
  const r = await runTool(netsh, [
    'interface',
    'ipv4',
    'show',
    'excludedportrange',
    'protocol=tcp',
  ]);
  return r.ok ? parseExcludedPortRanges(r.stdout) : [];
}
