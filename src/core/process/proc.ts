// Linux's /proc/<pid>/stat, read in one place, and a process's parent's command line.
import { readFileSync } from 'node:fs';
import { readCmdline, runTool } from '../listeners/index.js';

/** The fields of /proc/<pid>/stat we use; undefined when it cannot be read (gone, not Linux). */
export interface ProcStat {
  /** The state letter: `R`, `S`, `Z`, ... */
  state: string;
  ppid: number;
  /** Field 22: clock ticks from boot to the process's start, as written. */
  startTicks: string | undefined;
}

/** Parse one /proc/<pid>/stat line. Pure. */
export function parseProcStat(stat: string): ProcStat {
  // The fields follow the command name, which is in parentheses and may itself hold spaces and
  // parentheses: so they are counted from the last `)`.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', ppid: Number(fields[1]), startTicks: fields[19] };
}

/** /proc/<pid>/stat, parsed; undefined when it cannot be read. */
export function procStat(pid: number | string, proc = '/proc'): ProcStat | undefined {
  try {
    return parseProcStat(readFileSync(`${proc}/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The command line of a process's parent (Linux, macOS): `next dev` runs its server as a child
 * titled `next-server`, just as `next start` titles itself. Undefined when it cannot be read.
 */
export async function parentCommand(
  pid: number,
  platform: NodeJS.Platform,
): Promise<string | undefined> {
  if (platform === 'linux') {
    const ppid = procStat(pid)?.ppid;
    return ppid !== undefined && Number.isInteger(ppid) && ppid >= 1
      ? readCmdline(ppid)
      : undefined;
  }
  if (platform === 'win32') return undefined;
  const parent = await runTool(['ps', '/bin/ps'], ['-o', 'ppid=', '-p', String(pid)]);
  const ppid = parent.ok ? Number(parent.stdout.trim()) : Number.NaN;
  if (!Number.isInteger(ppid) || ppid < 1) return undefined;
  const command = await runTool(['ps', '/bin/ps'], ['-o', 'command=', '-p', String(ppid)]);
  return command.ok ? command.stdout.trim() || undefined : undefined;
}
