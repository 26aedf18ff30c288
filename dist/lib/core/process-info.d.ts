/**
 * Whether a process with this pid runs (EPERM: it does, but belongs to someone else). A zombie
 * does not: it has exited and only waits for its parent to collect its status (Linux tells).
 * But its main thread turns zombie before its other threads have gone, and they still hold its
 * sockets: it is over only once it is the last task left.
 */
export declare function isRunning(pid: number): boolean;
/** Every descendant of a process, children first found first (POSIX; [] on Windows). */
export declare function descendants(pid: number): Promise<number[]>;
/**
 * Linux: the boot and the tick a process started at, exact and immune to clock steps (a wall-clock
 * start time moves when NTP or a resume steps the clock). Undefined elsewhere.
 */
export declare function processStartKey(pid: number): string | undefined;
/**
 * When a process started, in ms since the epoch, so that a reused pid is not mistaken for a
 * lease's owner. Undefined when it cannot be told; callers then trust the pid alone.
 */
export declare function processStartTime(pid: number): Promise<number | undefined>;
/**
 * This process's start key, computed once: Linux's boot and start tick, or on Windows the
 * `pipe:<token>` of the pipe owner-pipe.ts holds (none before it, or when it failed).
 */
export declare function ownStartKey(): string | undefined;
/**
 * The start key of the process `pid` now, to compare with the key a lease recorded: its pipe's
 * answer for a Windows `pipe:` key, Linux's boot and start tick otherwise.
 */
export declare function currentStartKey(pid: number, recorded: string): Promise<string | undefined>;
/** This process's start time, measured the way processStartTime measures others. */
export declare function ownStartTime(): number;
/** ps and the uptime estimate disagree by up to a second; /proc readings agree exactly. */
export declare const START_TIME_TOLERANCE_MS: number;
