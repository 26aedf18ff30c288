import { describeRefusal } from './refusals.js';
export { describeRefusal };
import { type CiJob, type Lease } from './leases.js';
import { type SettingsInput } from './settings.js';
import type { PortSource, Refusal } from './types.js';
export interface AllocateRequest extends SettingsInput {
    /** The project root; other paths are relative to it. */
    cwd?: string;
    /** The backend env file, default `backend/.env`. */
    envFile?: string;
    /** How the face names the env-file option in messages. */
    envFileLabel?: string;
    /** The process environment to read `API_PORT`, `API_HOST` and `UDO_PORT_LEASE_DIR` from. */
    env?: Record<string, string | undefined>;
    /**
     * Name the process holding the first port passed over, for a face that prints it: naming
     * spawns `ss`, `lsof` or `netstat` (several ms), which a caller that never says who held the
     * port should not pay. Errors and warnings always name holders.
     */
    nameHolder?: boolean;
    /** How long the lease lives and whether it ends with this process. */
    lease?: {
        ttlMs?: number;
        lifetime?: 'owner' | 'ttl';
        purpose?: string;
        ci?: CiJob;
    };
}
export interface Allocation {
    port: number;
    host: string;
    url: string;
    source: PortSource;
    /** Where the port came from, in words: `--port`, `API_PORT in backend/.env`, `the scan of 8001-8010`. */
    origin: string;
    lease: Lease;
    leaseFile: string;
    /**
     * Ports tried first and refused, in order: who held the port that was wanted. A port the scan
     * passed over as busy (after the first refusal) says `in-use` without the bind that would tell
     * `permission` apart, unless `nameHolder` was asked or no port was found.
     */
    passedOver: Refusal[];
    warnings: string[];
}
/**
 * Finds and leases a port in the port order of docs/ARCHITECTURE.md. Throws UsageError for bad settings and
 * NoPortError when a pinned port is taken or every candidate is refused.
 */
export declare function allocate(request?: AllocateRequest): Promise<Allocation>;
/** Drops an allocation's lease, if it still holds it; true when it was removed. */
export declare function release(allocation: {
    lease: Pick<Lease, 'port' | 'id'>;
    leaseFile: string;
}): boolean;
