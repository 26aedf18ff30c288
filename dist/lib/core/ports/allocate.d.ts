import { describeRefusal } from './refusals.js';
export { describeRefusal };
import { type CiJob, type Lease } from '../leases/registry.js';
import type { PortSource, Refusal } from '../types.js';
import { type SettingsInput } from './settings.js';
export interface AllocateRequest extends SettingsInput {
    /** The project root; other paths are relative to it. */
    cwd?: string;
    /**
     * The backend env file whose `API_PORT`/`BACKEND_PORT`/`API_HOST` count: a path (relative to
     * `cwd`), or `true` for `backend/.env`. Not given: no file is read. The CLIs and the action
     * pass `true` (or the file named by their option).
     */
    envFile?: string | true;
    /** How the face names the env-file option in messages. */
    envFileLabel?: string;
    /**
     * The environment to read `API_PORT`, `BACKEND_PORT` and `API_HOST` from (pass `process.env`
     * to have them count, as the CLIs and the action do). Not given: none is read, and the call
     * takes only what it names. `UDO_PORT_LEASE_DIR` is read from it, else from `process.env`:
     * where the host's leases live is not a choice of port.
     */
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
