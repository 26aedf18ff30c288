import { type Stats } from 'node:fs';
export interface LeaseFolder {
    dir: string;
    /** Set when the shared folder could not be used: says why, and what other runs will not see. */
    warning?: string;
}
type Env = Record<string, string | undefined>;
type FolderFacts = Pick<Stats, 'uid' | 'mode'> & {
    kind: string;
};
/** The host-wide default: one level, so no second folder inside it can be swapped. */
export declare function sharedLeaseDir(env?: Env): string;
/** The user's own folder, out of other users' reach and out of /tmp, where a name can be taken. */
export declare function ownLeaseDir(env?: Env): string;
/**
 * Why a path component cannot be trusted, or undefined. Trusted: a real folder owned by root or
 * by the running user that nobody else may write to, or only with the sticky bit (as /tmp).
 * Pure, over lstat's facts.
 */
export declare function distrust(facts: FolderFacts, me: number | undefined): string | undefined;
/** `uid 1001 (mallory)`: the name from /etc/passwd when it has one. Only read for messages. */
export declare function userName(uid: number): string;
/**
 * Why a folder others may write to cannot be shared on this file system, or undefined: a lease's
 * age is counted from its file's birth time, which its owner cannot renew. Where the file system
 * keeps none (ramfs, NFS, older kernels), the change time is all there is, and a planted lease's
 * owner renews that at will (a chmod, a touch), holding a port past the 24-hour cap. Such a
 * folder is not shared at all; a folder of one's own needs no cap against others.
 */
export declare function birthless(stat: Pick<Stats, 'mode' | 'birthtimeMs'>): string | undefined;
/**
 * The lease folder: `UDO_PORT_LEASE_DIR` (bad input when it cannot be trusted), else the
 * host-wide folder, else, loudly, the user's own, which other users' runs do not see.
 */
export declare function chooseLeaseFolder(env?: Env): LeaseFolder;
export {};
