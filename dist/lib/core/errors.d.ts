import type { Refusal } from './types.js';
/** Bad input. The message is one line naming the option or file and the value; exit code 2. */
export declare class UsageError extends Error {
    readonly exitCode = 2;
    name: string;
}
/** A file cannot be written because its folder does not exist (folders are never created). */
export declare class MissingFolderError extends UsageError {
    /** The folder that is missing. */
    readonly folder: string;
    name: string;
    constructor(message: string, 
    /** The folder that is missing. */
    folder: string);
}
/** No port could be had: a pinned port is taken or the whole range is refused; exit code 1. */
export declare class NoPortError extends Error {
    /** Every port refused, in the order tried, with the reason. */
    readonly refusals: Refusal[];
    readonly exitCode = 1;
    name: string;
    constructor(message: string, 
    /** Every port refused, in the order tried, with the reason. */
    refusals: Refusal[]);
}
/** The project's backend already runs (started by another `udo-port start`); exit code 1. */
export declare class AlreadyRunningError extends Error {
    readonly exitCode = 1;
    name: string;
}
