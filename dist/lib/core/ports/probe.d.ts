/** Why a test bind failed: another socket has the port, or the OS forbids it. */
export type BindRefusal = 'in-use' | 'permission';
/**
 * Test-binds a port on the bind host and on every host that would conflict with it (get-port's
 * host set: `::`, `0.0.0.0` and each interface address). Undefined when the port is free.
 * Throws UsageError naming `hostLabel` (`--host`, `API_HOST`) when the host cannot be bound here.
 */
export declare function probePort(port: number, host: string, hostLabel?: string): Promise<BindRefusal | undefined>;
/**
 * The first of `ports` that binds on get-port's host set, tried in order in one get-port call;
 * undefined when none does (get-port then offers a random port, which is not one of them).
 */
export declare function firstBindable(ports: readonly number[]): Promise<number | undefined>;
/** Why `port` cannot be bound on `host`, learnt with one bind: for a refusal that is printed. */
export declare function bindRefusal(port: number, host: string): Promise<BindRefusal>;
/** A port the OS offers on `host`, for the fallback; UsageError as for probePort. */
export declare function offeredPort(host: string, hostLabel?: string): Promise<number>;
/** Where to knock to reach a server bound to `host`: a wildcard is reached on loopback. Pure. */
export declare function reachableHost(host: string): string;
/** Whether a connection to host:port is accepted, within `timeoutMs`. */
export declare function knock(port: number, host: string, timeoutMs?: number): Promise<boolean>;
/**
 * Linux: whether a port that has just bound is answered all the same, through NAT rules (a
 * container's port published by DNAT alone: `--userland-proxy=false` once dockerd is gone, a
 * killed conmon, any DNAT rule). A bind test cannot see such a port, a connection can: nothing
 * may listen on the bind host then, so an accepted connection was routed elsewhere. One
 * loopback connect, refused at once when nothing answers (tens of microseconds); Windows
 * retries a refused loopback connect for seconds, and publishes ports with listeners anyway.
 */
export declare function answersThroughNat(port: number, host: string): Promise<boolean>;
/**
 * A test bind, repeated while it is refused: another process's own test bind (udo-port, a second
 * doctor) holds a port for a moment, and only a holder that stays is worth reporting.
 */
export declare function probeSettled(port: number, host: string, hostLabel: string): Promise<BindRefusal | undefined>;
