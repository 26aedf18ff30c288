import { win32 } from 'node:path';
import type { Listener, ListenerLookup, PortRange } from '../types.js';
import {
  parseExcludedPortRanges,
  parseGetNetTcpConnectionCsv,
  parseNetstatWindows,
  parseTasklistCsv,
} from './parse.js';
import { runTool } from './run.js';

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

// PowerShell alone takes about a second to start; it is only the fallback.
const POWERSHELL_TIMEOUT_MS = 5_000;
const GET_NET_TCP_CONNECTION =
  'Get-NetTCPConnection -State Listen | Select-Object LocalAddress,LocalPort,OwningProcess' +
  ' | ConvertTo-Csv -NoTypeInformation';

async function withNames(
  list: Listener[],
  tasklist: readonly string[],
): Promise<{ listeners: Listener[]; problem?: string }> {
  const pids = [...new Set(list.flatMap((l) => (l.pid === undefined ? [] : [l.pid])))];
  if (pids.length === 0) return { listeners: list };
  // One pid: a filtered tasklist is quicker than listing every process.
  const filter = pids.length === 1 ? ['/FI', `PID eq ${pids[0]}`] : [];
  const r = await runTool(tasklist, ['/FO', 'CSV', '/NH', ...filter]);
  if (!r.ok) return { listeners: list, problem: `process names unknown: ${r.problem}` };
  const names = parseTasklistCsv(r.stdout);
  return {
    listeners: list.map((l) => {
      const name = l.pid === undefined ? undefined : names.get(l.pid);
      return name === undefined ? l : { ...l, name };
    }),
  };
}

/**
 * Windows: `netstat -ano` (Get-NetTCPConnection through PowerShell when netstat fails), then
 * `tasklist` for the names. Command lines would need a CIM query costing about a second, so
 * they are left out.
 */
export async function windowsListeners(
  port?: number,
  overrides: Partial<WindowsTools> = {},
): Promise<ListenerLookup> {
  const t = { ...tools(), ...overrides };
  let found: Listener[] | undefined;
  const problems: string[] = [];
  const netstat = await runTool(t.netstat, ['-ano']);
  if (netstat.ok) found = parseNetstatWindows(netstat.stdout);
  else {
    problems.push(netstat.problem);
    const ps = await runTool(
      t.powershell,
      ['-NoProfile', '-NonInteractive', '-Command', GET_NET_TCP_CONNECTION],
      POWERSHELL_TIMEOUT_MS,
    );
    if (ps.ok) found = parseGetNetTcpConnectionCsv(ps.stdout);
    else problems.push(ps.problem);
  }
  if (!found) {
    return { listeners: [], problem: `could not look at TCP listeners: ${problems.join('; ')}` };
  }
  const mine = port === undefined ? found : found.filter((l) => l.port === port);
  const named = await withNames(mine, t.tasklist);
  return named.problem ? named : { listeners: named.listeners };
}

/** Hyper-V/WSL excluded ranges from netsh; [] when netsh fails. */
export async function windowsExcludedPortRanges(
  netsh: readonly string[] = tools().netsh,
): Promise<PortRange[]> {
  const r = await runTool(netsh, [
    'interface',
    'ipv4',
    'show',
    'excludedportrange',
    'protocol=tcp',
  ]);
  return r.ok ? parseExcludedPortRanges(r.stdout).map(({ from, to }) => ({ from, to })) : [];
}
