/** Why a test bind failed: another socket has the port, or the OS forbids it. */
export type BindRefusal = 'in-use' | 'permission';
/**
 * Test-binds a port on the bind host and on every host that would conflict with it (get-port's
 * host set: `::`, `0.0.0.0` and each interface address). Undefined when the port is free.
 */
export declare function probePort(port: number, host: string): Promise<BindRefusal | undefined>;
