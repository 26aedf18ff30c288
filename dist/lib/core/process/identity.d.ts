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
/**
 * What tells one process from a later one given the same pid: its start (an exact boot and tick
 * on Linux, a start time elsewhere). Taken when a process is first named, checked again right
 * before any signal (core/process/end.ts), so that a pid reused meanwhile is never signalled.
 */
export interface ProcessIdentity {
    pid: number;
    startKey?: string;
    startedAt?: number;
}
/** The identity of a child just spawned, at once (Linux: its start key; elsewhere its pid). */
export declare function childIdentity(pid: number): ProcessIdentity;
/** The identity of the process that has `pid` now; undefined when none runs. */
export declare function identify(pid: number): Promise<ProcessIdentity | undefined>;
/**
 * Whether `id` still names the very process it was taken from: the pid runs and started when
 * it did. Where no start can be read (Windows without it), the pid alone is all there is, and
 * callers that must prove more say so (see docs/ARCHITECTURE.md, threat model).
 */
export declare function isSameProcess(id: ProcessIdentity): Promise<boolean>;
/** Whether the process's start can be told at all here (Linux /proc, macOS ps). */
export declare const provable: (id: ProcessIdentity) => boolean;
/** Linux: the uid a process runs as (the owner of /proc/<pid>); undefined elsewhere or when gone. */
export declare function processUid(pid: number): number | undefined;
/**
 * POSIX: whether signalling the process group `pgid` reaches the group a process with identity
 * `leader` led. The group id is its leader's pid: while any member lives the kernel gives that
 * number to no new process, but once the group is empty a new process may get it and lead a
 * group of its own. So: the leader is still that process, or no process has its pid (only the
 * old group's survivors can carry the id then).
 */
export declare function isSameGroup(pgid: number, leader: ProcessIdentity): Promise<boolean>;
