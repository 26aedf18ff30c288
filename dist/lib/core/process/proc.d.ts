/** The fields of /proc/<pid>/stat we use; undefined when it cannot be read (gone, not Linux). */
export interface ProcStat {
    /** The state letter: `R`, `S`, `Z`, ... */
    state: string;
    ppid: number;
    /** Field 22: clock ticks from boot to the process's start, as written. */
    startTicks: string | undefined;
}
/** Parse one /proc/<pid>/stat line. Pure. */
export declare function parseProcStat(stat: string): ProcStat;
/** /proc/<pid>/stat, parsed; undefined when it cannot be read. */
export declare function procStat(pid: number | string, proc?: string): ProcStat | undefined;
