import { type Stats } from 'node:fs';
import { type CiJob, type Lease, type LeaseRecord, type LeaseTerms } from './record.js';
export declare const NOFOLLOW: number;
export declare const CREATE: number;
export declare const READ: number;
/** A takeover lock older than this was left by a crashed process. */
export declare const TAKEOVER_LOCK_MS = 5000;
/** When a file came to be: its birth time where the file system keeps one, else its change time; neither can be set by its owner. */
export declare const bornAt: (stat: Stats) => number;
export declare const kindOf: (stat: Stats) => "a symbolic link" | "a folder" | "a special file";
/**
 * Whether two looks at a lease file saw the same lease: the same lease id, or for a file that is
 * no lease the same inode and mtime (a freed inode is soon reused, so the inode alone is not enough).
 */
export declare function sameLeaseFile(a: LeaseRecord, b: LeaseRecord): boolean;
export declare function staleness(lease: Lease, stat: Stats, currentJob: CiJob | undefined): Promise<string | undefined>;
/**
 * A lease file's text, or why it is not one: only a regular file, opened without following a
 * link or blocking, that is still the file lstat saw, up to a lease's size.
 */
export declare function readLeaseFile(file: string, seen: Stats): string | {
    odd: string;
};
/** The user name leases record, for messages and `release --mine` where there are no uids. */
export declare function currentUser(): string;
export declare const thisHost: () => string;
/**
 * Takes the takeover lock at `path` (made O_EXCL): false when another process holds it. A lock
 * older than TAKEOVER_LOCK_MS was left by a crashed process and is taken over.
 */
export declare function takeoverLock(path: string): boolean;
/** A new lease of this process on `port`, on `terms`. */
export declare function draftLease(port: number, terms: LeaseTerms): Lease;
/**
 * Atomic create of the port's file `file` in `dir`: the lease is written whole to a private name,
 * then linked into place, which fails if the port's file exists. No reader ever sees a
 * half-written lease, and no writer ever replaces another's. Returns the file's identity when
 * this call made it, undefined when the port's file exists; throws when the folder cannot be
 * written.
 */
export declare function writeLeaseFile(dir: string, file: string, lease: Lease): {
    ino: number;
    mtimeMs: number;
} | undefined;
