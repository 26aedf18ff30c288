import type { Listener } from './types.js';
/** The proxy's name when `listener` is Docker's proxy, else undefined. Pure. */
export declare function containerProxy(listener: Listener | undefined): string | undefined;
/** The commands that find and stop the container publishing `port`, one a line. */
export declare function containerRemedy(port: number): string[];
/** One line: a container publishes the port, and how to stop it. */
export declare function describeContainerHolder(port: number, proxy: string): string;
