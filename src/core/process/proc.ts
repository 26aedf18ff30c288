// Linux's /proc/<pid>/stat, read and parsed in one place (the watchdog, a script of its own,
// carries parseProcStat's source: end.ts).
import { readFileSync } from 'node:fs';

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
