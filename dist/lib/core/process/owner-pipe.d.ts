/** `\\.\pipe\udo-port-<32 hex digits>`. */
export declare const ownerPipeName: (token: string) => string;
/** This process's `pipe:<token>` once its pipe listens; undefined before, elsewhere, or when it failed. */
export declare const ownerPipeKey: () => string | undefined;
/**
 * Makes this process's pipe, once, before its first lease is written (a lease whose pipe does
 * not answer yet would look stale). Unref'd: it never keeps the process alive. Windows only.
 */
export declare function holdOwnerPipe(): Promise<void>;
/** Runs `handler` when another udo-port asks this owner to stop; returns its removal. */
export declare function onStopRequest(handler: () => void): () => void;
/**
 * What the owner's pipe says of a `pipe:<token>` key: the key itself while its owner answers
 * (or when it cannot be told: a busy owner, another user's pipe, is not taken for a dead one),
 * `pipe:gone` when no such pipe exists, `pipe:other` when something else answers. Only ENOENT
 * proves the owner gone. `request` is written once the owner has answered.
 */
export declare function askOwnerPipe(key: string, request?: 'stop', timeoutMs?: number): Promise<string>;
