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
    /**
     * The owner's identity beyond its pid, compared exactly where present: Linux's boot id and
     * start tick; Windows' `pipe:<token>`, the named pipe the owner holds for its life.
     */
    pidStartKey?: string;
    hostname: string;
    user: string;
    createdAt: string;
    expiresAt: string;
    /** `owner`: ends with the owner process; `ttl`: outlives it (find's hold, the action's step). */
    lifetime: 'owner' | 'ttl';
    purpose?: string;
    cwd?: string;
    /** The URL the port is served at, as the frontend is told it. */
    url?: string;
    ci?: CiJob;
}
/** What a caller decides about a lease; the registry fills in the rest. */
export interface LeaseTerms {
    ttlMs: number;
    lifetime: 'owner' | 'ttl';
    purpose?: string;
    cwd?: string;
    /** The URL's host: the lease records `http://<urlHost>:<port>`. */
    urlHost?: string;
    ci?: CiJob;
}
/** A lease file as found: its lease (absent when it is not a readable lease) and whether it holds. */
export interface LeaseRecord {
    port: number;
    file: string;
    lease?: Lease;
    /** Why it no longer holds; absent for a live lease. */
    staleReason?: string;
    /** Who owns the file (POSIX): the one fact in it that its writer cannot forge. */
    uid?: number;
    /** The file's inode and mtime: a takeover removes only the very file it judged stale. */
    ino?: number;
    mtimeMs?: number;
}
/** What staleness depends on beyond the lease itself, gathered at the edge. */
export interface LeaseFacts {
    now: number;
    /** When the lease file came to be (its birth time, else its change time): not forgeable. */
    bornAt: number;
    hostname: string;
    ownerRunning: boolean;
    ownerStartedAt?: number | undefined;
    ownerStartKey?: string | undefined;
    currentJob?: CiJob | undefined;
    jobMarkerExists?: boolean | undefined;
}
/**
 * No lease holds its port longer than this, counted from when its file came to be, whatever
 * expiry it claims: a lease planted with an expiry in 9999 or a forever-live owner (pid 1)
 * buys a day at most. Every face rejects a longer TTL.
 */
export declare const LONGEST_LEASE_MS: number;
/** A lease file is a few hundred bytes; anything larger is not one of ours. */
export declare const MAX_LEASE_BYTES = 4096;
/** Whether two CI jobs are one: the same job of the same run attempt, on the same runner. */
export declare const sameCiJob: (a: CiJob, b: CiJob) => boolean;
/** Who holds a lease, for every face's messages: `PID 5 (udo-port find) in /p, until <time>`. */
export declare function describeLease(lease: Lease): string;
/** Why a lease no longer holds, or undefined while it does. Pure. */
export declare function staleReason(lease: Lease, facts: LeaseFacts): string | undefined;
/**
 * The lease in a file's text, or undefined when it is not a well-formed lease for `port`. Any
 * user of the host can write a lease file, so every text field is made printable here, once:
 * no face can then pass a planted newline or escape on to a terminal or a runner's log.
 */
export declare function parseLease(text: string, port: number): Lease | undefined;
