/** Why a test bind failed: another socket has the port, or the OS forbids it. */
export type BindRefusal = 'in-use' | 'permission';
/**
 * Test-binds a port on the bind host and on every host that would conflict with it (get-port's
 * host set: `::`, `0.0.0.0` and each interface address). Undefined when the port is free.
 * Throws UsageError naming `hostLabel` (`--host`, `API_HOST`) when the host cannot be bound here.
 */
export declare function probePort(port: number, host: string, hostLabel?: string): Promise<BindRefusal | undefined>;
/** A port the OS offers on `host`, for the fallback; UsageError as for probePort. */
export declare function offeredPort(host: string, hostLabel?: string): Promise<number>;
