/** The CI job a lease belongs to; a runner runs one job at a time. */
export interface CiJob {
    runner: string;
    runId: string;
    runAttempt: string;
    job: string;
    /** A file in the runner's per-job temp folder: the runner empties it when the job ends. */
    marker?: string;
}
/** One leased port, as stored in `<dir>/<port>.json`. */
export interface Lease {
    port: number;
    id: string;
    pid: number;
    /** The owner's start time (ms since the epoch): a reused pid is another owner. */
    pidStartedAt: number;
    /** Linux: the owner's boot id and start tick, compared exactly where present. */
    pidStartKey?: string;
    hostname: string;
    user: string;
    createdAt: string;
    expiresAt: string;
    /** `owner`: ends with the owner process; `ttl`: outlives it (find's hold, the action's step). */
    lifetime: 'owner' | 'ttl';
    purpose?: string;
    cwd?: string;
    ci?: CiJob;
}
/** What a caller decides about a lease; the registry fills in the rest. */
export interface LeaseTerms {
    ttlMs: number;
    lifetime: 'owner' | 'ttl';
    purpose?: string;
    cwd?: string;
    ci?: CiJob;
}
/** A lease file as found: its lease (absent when corrupt) and whether it still holds. */
export interface LeaseRecord {
    port: number;
    file: string;
    lease?: Lease;
    /** Why it no longer holds; absent for a live lease. */
    stale?: string;
    /** The file's inode and mtime: a takeover removes only the very file it judged stale. */
    ino?: number;
    mtimeMs?: number;
}
/** What staleness depends on beyond the lease itself, gathered at the edge. */
export interface LeaseFacts {
    now: number;
    hostname: string;
    ownerRunning: boolean;
    ownerStartedAt?: number | undefined;
    ownerStartKey?: string | undefined;
    currentJob?: CiJob | undefined;
    jobMarkerExists?: boolean | undefined;
}
/** Whether two CI jobs are one: the same job of the same run attempt, on the same runner. */
export declare const sameCiJob: (a: CiJob, b: CiJob) => boolean;
/** Who holds a lease, for every face's messages: `PID 5 (udo-port find) in /p, until <time>`. */
export declare function describeLease(lease: Lease): string;
/** Why a lease no longer holds, or undefined while it does. Pure. */
export declare function staleReason(lease: Lease, facts: LeaseFacts): string | undefined;
/** The user name leases record, so `release --mine` can find one's own. */
export declare function currentUser(): string;
/** The host-wide lease registry: one file per leased port, created atomically. */
export declare class LeaseRegistry {
    readonly dir: string;
    /** The CI job this process runs in, so leases of the runner's earlier jobs count as stale. */
    private readonly currentJob?;
    /** Set when the shared folder could not be used and a per-user one stands in. */
    readonly warning: string | undefined;
    constructor(dir: string, warning?: string, 
    /** The CI job this process runs in, so leases of the runner's earlier jobs count as stale. */
    currentJob?: CiJob | undefined);
    private file;
    /** The lease file for a port as it stands now, or undefined when there is none. */
    inspect(port: number, corruptTtlMs?: number): Promise<LeaseRecord | undefined>;
    /**
     * Takes the lease on a port, or returns the record that holds it. A stale lease is taken over
     * under a short-lived lock, so two processes that both judged it stale cannot both win.
     */
    claim(port: number, terms: LeaseTerms): Promise<Lease | LeaseRecord>;
    /**
     * Removes the lease file judged stale, and only that one: its owner may release it and another
     * process create a fresh lease between the judgement and the removal. The file is moved aside
     * first and put back when it turns out to be another (newer) file.
     */
    private removeStale;
    /** A lease file read as-is, for identity checks. */
    private recordOf;
    /** Drops a lease if it is still the one given; true when it was removed. */
    release(lease: Pick<Lease, 'port' | 'id'>): boolean;
    /** Drops whatever lease file a port has; true when one was removed. */
    releasePort(port: number): boolean;
    /** Every lease file in the folder, live and stale, by port. */
    list(): Promise<LeaseRecord[]>;
    private draft;
    /** Atomic create: true when this call made the file. */
    private create;
    private lock;
    private unusable;
}
/**
 * The registry at `UDO_PORT_LEASE_DIR`, else the host-wide folder, else (with a warning) a
 * per-user folder. An explicit folder that cannot be used is bad input, not a fallback.
 */
export declare function openLeaseRegistry(env?: Record<string, string | undefined>, currentJob?: CiJob): LeaseRegistry;
