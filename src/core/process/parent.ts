// A process's parent's command line: how the doctor tells `next dev`'s server from `next start`.
import { readCmdline, runTool } from '../listeners/index.js';
import { procStat } from './proc.js';

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
