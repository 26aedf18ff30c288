import type { Container, EngineCli, PublishedPort } from './container.js';
import { type EngineProcess } from './engine-processes.js';
export type { Container, EngineCli, PublishedPort };
/** What the engines said: their running containers, and one line for each that did not answer. */
export interface EngineAnswer {
    containers: Container[];
    notes: string[];
}
/** How long one engine command may take: a stopped daemon must not stall a refusal. */
export declare const ENGINE_TIMEOUT_MS = 3000;
/** The containers in `docker inspect`/`podman inspect` output (a JSON array). Pure. */
export declare function parseInspect(json: string, cli: EngineCli): Container[];
/**
 * Asks each CLI (in parallel) for its running containers. A missing CLI or a stopped daemon
 * is a note, never a failure: the caller still has what the OS said.
 */
export declare function askEngines(clis?: readonly EngineCli[], timeoutMs?: number): Promise<EngineAnswer>;
/** The CLIs worth asking about these engine processes (both when none is known). */
export declare function clisFor(engines: readonly (EngineProcess | undefined)[]): EngineCli[];
/** The containers that publish TCP `port` on the host. Pure. */
export declare function publishersOf(answer: EngineAnswer, port: number): Container[];
/** The command that stops it: its Compose service when Compose made it, else the container. */
export declare function stopCommand(c: Container): string;
/** `Docker container web-1 (image api:dev; Compose project shop, service api)`. Pure. */
export declare function describeContainer(c: Container): string;
/** How to find the container that publishes `port`, where the engine could not be asked. */
export declare function findContainerCommands(port: number, clis: readonly EngineCli[]): string[];
/** What a container engine holding or routing a port means for it: one line, and the remedy. */
export interface EngineHolding {
    /** `published by Docker container web1 (...)`, `held by dockerd (PID 9), Docker's daemon: ...`. */
    line: string;
    /** The commands to paste, one a line. */
    remedy: string[];
    container?: Container;
}
/**
 * The words for a port an engine holds (`engine`: its process there), one an unnamed process
 * holds that the engines say a container publishes (`unnamed`), or one NAT routes, with the
 * container the engines named, if any. Pure.
 */
export declare function engineHolding(port: number, engine: (EngineProcess & {
    pid?: number;
}) | undefined, containers: readonly Container[], 
/** A process listens, but the OS tools did not name it (another user's, to a non-root user). */
unnamed?: boolean): EngineHolding;
/**
 * The one of `containers` that Compose runs for the project in `root` (its working-folder label
 * is that folder): the project's own stack, not a stranger on its port.
 */
export declare function ownComposeContainer(containers: readonly Container[], root: string): Container | undefined;
/** `this project's own Compose stack (container web-1, service web)`. Pure. */
export declare function describeOwnCompose(c: Container): string;
