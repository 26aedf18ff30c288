import { currentUser } from './files.js';
import { type CiJob, type Lease, type LeaseRecord, type LeaseTerms } from './record.js';
export { type CiJob, describeLease, type Lease, type LeaseFacts, type LeaseRecord, type LeaseTerms, LONGEST_LEASE_MS, sameCiJob, staleReason, } from './record.js';
export { currentUser };
/** What a claim got: the lease, or the record of what holds the port (absent file: a racer's). */
export type Claim = {
    taken: Lease;
} | {
    held: LeaseRecord;
};
/** Whether the running user owns a lease file: by the file's owner, which no writer can forge. */
export declare function ownsLease(record: LeaseRecord): boolean;
/** The host-wide lease registry: one file per leased port. */
export declare class LeaseRegistry {
    readonly dir: string;
    /** The CI job this process runs in, so leases of the runner's earlier jobs count as stale. */
    private readonly currentJob?;
    /** Set when the shared folder could not be used and a per-user one stands in. */
    readonly warning: string | undefined;
    constructor(dir: string, warning?: string, 
    /** The CI job this process runs in, so leases of the runner's earlier jobs count as stale. */
    currentJob?: CiJob | undefined);
    file(port: number): string;
    /** The lease file for a port as it stands now, or undefined when there is none. */
    inspect(port: number): Promise<LeaseRecord | undefined>;
    /**
     * A file as found: its owner, identity and lease, without judging it. Anything but a lease in
     * its place (a link, a FIFO, junk) is stale at once: this protocol never shows a half-made lease.
     */
    private identify;
    private recordOf;
    /**
     * Takes the lease on a port, or tells what holds it. A stale lease is taken over under a
     * short-lived lock, so two processes that both judged it stale cannot both win.
     */
    claim(port: number, terms: LeaseTerms): Promise<Claim>;
    /**
     * Removes a port's file if `stillIt` says it is the one meant. The file is moved aside first,
     * then judged, and put back when it is another (its owner may have released it and someone
     * leased the port afresh meanwhile): judging, then removing by path, could remove the new one.
     */
    private removeIf;
    /**
     * Whether a lease made here is still the port's file: a removal that judged another file
     * puts that file back over a lease made in the instant the name stood empty.
     */
    holds(lease: Pick<Lease, 'port' | 'id'>): boolean;
    /** Drops a lease if it is still the one given; true when it was removed. */
    release(lease: Pick<Lease, 'port' | 'id'>): boolean;
    /** Drops the file a record describes, if it is still that file; true when it was removed. */
    releaseRecord(record: LeaseRecord): boolean;
    /** The ports that have a file in the folder, live, stale or odd, in order; one readdir. */
    leasedPorts(): number[];
    /** Every lease file in the folder, live and stale, by port; odd entries never stop it. */
    list(): Promise<LeaseRecord[]>;
    /** Atomic create (see writeLeaseFile): true when this call made the port's file. */
    private create;
    private unusable;
}
/**
 * The registry at `UDO_PORT_LEASE_DIR`, else the host-wide folder, else (with a warning) a
 * per-user folder; see lease-folder.ts for what is trusted.
 */
export declare function openLeaseRegistry(env?: Record<string, string | undefined>, currentJob?: CiJob): LeaseRegistry;
